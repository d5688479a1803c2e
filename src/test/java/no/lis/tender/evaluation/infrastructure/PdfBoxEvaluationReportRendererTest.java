package no.lis.tender.evaluation.infrastructure;

import no.lis.tender.documents.PdfUa;
import no.lis.tender.documents.Pdfs;
import no.lis.tender.evaluation.domain.EvaluationReport.CriterionLine;
import no.lis.tender.evaluation.domain.EvaluationReport.LotLine;
import no.lis.tender.evaluation.domain.EvaluationReport.MemberLine;
import no.lis.tender.evaluation.domain.EvaluationReport.OfferLine;
import no.lis.tender.evaluation.domain.EvaluationReport.RankLine;
import no.lis.tender.evaluation.domain.EvaluationReport.ScoreLine;
import no.lis.tender.evaluation.domain.EvaluationReport;
import no.lis.tender.evaluation.domain.LotStatus;
import no.lis.tender.evaluation.domain.PricePerUnit;
import no.lis.tender.evaluation.domain.QualificationStatus;
import no.lis.tender.evaluation.domain.SubCriterionRef;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.PriceFormula;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PdfBoxEvaluationReportRendererTest {

    private static final String REFERENCE = "LIS-2026-014";
    private static final String TITLE = "TNF-hemmere 2026";
    private static final BigDecimal DDDS_PER_PACK = new BigDecimal("27.5862");
    private static final String CONSENSUS_NOTE = "Gruppen vektla holdbarhet i romtemperatur over pennens utforming.";
    private static final String JUSTIFICATION = "Ferdigfylt penn med tydelig doseindikator; lett å lære for pasientene.";

    private final PdfBoxEvaluationReportRenderer renderer = new PdfBoxEvaluationReportRenderer();

    @Test
    void buyersEditionShowsPackPricesTheirComputationAndTheSavings() {
        String text = oneLine(Pdfs.text(renderer.render(report())));

        assertThat(text).contains("Evalueringsrapport", TITLE, REFERENCE, "Innkjøpers utgave med priser",
                "Evalueringsrapport (med priser)", "Innkjøpssjef Åse Ødegård", "Utarbeidet 15.03.2026 10:30",
                "Pris og besparelse",
                "8 390,00 kr per pakning", computation("8390.00"), "Besparelse: 123 456,78 kr",
                "9 120,50 kr per pakning", computation("9120.50"), "Besparelse: 98 765,43 kr",
                "10 475,25 kr per pakning", computation("10475.25"),
                "Maksimalpris (sammenligningsgrunnlag) 350,00 kr");
    }

    @Test
    void editionWithoutPricesHasNoAmountNoComputationAndNoPriceColumn() {
        String text = oneLine(Pdfs.text(renderer.render(withoutPrices(report()))));

        assertThat(text).contains("Utgave uten priser", "Evalueringsrapport (uten priser)",
                "Nordisk Legemiddel AS", "Sør Pharma ASA", "Prispoeng: 100,00", "Sum", "83,00")
                .doesNotContain("8 390,00", "9 120,50", "10 475,25", "304,14", "27,5862", " kr / ", " DDD",
                        "123 456,78", "98 765,43", "350,00", "Pris og besparelse", "Besparelse", "Maksimalpris",
                        "per pakning", "med priser");
    }

    @Test
    void membersEditionBeforePricesAreLiftedHasNoPricePointsNorTotalsAndSaysWhy() {
        String text = oneLine(Pdfs.text(renderer.render(report().memberEdition("Åse Lund", Set.of(1L, 2L, 3L),
                false))));

        assertThat(text).contains("Utgave uten priser", "Prispoengene og summene er regnet ut fra prisene",
                "1 Nordisk Legemiddel AS 123456 Kvalitet: 18,00 Klima og miljø: 5,00")
                .doesNotContain("Prispoeng:", "Pris: 60,00", "83,00", "8 390,00", "Besparelse");
    }

    @Test
    void membersEditionWithholdsTheOtherMembersScoresOfAnOfferSheHasNotSubmitted() {
        String text = oneLine(Pdfs.text(renderer.render(report().memberEdition("Åse Lund", Set.of(1L), true))));

        assertThat(text).contains("Nordisk Legemiddel AS (tilbud 1)", "Øystein Berg 9", "Konsensus 6 " + CONSENSUS_NOTE,
                "Sør Pharma ASA (tilbud 2) Du har ikke levert dine poeng for dette tilbudet ennå.",
                "De andre medlemmenes poeng, gjennomsnittet og konsensus for et tilbud vises først",
                "1 Nordisk Legemiddel AS 123456 Prispoeng: 100,00 Pris: 60,00 Kvalitet: 18,00 Klima og miljø: 5,00 83,00",
                "2 Sør Pharma ASA 234567 Prispoeng: 91,99 Pris: 55,19 –")
                .doesNotContain("Krever to trinn ved injeksjon.", "Kvalitet: 15,00", "75,19");
    }

    @Test
    void criteriaTableNamesCriteriaByTheirLabelsWithWeightsAndThePriceFormula() {
        String text = oneLine(Pdfs.text(renderer.render(report())));

        assertThat(text).contains("Tildelingskriterier", "Pris 60 % Laveste pris / tilbudt pris × maksimal poengsum 100",
                "Kvalitet 30 %", "Klima og miljø 10 %").doesNotContain("QUALITY", "LOWEST_PRICE_RATIO");
    }

    @Test
    void offersShowTheirReceiptInOsloTimeLotsAndTheQualificationDecisionWithItsReason() {
        String text = oneLine(Pdfs.text(renderer.render(report())));

        assertThat(text).contains("Tilbud og kvalifisering",
                "Nordisk Legemiddel AS 28.02.2026 11:59:58 1–2 Kvalifisert",
                "Bjørnøya Farmasi AS 01.03.2026 09:15:00 1 Avvist Mangler dokumentasjon på leveringsevne",
                "Ærø Medical ApS 28.02.2026 16:02:11 1, 3 Ikke avgjort");
    }

    @Test
    void scoresShowEachMembersScoreWithJustificationTheMeanAndTheConsensusWithItsNote() {
        String text = oneLine(Pdfs.text(renderer.render(withoutPrices(report()))));

        assertThat(text).contains("Poeng fra spesialistgruppen", "Nordisk Legemiddel AS (tilbud 1)",
                "Kvalitet: Brukervennlighet", "Åse Lund 7 " + JUSTIFICATION, "Øystein Berg 9",
                "Gjennomsnitt 8", "Konsensus 8", "Kvalitet: Holdbarhet", "Konsensus 6 " + CONSENSUS_NOTE,
                "Sør Pharma ASA (tilbud 2)", "Konsensus Ikke satt");
    }

    @Test
    void rankedLotShowsRankSupplierVarenummerPointsPerCriterionAndTotal() {
        String text = oneLine(Pdfs.text(renderer.render(report())));

        assertThat(text).contains("Delkontrakt 1: Adalimumab", "Status Rangert",
                "1 Nordisk Legemiddel AS 123456", "Prispoeng: 100,00 Pris: 60,00 Kvalitet: 18,00 Klima og miljø: 5,00",
                "83,00", "2 Sør Pharma ASA 234567", "3 Ærø Medical ApS 345678");
    }

    @Test
    void unrankedLotSaysWhatItWaitsFor() {
        String text = oneLine(Pdfs.text(renderer.render(report())));

        assertThat(text).contains("Delkontrakt 2: Etanercept", "Status Venter på konsensus",
                "Venter på Konsensuspoeng for Sør Pharma ASA");
    }

    @Test
    void norwegianLettersSurviveInTextTheReportDoesNotControl() {
        String text = oneLine(Pdfs.text(renderer.render(report())));

        assertThat(text).contains("Ærø Medical ApS", "Bjørnøya", "Åse Lund", "Øystein Berg", "æøå ÆØÅ")
                .doesNotContain("?");
    }

    @Test
    void everyPageCarriesTheReferenceAndItsNumberOutOfTheCount() throws IOException {
        byte[] pdf = renderer.render(large(20, 8));
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }

        assertThat(pages).isGreaterThan(3);
        for (int page = 1; page <= pages; page++) {
            assertThat(Pdfs.text(pdf, page)).as("page " + page)
                    .contains(REFERENCE, "Evalueringsrapport (med priser)", "Side " + page + " av " + pages);
        }
    }

    @Test
    void aTenderOf2000LotsAnd8OffersRenders() throws IOException {
        byte[] pdf = renderer.render(large(2000, 8));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(100);
        }
    }

    private static EvaluationReport report() {
        List<CriterionLine> criteria = List.of(
                new CriterionLine(CriterionType.PRICE, 60, PriceFormula.LOWEST_PRICE_RATIO, 100),
                new CriterionLine(CriterionType.QUALITY, 30, null, null),
                new CriterionLine(CriterionType.ENVIRONMENT, 10, null, null));
        List<OfferLine> offers = List.of(
                new OfferLine(1, "Nordisk Legemiddel AS", Instant.parse("2026-02-28T10:59:58Z"), List.of(2, 1),
                        QualificationStatus.QUALIFIED, null),
                new OfferLine(2, "Sør Pharma ASA", Instant.parse("2026-02-28T12:00:00Z"), List.of(1, 2),
                        QualificationStatus.QUALIFIED, null),
                new OfferLine(3, "Ærø Medical ApS", Instant.parse("2026-02-28T15:02:11Z"), List.of(1, 3),
                        null, null),
                new OfferLine(4, "Bjørnøya Farmasi AS", Instant.parse("2026-03-01T08:15:00Z"), List.of(1),
                        QualificationStatus.REJECTED, "Mangler dokumentasjon på leveringsevne"));
        SubCriterionRef usability = new SubCriterionRef(CriterionType.QUALITY, "Brukervennlighet");
        SubCriterionRef shelfLife = new SubCriterionRef(CriterionType.QUALITY, "Holdbarhet");
        List<ScoreLine> scores = List.of(
                new ScoreLine(1, "Nordisk Legemiddel AS", usability, List.of(
                        new MemberLine("Åse Lund", 7, JUSTIFICATION),
                        new MemberLine("Øystein Berg", 9, "Godt dokumentert opplæringsmateriell, æøå ÆØÅ.")),
                        8, 8, null),
                new ScoreLine(2, "Sør Pharma ASA", usability, List.of(
                        new MemberLine("Åse Lund", 5, "Krever to trinn ved injeksjon.")), 5, null, null),
                new ScoreLine(1, "Nordisk Legemiddel AS", shelfLife, List.of(
                        new MemberLine("Åse Lund", 4, "Kort holdbarhet etter åpning."),
                        new MemberLine("Øystein Berg", 6, "Holdbar i 28 dager i romtemperatur.")),
                        5, 6, CONSENSUS_NOTE));
        List<LotLine> lots = List.of(
                new LotLine(1, "Adalimumab", LotStatus.RANKED, List.of(), new BigDecimal("350.0000"), List.of(
                        rank(1, "Nordisk Legemiddel AS", "123456", "8390.00", "100.00", "18.00",
                                "123456.78"),
                        rank(2, "Sør Pharma ASA", "234567", "9120.50", "91.99", "15.00", "98765.43"),
                        rank(3, "Ærø Medical ApS", "345678", "10475.25", "80.09", "21.00", null))),
                new LotLine(2, "Etanercept", LotStatus.AWAITING_CONSENSUS, List.of("Sør Pharma ASA"), null, List.of()));
        return new EvaluationReport(REFERENCE, TITLE, true, true, Instant.parse("2026-03-15T09:30:00Z"),
                "Innkjøpssjef Åse Ødegård", criteria, offers, scores, lots);
    }

    /** A lot's ranked offer: price points, a quality part, a fixed environment part of 5. */
    private static RankLine rank(int rank, String supplier, String varenummer, String packPrice, String pricePoints,
                                 String quality, String savings) {
        BigDecimal points = new BigDecimal(pricePoints);
        BigDecimal pricePart = points.multiply(new BigDecimal("0.60")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal qualityPart = new BigDecimal(quality);
        BigDecimal environmentPart = new BigDecimal("5.00");
        return new RankLine(rank, rank, supplier, varenummer, new BigDecimal(packPrice), price(packPrice),
                points,
                Map.of(CriterionType.PRICE, pricePart, CriterionType.QUALITY, qualityPart,
                        CriterionType.ENVIRONMENT, environmentPart),
                pricePart.add(qualityPart).add(environmentPart), savings == null ? null : new BigDecimal(savings));
    }

    /** The same report as a member's edition holds it once prices are lifted and she has submitted every offer. */
    private static EvaluationReport withoutPrices(EvaluationReport report) {
        return report.memberEdition(report.preparedFor(), Set.of(1L, 2L, 3L), true);
    }

    /** A report of {@code lotCount} ranked lots, each with {@code offerCount} offers. */
    private static EvaluationReport large(int lotCount, int offerCount) {
        EvaluationReport sample = report();
        List<Integer> allLots = new ArrayList<>(lotCount);
        for (int lot = 1; lot <= lotCount; lot++) {
            allLots.add(lot);
        }
        List<OfferLine> offers = new ArrayList<>(offerCount);
        List<RankLine> ranking = new ArrayList<>(offerCount);
        for (int offer = 1; offer <= offerCount; offer++) {
            String supplier = "Leverandør " + offer + " AS";
            offers.add(new OfferLine(offer, supplier, Instant.parse("2026-02-28T10:00:00Z"), allLots,
                    QualificationStatus.QUALIFIED, null));
            ranking.add(rank(offer, supplier, String.valueOf(100000 + offer), "8390.00", "90.00", "20.00",
                    "1000.00"));
        }
        List<LotLine> lots = new ArrayList<>(lotCount);
        for (int lot = 1; lot <= lotCount; lot++) {
            lots.add(new LotLine(lot, "Virkestoff " + lot, LotStatus.RANKED, List.of(), new BigDecimal("350"), ranking));
        }
        return new EvaluationReport(REFERENCE, TITLE, true, true, sample.preparedAt(), sample.preparedFor(),
                sample.criteria(), offers, sample.scores(), lots);
    }

    private static PricePerUnit price(String packPrice) {
        return PricePerUnit.normalise(new BigDecimal(packPrice), DDDS_PER_PACK, ComparisonBasis.PER_DDD, null);
    }

    /** The price computation of {@code packPrice} as the report prints it, on one line. */
    private static String computation(String packPrice) {
        return oneLine(price(packPrice).computation(Messages.BOKMAL));
    }

    /** The text with every run of white space (line breaks, no-break spaces) as one space. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ");
    }

    @Test
    void everyEditionIsTaggedForScreenReadersAsPdfUaRequires() {
        PdfUa.assertCompliant(renderer.render(report()));
        PdfUa.assertCompliant(renderer.render(report().memberEdition("Åse Lund", Set.of(1L), true)));
    }
}
