package no.lis.tender.offers.application;

import no.lis.tender.offers.domain.OfferStatus;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static no.lis.tender.offers.domain.OfferFixtures.BUYER;
import static no.lis.tender.offers.domain.OfferFixtures.SUPPLIER_A;
import static no.lis.tender.offers.domain.OfferFixtures.SUPPLIER_B;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/** Supplier B, knowing or guessing the id of supplier A's offer, can neither read, change nor withdraw it. */
class SupplierIsolationTest {

    private static final Violation NOT_YOURS = new Violation(null, "offers.notYours");

    private final OffersWorld world = new OffersWorld();
    private final OfferReceipt receiptOfA = world.submitted(SUPPLIER_A, "1000");
    private final Long offerOfA = receiptOfA.offerId();

    @Test
    void anotherSupplierCannotReadTheOffer() {
        assertThat(refusal(() -> world.queries.ownOfferById(offerOfA, SUPPLIER_B))).containsExactly(NOT_YOURS);
    }

    @Test
    void anotherSupplierCannotReadTheReceipt() {
        assertThat(refusal(() -> world.queries.receipt(offerOfA, 1, SUPPLIER_B))).containsExactly(NOT_YOURS);
    }

    @Test
    void anotherSupplierCannotSubmitTheOffer() {
        assertThat(refusal(() -> world.submit.submit(new SubmitOfferCommand(offerOfA, 0L), SUPPLIER_B)))
                .containsExactly(NOT_YOURS);
        assertThat(ownOfferOfA().receipts()).containsExactly(receiptOfA);
    }

    @Test
    void anotherSupplierCannotWithdrawTheOffer() {
        assertThat(refusal(() -> world.withdraw.withdraw(new WithdrawOfferCommand(offerOfA, 0L), SUPPLIER_B)))
                .containsExactly(NOT_YOURS);
        assertThat(ownOfferOfA().status()).isEqualTo(OfferStatus.SUBMITTED);
    }

    @Test
    void anotherSupplierSavingOnTheSameTenderChangesOnlyItsOwnOffer() {
        Long offerOfB = world.saveDraft.save(new SaveOfferDraftCommand(world.tender.getId(), null,
                List.of(world.lot(1, "1"))), SUPPLIER_B);

        assertThat(offerOfB).isNotEqualTo(offerOfA);
        assertThat(ownOfferOfA().draft().lots().get(0).unitPricePerPack()).isEqualByComparingTo("1000");
        assertThat(world.queries.ownOffer(world.tender.getId(), SUPPLIER_B)).get().extracting(OwnOffer::offerId)
                .isEqualTo(offerOfB);
    }

    @Test
    void anotherSuppliersOfferAndAnUnknownIdLookTheSame() {
        assertThat(refusal(() -> world.queries.ownOfferById(999L, SUPPLIER_B)))
                .containsExactly(new Violation(null, "offers.notFound"));
    }

    @Test
    void aBuyerCannotReadAnOfferByItsIdBeforeOpening() {
        assertThat(refusal(() -> world.queries.ownOfferById(offerOfA, BUYER))).containsExactly(NOT_YOURS);
        assertThat(refusal(() -> world.queries.ownOffer(world.tender.getId(), BUYER)))
                .containsExactly(new Violation(null, "offers.suppliersOnly"));
    }

    private OwnOffer ownOfferOfA() {
        return world.queries.ownOfferById(offerOfA, SUPPLIER_A);
    }
}
