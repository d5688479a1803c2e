package no.lis.tender.documents.infrastructure;

import no.lis.tender.documents.PdfUa;
import no.lis.tender.documents.Pdfs;
import no.lis.tender.documents.domain.AnsweredQuestion;
import no.lis.tender.documents.domain.ReceiptContent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static no.lis.tender.documents.infrastructure.Contents.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

class PdfBoxDocumentRendererTest {

    private final PdfBoxDocumentRenderer renderer = new PdfBoxDocumentRenderer();

    @Test
    void invitationStatesLotsCriteriaTimelineAndHowToSubmitInNorwegian() {
        String text = oneLine(Pdfs.text(renderer.invitation(Contents.invitation(2))));

        assertThat(text).contains("Konkurransegrunnlag", Contents.TITLE, REFERENCE,
                "Fase 3: generisk eller biotilsvarende konkurranse", "Åpent anbud",
                "Delkontrakt 1: Adalimumab, delkontrakt 1", "Delkontrakt 2: Adalimumab, delkontrakt 2",
                "Revmatoid artritt, Crohns sykdom og psoriasis", "L04AB04 adalimumab, DDD 2,9 mg P",
                "L04AB01 etanercept, DDD 7 mg P",
                "125 000 DDD", "Per behandlingsperiode på 28 dager", "Helse Sør-Øst, Helse Vest",
                "Laveste pris / tilbudt pris × maksimal poengsum", "Forsyningssikkerhet (10 %)", "Klima og miljø (30 %)",
                "Miljøstyringssystem", "Sikkerhetslager", "0–10", "0–5", "spesialistgruppen",
                "Frist for spørsmål", "15.02.2026 12:00", "1 + 1 år", "norsk tid",
                "Tilbud leveres i LIS Anbud innen tilbudsfristen 01.03.2026 12:00.",
                "All kommunikasjon skjer skriftlig i LIS Anbud.");
    }

    @Test
    void invitationPrintsWhyEnvironmentWeighsUnderTheMainRuleAndWhyATimeLimitIsShortened() {
        String text = oneLine(Pdfs.text(renderer.invitation(Contents.invitationWithJustifications())));

        assertThat(text).contains("Begrunnelse for at klima og miljø vektes under 30 %",
                "Miljøkravene til produksjonen er satt som absolutte krav i kravspesifikasjonen.",
                "Begrunnede avvik fra minstefristene", "Minste tilbudsfrist",
                "Veiledende kunngjøring sendt 10.11.2025; fristen er forkortet til 20 dager.");
    }

    @Test
    void invitationListsTheQualificationRequirementsWithTheirThresholdsAndTheEspd() {
        String text = oneLine(Pdfs.text(renderer.invitation(Contents.invitationWithQualificationRequirements())));

        assertThat(text).contains("Kvalifikasjonskrav", "egenerklæringen (ESPD)",
                "Minste årlige omsetning (terskel: 5 000 000,00 kr)", "Omsetning siste regnskapsår",
                "Kvalitetssystem (GMP/GDP)", "Gyldig GDP-sertifikat for grossistvirksomheten");
        assertThat(oneLine(Pdfs.text(renderer.invitation(Contents.invitation(1))))).doesNotContain("Kvalifikasjonskrav");
    }

    @Test
    void invitationWithoutJustificationsSaysNothingAboutThem() {
        String text = oneLine(Pdfs.text(renderer.invitation(Contents.invitation(1))));

        assertThat(text).doesNotContain("Begrunnelse for at klima og miljø", "Begrunnede avvik");
    }

    @Test
    void everyPageOfALongInvitationCarriesTheReferenceAndItsNumberOutOfTheCount() throws IOException {
        byte[] pdf = renderer.invitation(Contents.invitation(40));
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }

