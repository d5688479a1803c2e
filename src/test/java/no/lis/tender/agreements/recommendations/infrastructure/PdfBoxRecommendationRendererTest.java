package no.lis.tender.agreements.recommendations.infrastructure;

import no.lis.tender.agreements.recommendations.domain.ChangeReason;
import no.lis.tender.agreements.recommendations.domain.LinePrices;
import no.lis.tender.agreements.recommendations.domain.PricedRecommendation;
import no.lis.tender.agreements.recommendations.domain.PublicRecommendation;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationFixtures;
import no.lis.tender.agreements.recommendations.domain.RecommendationLine;
import no.lis.tender.agreements.recommendations.domain.RecommendedProduct;
import no.lis.tender.agreements.recommendations.domain.Watermark;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.documents.PdfUa;
import no.lis.tender.documents.Pdfs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.AMGEVITA;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.BUYER;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.CLOCK;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.HYRIMOZ;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.RA;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.TO;
import static org.assertj.core.api.Assertions.assertThat;

class PdfBoxRecommendationRendererTest {

    private static final String AREA = "Revmatologi";
    private static final Watermark WATERMARK = new Watermark("Per Pris", Instant.parse("2026-03-02T09:15:00Z"));
    /** 10:15 in Oslo, winter time. */
    private static final String MARK = "Utlevert til Per Pris 02.03.2026 10:15";

    private final PdfBoxRecommendationRenderer renderer = new PdfBoxRecommendationRenderer();
    private final Recommendation first = RecommendationFixtures.publishedFirst();
    private final Recommendation second = secondVersion(first, 0);

    /** Version 2: Amgevita up to 1st choice at a new price, and {@code extraIndications} more indications of 6 drugs each. */
    private static Recommendation secondVersion(Recommendation first, int extraIndications) {
        Recommendation second = first.nextVersion(ChangeReason.NEW_TENDER, "Ny avtale fra 1. september",
                LocalDate.of(2026, 9, 1), TO, BUYER, CLOCK);
        second.rerank(RA, HYRIMOZ, 2);
        RecommendationLine amgevita = second.line(RA, AMGEVITA);
        second.replaceLine(RA, AMGEVITA, RecommendationLine.of(RA, 1, amgevita.product(), "Førstevalg for alle",
                new LinePrices(new BigDecimal("7654.25"), new BigDecimal("263.9397"), new BigDecimal("7390.31"), 28)));
        for (int i = 0; i < extraIndications; i++) {
            for (int rank = 1; rank <= 6; rank++) {
                second.addLine(RecommendationLine.of("Indikasjon " + i, rank, new RecommendedProduct("Legemiddel " + rank,
                        new Varenummer(String.format("9%02d%03d", i, rank)), "Leverandør AS", 50L),
                        "Kommentar " + rank, LinePrices.perPack(new BigDecimal("1111.11"))));
            }
        }
        return RecommendationFixtures.published(second, first, 101L);
    }

