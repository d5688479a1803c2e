package no.lis.tender.agreements.award.domain;

import no.lis.tender.offers.domain.Reader;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.Tender;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static no.lis.tender.agreements.award.domain.AwardFixtures.ALFA;
import static no.lis.tender.agreements.award.domain.AwardFixtures.ALFA_OFFER;
import static no.lis.tender.agreements.award.domain.AwardFixtures.BETA;
import static no.lis.tender.agreements.award.domain.AwardFixtures.GAMMA;
import static no.lis.tender.agreements.award.domain.AwardFixtures.LETTERS;
import static no.lis.tender.agreements.award.domain.AwardFixtures.TEXT_RENDERER;
import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class AwardLetterTest {

    private final List<AwardLetter> letters = issue();

    private static List<AwardLetter> issue() {
        Tender tender = AwardFixtures.evaluatedTender();
        return AwardFixtures.awarded(tender, ALFA_OFFER).issueLetters(tender, List.of(), TEXT_RENDERER, BUYER, LETTERS);
    }

    private AwardLetter letterTo(Long supplierId) {
        return letters.stream().filter(letter -> letter.isFor(supplierId)).findFirst().orElseThrow();
    }

    private static Reader supplierUser(Long supplierId) {
        return new Reader("user-" + supplierId, Set.of(Reader.SUPPLIER), supplierId);
    }

    @Test
    void aSupplierReadsItsOwnLetter() {
        byte[] pdf = letterTo(BETA).contentFor(supplierUser(BETA));

        assertThat(new String(pdf, StandardCharsets.UTF_8)).contains("Beta Biosimilars AB");
    }

    @Test
    void anotherSupplierIsToldTheLetterDoesNotExist() {
        AwardLetter betas = letterTo(BETA);

        assertThat(refusal(() -> betas.contentFor(supplierUser(GAMMA))))
                .containsExactly(new Violation(null, "agreements.letter.notFound"));
        assertThat(refusal(() -> betas.requireReadableBy(new Reader("anonymous", Set.of(), null))))
                .containsExactly(new Violation(null, "agreements.letter.notFound"));
    }

    @Test
    void aBuyerReadsEveryLetter() {
        Reader buyer = new Reader(BUYER, Set.of(Reader.BUYER), null);

        assertThat(letters).allSatisfy(letter -> assertThat(letter.contentFor(buyer)).isNotEmpty());
    }

    @Test
    void aLetterKeepsTheDigestOfItsPdfAndWhetherTheSupplierWon() {
        AwardLetter alfas = letterTo(ALFA);

        assertThat(alfas.isAwarded()).isTrue();
        assertThat(letterTo(BETA).isAwarded()).isFalse();
        assertThat(alfas.getSha256()).hasSize(64).isNotEqualTo(letterTo(BETA).getSha256());
        assertThat(alfas.getGeneratedAt()).isEqualTo(LETTERS.instant());
        assertThat(alfas.fileName()).isEqualTo("tildelingsbrev-2026-LIS-TNF-01.pdf");
    }
}