        assertThat(pages).isGreaterThan(5);
        for (int page = 1; page <= pages; page++) {
            assertThat(Pdfs.text(pdf, page)).as("page " + page).contains(REFERENCE, "Side " + page + " av " + pages);
        }
        assertThat(oneLine(Pdfs.text(pdf))).contains("Delkontrakt 40: Adalimumab, delkontrakt 40");
    }

    @Test
    void fontsAreEmbeddedSoThatNorwegianLettersPrintAnywhere() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.invitation(Contents.invitation(1)))) {
            List<Boolean> embedded = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    embedded.add(resources.getFont(name).isEmbedded());
                }
            }

            assertThat(embedded).hasSizeGreaterThanOrEqualTo(2).containsOnly(true);
        }
    }

    @Test
    void documentsTellTheirTitleAuthorAndLanguage() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.invitation(Contents.invitation(1)))) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Konkurransegrunnlag: " + Contents.TITLE);
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("LIS Anbud");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nb-NO");
        }
    }

    @Test
    void priceFormListsTheLotsWithEmptyColumnsToFillIn() {
        String text = oneLine(Pdfs.text(renderer.priceForm(Contents.priceForm())));

        assertThat(text).contains("Prisskjema", REFERENCE, "Tilbudsfrist", "01.03.2026 12:00",
                "Delkontrakt 1: Adalimumab, delkontrakt 1", "Delkontrakt 2: Adalimumab, delkontrakt 2",
                "L04AB04 adalimumab, DDD 2,9 mg P", "Per behandlingsperiode på 28 dager", "125 000 DDD",
                "Varenummer", "Produktnavn", "Pakning", "Enhetspris per pakning ekskl. mva. (NOK)", "Side 1 av 2");
    }

    @Test
    void questionsAndAnswersPrintEveryAnswerAndNeverWhoAsked() {
        String text = oneLine(Pdfs.text(renderer.questionsAndAnswers(Contents.questionsAndAnswers())));

        assertThat(text).contains("Spørsmål og svar", REFERENCE, "Sist oppdatert", "10.02.2026 10:30",
                "Spørsmål 1", "Stilt 20.01.2026 09:15", "Kan vi tilby både ferdigfylt sprøyte og penn i samme delkontrakt?",
                "Svar, publisert 22.01.2026 14:00", "Før opp hver pakning på egen linje i prisskjemaet.",
                "Spørsmål 2", "Med en egenerklæring om lagerbeholdning i Norge.", "Hvem som har stilt spørsmålene, oppgis ikke.");
        assertThat(Arrays.stream(AnsweredQuestion.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("number", "askedAt", "question", "answer", "answeredAt");
    }

    @Test
    void receiptShowsTheDigestAndTheTimeOfReceiptToTheSecondInOsloTime() {
        String text = oneLine(Pdfs.text(renderer.receipt(Contents.receipt())));

        assertThat(text).contains("Kvittering for innlevert tilbud", REFERENCE, Contents.TITLE,
                "Nordisk Legemiddel AS", "923 609 016", "42", "1: Adalimumab", "2: Etanercept",
                "28.02.2026 11:59:58 (norsk tid)",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "forseglet");
    }

    @Test
    void charactersTheFontLacksPrintAsQuestionMarks() {
        String text = Pdfs.text(renderer.receipt(new ReceiptContent(REFERENCE,
                "Tittel med tabulator\tog kinesisk \u4E2D", "Leverandør", "923609016", 1L, 1, List.of("1: Æ"),
                Contents.receipt().receivedAt(), "ab")));

        assertThat(oneLine(text)).contains("Tittel med tabulator og kinesisk ?", "1: Æ");
    }

    /** The text with every run of white space (line breaks, no-break spaces) as one space. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ");
    }

    @Test
    void aScreenReaderReadsTheEnglishNameInEnglishAndTellsTheHeaderRowsFromTheLines() {
        byte[] priceForm = renderer.priceForm(Contents.priceForm());

        assertThat(oneLine(Pdfs.text(priceForm))).contains("Prisskjema Price form");
        List<String> structure = PdfUa.structure(priceForm);
        assertThat(structure).as("the English name marked as English, after the title in bokmål")
                .startsWith("Document", "H1", "P en", "P");
        assertThat(structure).as("each lot's price lines: the header row in THead, the empty lines in TBody")
                .containsSubsequence("Table", "THead", "TR", "TH Column", "TH Column", "TH Column", "TH Column",
                        "TBody", "TR", "TD", "TD", "TD", "TD", "TR", "TD");
        assertThat(structure.stream().filter(type -> type.endsWith(" en")).toList()).containsExactly("P en");
    }

    @Test
    void everyDocumentIsTaggedForScreenReadersAsPdfUaRequires() {
        PdfUa.assertCompliant(renderer.invitation(Contents.invitationWithJustifications()));
        PdfUa.assertCompliant(renderer.invitation(Contents.invitationWithQualificationRequirements()));
        PdfUa.assertCompliant(renderer.priceForm(Contents.priceForm()));
        PdfUa.assertCompliant(renderer.questionsAndAnswers(Contents.questionsAndAnswers()));
        PdfUa.assertCompliant(renderer.receipt(Contents.receipt()));
    }
}