    private static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
    }

    private static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The characters of page {@code page} that are set at a slant, spaces left out. */
    private static String diagonalText(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            StringBuilder slanted = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (Math.abs(text.getTextMatrix().getShearY()) > 0.1f && !text.getUnicode().isBlank()) {
                        slanted.append(text.getUnicode());
                    }
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(document);
            return slanted.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void thePublicEditionListsTheDrugsByRankWithCommentsAndChangesInNorwegian() {
        String text = plain(Pdfs.text(renderer.publicEdition(PublicRecommendation.of(second, first, AREA))));

        assertThat(text).contains("LIS-anbefaling", AREA, "Revmatologi, versjon 2", RA, "1. valg", "2. valg",
                "Amgevita", "Hyrimoz", "234567", "Førstevalg for alle", "01.09.2026–29.02.2028",
                "Ny anbudskonkurranse: Ny avtale fra 1. september", "Endringer fra forrige versjon",
                "Flyttet i rangering", "Fra 2. valg til 1. valg", "Kommentar endret", "Side 1 av 1");
    }

    @Test
    void thePublicEditionCarriesNoPrice() {
        String text = plain(Pdfs.text(renderer.publicEdition(PublicRecommendation.of(second, first, AREA))));

        assertThat(text).doesNotContainPattern("\\bkr\\b").doesNotContain("7 654", "7654", "8 390", "8390", "263,9",
                "304,14", "7 390", "4 200", "Pris", "Utlevert");
    }

    @Test
    void thePricedEditionShowsThePricesAndThePriceChanges() {
        String text = plain(Pdfs.text(renderer.pricedEdition(PricedRecommendation.of(second, first, AREA), WATERMARK)));

        assertThat(text).contains("LIS-anbefaling med priser", "Fortrolig", "7 654,25 kr", "263,9397 kr",
                "7 390,31 kr per 28 dager", "8 390,00 kr", "Prisendringer", "Pris per pakning før");
    }

    @Test
    void everyPageOfAPricedEditionCarriesTheRecipientAndTheTimeOfDownload() {
        Recommendation long2 = secondVersion(RecommendationFixtures.publishedFirst(), 12);
        byte[] pdf = renderer.pricedEdition(PricedRecommendation.of(long2, first, AREA), WATERMARK);
        int pages = pages(pdf);

        assertThat(pages).isGreaterThan(2);
        for (int page = 1; page <= pages; page++) {
            String text = plain(Pdfs.text(pdf, page));
            assertThat(text).as("page " + page).contains(MARK, "Side " + page + " av " + pages);
            assertThat(diagonalText(pdf, page)).as("page " + page + ": across the page")
                    .isEqualTo(MARK.replace(" ", "") + "–fortrolig");
        }
    }

    @Test
    void thePublicEditionHasNoWatermark() {
        byte[] pdf = renderer.publicEdition(PublicRecommendation.of(first, null, AREA));

        assertThat(plain(Pdfs.text(pdf))).doesNotContain("Utlevert").contains("første versjonen");
        assertThat(diagonalText(pdf, 1)).isEmpty();
    }

    @Test
    void bothEditionsAreTaggedForScreenReadersAsPdfUaRequires() {
        Recommendation long2 = secondVersion(RecommendationFixtures.publishedFirst(), 12);

        PdfUa.assertCompliant(renderer.publicEdition(PublicRecommendation.of(long2, first, AREA)));
        PdfUa.assertCompliant(renderer.pricedEdition(PricedRecommendation.of(second, first, AREA), WATERMARK));
    }

    @Test
    void aScreenReaderFindsTheTitleTheIndicationsAsHeadingsAndTheColumnsOfEachTable() {
        // two indications, each a heading under the title, and the changes
        List<String> structure = PdfUa.structure(renderer.publicEdition(PublicRecommendation.of(second, first, AREA)));

        assertThat(structure).startsWith("Document", "H1", "P", "Table", "TR", "TH Row", "TD");
        assertThat(structure.stream().filter(type -> type.startsWith("H")).toList()).as("headings in order")
                .containsExactly("H1", "H2", "H2", "H2");
        assertThat(structure).as("the header row in THead, the drugs in TBody").containsSubsequence("Table", "THead", "TR",
                "TH Column", "TH Column", "TH Column", "TH Column", "TH Column", "TBody", "TR", "TD", "TD", "TD", "TD", "TD");
    }

    /** Version 1 with RA ranked per health region (Hyrimoz first in Helse Vest, Amgevita in Helse Sør-Øst) and Crohn's for all of Norway. */
    private static Recommendation perRegion() {
        Recommendation draft = Recommendation.draft(RecommendationFixtures.AREA_ID, RecommendationFixtures.FROM, TO,
                BUYER, CLOCK);
        draft.addLine(inMarket(1, HYRIMOZ, "Hyrimoz", "HV"));
        draft.addLine(inMarket(2, AMGEVITA, "Amgevita", "HV"));
        draft.addLine(inMarket(1, AMGEVITA, "Amgevita", "HSO"));
        draft.addLine(inMarket(2, HYRIMOZ, "Hyrimoz", "HSO"));
        draft.addLine(RecommendationFixtures.line(RecommendationFixtures.CROHN, 1, RecommendationFixtures.BENEPALI,
                "Benepali", "4200.00"));
        return RecommendationFixtures.published(draft, null, 100L);
    }

    private static RecommendationLine inMarket(int rank, Varenummer varenummer, String name, String market) {
        return RecommendationLine.of(RA, rank, new RecommendedProduct(name, varenummer, "Sandoz AS", 41L, null, market),
                null, LinePrices.perPack(new BigDecimal("8390.00")));
    }

    @Test
    void bothEditionsRankEachMarketUnderItsOwnHeadingAndStayTagged() {
        Recommendation regional = perRegion();
        byte[] open = renderer.publicEdition(PublicRecommendation.of(regional, null, AREA));
        byte[] priced = renderer.pricedEdition(PricedRecommendation.of(regional, null, AREA), WATERMARK);

        for (byte[] pdf : List.of(open, priced)) {
            String text = plain(Pdfs.text(pdf));
            assertThat(text).containsSubsequence(RA + " – Helse Vest", "1. valg Hyrimoz", "2. valg Amgevita",
                    RA + " – Helse Sør-Øst", "1. valg Amgevita", "2. valg Hyrimoz");
            assertThat(text).as("an indication for all of Norway keeps its plain heading")
                    .contains(RecommendationFixtures.CROHN).doesNotContain("hele Norge");
            assertThat(PdfUa.structure(pdf).stream().filter(type -> type.equals("H2")).count())
                    .as("one heading per market of RA, one for Crohn's, one for the changes").isEqualTo(4);
            PdfUa.assertCompliant(pdf);
        }
    }
}
