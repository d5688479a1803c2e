package no.lis.tender.documents.infrastructure;

import no.lis.tender.documents.domain.AnsweredQuestion;
import no.lis.tender.documents.domain.CriterionSection;
import no.lis.tender.documents.domain.InvitationContent;
import no.lis.tender.documents.domain.LotSection;
import no.lis.tender.documents.domain.PriceFormContent;
import no.lis.tender.documents.domain.QuestionsAndAnswersContent;
import no.lis.tender.documents.domain.ReceiptContent;
import no.lis.tender.documents.domain.SubCriterionLine;
import no.lis.tender.documents.domain.SubstanceLine;
import no.lis.tender.documents.domain.TimelineRow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/** Document contents as the use cases hand them to the renderer, with Norwegian letters throughout. */
final class Contents {

    static final String REFERENCE = "2026-LIS-TNF-01";
    static final String TITLE = "TNF-alfa-hemmere for revmatologi, gastroenterologi og hudsykdommer";

    private Contents() {
    }

    static InvitationContent invitation(int lotCount) {
        return new InvitationContent(REFERENCE, TITLE, "Fase 3: generisk eller biotilsvarende konkurranse",
                "Åpent anbud", IntStream.rangeClosed(1, lotCount).mapToObj(Contents::lot).toList(),
                List.of(new CriterionSection("Pris", 55, "Laveste pris / tilbudt pris × maksimal poengsum", 100, List.of()),
                        new CriterionSection("Kvalitet", 5, null, null, List.of(new SubCriterionLine(
                                "Brukervennlighet", "Ferdigfylte sprøyter som sparer sykepleiertid", 0, 10))),
                        new CriterionSection("Klima og miljø", 30, null, null, List.of(
                                new SubCriterionLine("Miljøstyringssystem", "ISO 14001 eller EMAS for produksjonsstedene",
                                        0, 10),
                                new SubCriterionLine("Emballasje", null, 0, 5))),
                        new CriterionSection("Forsyningssikkerhet", 10, null, null, List.of(new SubCriterionLine(
                                "Sikkerhetslager", "Lager tilsvarende seks måneders forbruk i norske sykehus", 0, 10)))),
                List.of(new TimelineRow("Frist for spørsmål", "15.02.2026 12:00"),
                        new TimelineRow("Tilbudsfrist", "01.03.2026 12:00"),
                        new TimelineRow("Opsjoner", "1 + 1 år")),
                "Tilbud leveres i LIS Anbud innen tilbudsfristen 01.03.2026 12:00.",
                "All kommunikasjon skjer skriftlig i LIS Anbud.", null, List.of(), List.of());
    }

    /** {@link #invitation(int)} where climate and environment weigh 20 % and the tender period is shortened, both justified. */
    static InvitationContent invitationWithJustifications() {
        InvitationContent plain = invitation(1);
        return new InvitationContent(plain.reference(), plain.title(), plain.marketPhase(), plain.instrument(),
                plain.lots(), plain.criteria(), plain.timeline(), plain.howToSubmit(), plain.contact(),
                "Miljøkravene til produksjonen er satt som absolutte krav i kravspesifikasjonen.",
                List.of(new TimelineRow("Minste tilbudsfrist",
                        "Veiledende kunngjøring sendt 10.11.2025; fristen er forkortet til 20 dager.")), List.of());
    }

    /** {@link #invitation(int)} with two qualification requirements, one of them with a threshold. */
    static InvitationContent invitationWithQualificationRequirements() {
        InvitationContent plain = invitation(1);
        return new InvitationContent(plain.reference(), plain.title(), plain.marketPhase(), plain.instrument(),
                plain.lots(), plain.criteria(), plain.timeline(), plain.howToSubmit(), plain.contact(), null, List.of(),
                List.of(new TimelineRow("Minste årlige omsetning (terskel: 5 000 000,00 kr)", "Omsetning siste regnskapsår"),
                        new TimelineRow("Kvalitetssystem (GMP/GDP)", "Gyldig GDP-sertifikat for grossistvirksomheten")));
    }

    static LotSection lot(int number) {
        return new LotSection(number, "Adalimumab, delkontrakt " + number, "Revmatoid artritt, Crohns sykdom og psoriasis",
                List.of(new SubstanceLine("L04AB04", "adalimumab", "2,9 mg P"),
                        new SubstanceLine("L04AB01", "etanercept", "7 mg P")),
                new BigDecimal("125000.00"), "DDD", "Per behandlingsperiode på 28 dager", List.of("Helse Sør-Øst", "Helse Vest"));
    }

    static PriceFormContent priceForm() {
        return new PriceFormContent(REFERENCE, TITLE, Instant.parse("2026-03-01T11:00:00Z"), List.of(lot(1), lot(2)));
    }

    static QuestionsAndAnswersContent questionsAndAnswers() {
        return new QuestionsAndAnswersContent(REFERENCE, TITLE, Instant.parse("2026-02-10T09:30:00Z"), List.of(
                new AnsweredQuestion(1, Instant.parse("2026-01-20T08:15:00Z"),
                        "Kan vi tilby både ferdigfylt sprøyte og penn i samme delkontrakt?",
                        "Ja. Før opp hver pakning på egen linje i prisskjemaet.", Instant.parse("2026-01-22T13:00:00Z")),
                new AnsweredQuestion(2, Instant.parse("2026-01-25T10:00:00Z"),
                        "Hvordan dokumenteres sikkerhetslageret?",
                        "Med en egenerklæring om lagerbeholdning i Norge.", Instant.parse("2026-01-26T09:00:00Z"))));
    }

    static ReceiptContent receipt() {
        return new ReceiptContent(REFERENCE, TITLE, "Nordisk Legemiddel AS", "923 609 016", 42L, 2,
                List.of("1: Adalimumab", "2: Etanercept"), Instant.parse("2026-02-28T10:59:58.123Z"),
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    }
}
