package no.lis.tender.agreements.award.infrastructure;

import no.lis.tender.agreements.award.domain.AwardDecision;
import no.lis.tender.agreements.award.domain.AwardFixtures;
import no.lis.tender.agreements.award.domain.AwardLetter;
import no.lis.tender.agreements.award.domain.RejectedBidder;
import no.lis.tender.documents.PdfUa;
import no.lis.tender.offers.domain.Reader;
import no.lis.tender.tendering.domain.Tender;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import static no.lis.tender.agreements.award.domain.AwardFixtures.ALFA;
import static no.lis.tender.agreements.award.domain.AwardFixtures.ALFA_OFFER;
import static no.lis.tender.agreements.award.domain.AwardFixtures.BETA;
import static no.lis.tender.agreements.award.domain.AwardFixtures.GAMMA;
import static no.lis.tender.agreements.award.domain.AwardFixtures.LETTERS;
import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static org.assertj.core.api.Assertions.assertThat;

/** The award letters as PDF, read back as text: what each supplier is told, and what it is not. */
class PdfBoxAwardLetterRendererTest {

    private static final Long DELTA = 104L;
    private static final Reader BUYER_READER = new Reader(BUYER, Set.of(Reader.BUYER), null);

    private final List<AwardLetter> letters = issue();

    private static List<AwardLetter> issue() {
        Tender tender = AwardFixtures.evaluatedTender();
        AwardDecision decision = AwardFixtures.awarded(tender, ALFA_OFFER);
        return decision.issueLetters(tender, List.of(new RejectedBidder(DELTA, "Delta Pharma AS",
                "Tilbudet mangler dokumentasjon av markedsføringstillatelse i Norge.")), new PdfBoxAwardLetterRenderer(),
                BUYER, LETTERS);
    }

    private String textOf(Long supplierId) throws IOException {
        AwardLetter letter = letters.stream().filter(l -> l.isFor(supplierId)).findFirst().orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(letter.contentFor(BUYER_READER))) {
            return new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
        }
    }

    @Test
    void aLosersLetterTellsItsOwnResultTheWinnerAndTheEndOfTheStandstill() throws IOException {
        String beta = textOf(BETA);

        assertThat(beta).contains("Tildelingsbrev", "2026-LIS-TNF-01", "Beta Biosimilars AB", "02.04.2026");
        assertThat(beta).contains("Dere er ikke tildelt rammeavtale. Tilbudet deres ble rangert som nr. 2 av 3.");
        assertThat(beta).contains("Tildelt: Alfa Pharma AS");
        assertThat(beta).as("its own total and the winner's").contains("84,25", "91,50");
        assertThat(beta).as("points per criterion").contains("Pris", "Kvalitet", "12,25", "15,00");
        assertThat(beta).contains("løper til og med 13.04.2026", "tidligst 14.04.2026");
        assertThat(beta).contains("Side 1 av 1");
    }

    @Test
    void aLosersLetterHoldsNoOtherLosersResult() throws IOException {
        String beta = textOf(BETA);
        String gamma = textOf(GAMMA);

        assertThat(beta).doesNotContain("Gamma", "77,10", "58,10");
        assertThat(gamma).contains("Gamma Generics Oy", "77,10", "nr. 3 av 3").doesNotContain("Beta", "84,25");
    }

    @Test
    void theWinnersLetterSaysItWasAwarded() throws IOException {
        String alfa = textOf(ALFA);

        assertThat(alfa).contains("Dere er tildelt rammeavtalen.", "91,50", "70,00")
                .doesNotContain("Beta", "Gamma", "ikke tildelt");
    }

    @Test
    void aRejectedBiddersLetterGivesTheReasonTheAwardAndTheStandstill() throws IOException {
        String delta = textOf(DELTA).replace('\n', ' ');

        assertThat(delta).contains("Tildelingsbrev", "Delta Pharma AS", "02.04.2026");
        assertThat(delta).contains("Tilbudet deres er avvist og er derfor ikke evaluert.");
        assertThat(delta).contains("Begrunnelse for avvisningen: Tilbudet mangler dokumentasjon av markedsføringstillatelse i Norge.");
        assertThat(delta).contains("Tildelt: Alfa Pharma AS");
        assertThat(delta).contains("løper til og med 13.04.2026", "tidligst 14.04.2026");
        assertThat(delta).as("no ranked supplier's points").doesNotContain("84,25", "91,50", "Beta Biosimilars", "Poengene");
    }

    @Test
    void theLettersAreTaggedForScreenReadersAsPdfUaRequires() {
        for (Long supplier : List.of(ALFA, BETA, DELTA)) {
            AwardLetter letter = letters.stream().filter(l -> l.isFor(supplier)).findFirst().orElseThrow();
            PdfUa.assertCompliant(letter.contentFor(BUYER_READER));
        }
    }
}
