package no.lis.tender.offers.application;

import no.lis.tender.offers.domain.OfferFixtures;
import no.lis.tender.offers.domain.LotTally;
import no.lis.tender.offers.domain.OfferStatus;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static no.lis.tender.offers.domain.OfferFixtures.BUYER;
import static no.lis.tender.offers.domain.OfferFixtures.SUPPLIER_A;
import static no.lis.tender.offers.domain.OfferFixtures.SUPPLIER_B;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class SubmitOfferTest {

    private final OffersWorld world = new OffersWorld();

    @Test
    void submittingAnswersWithAReceiptOfTheExactTimeTheDigestAndTheLots() {
        Long id = world.saveDraft.save(new SaveOfferDraftCommand(world.tender.getId(), null,
                List.of(world.lot(2, "400"), world.lot(1, "1000"))), SUPPLIER_A);
        world.clock.set(OfferFixtures.DEADLINE.minusNanos(1000));

        OfferReceipt receipt = world.submit.submit(new SubmitOfferCommand(id, 0L), SUPPLIER_A);

        assertThat(receipt.offerId()).isEqualTo(id);
        assertThat(receipt.tenderId()).isEqualTo(world.tender.getId());
        assertThat(receipt.tenderReference()).isEqualTo("2026-LIS-TNF-01");
        assertThat(receipt.supplierId()).isEqualTo(SUPPLIER_A.supplierId());
        assertThat(receipt.supplierName()).isEqualTo("Pharma A AS");
        assertThat(receipt.organisationNumber()).isEqualTo("974760673");
        assertThat(receipt.submissionNumber()).isEqualTo(1);
        assertThat(receipt.receivedAt()).isEqualTo(OfferFixtures.DEADLINE.minusNanos(1000));
        assertThat(receipt.lotNumbers()).containsExactly(2, 1);
        assertThat(receipt.lotsOffered()).containsExactly("1: Adalimumab", "2: Adalimumab");
        assertThat(receipt.withdrawnAt()).isNull();
        assertThat(receipt.sha256()).isEqualTo(world.queries.ownOfferById(id, SUPPLIER_A).submitted().sha256());
    }

    @Test
    void theOwnerGetsTheReceiptAgainForThePdf() {
        OfferReceipt receipt = world.submitted(SUPPLIER_A, "1000");

        assertThat(world.queries.receipt(receipt.offerId(), 1, SUPPLIER_A)).isEqualTo(receipt);
        assertThat(refusal(() -> world.queries.receipt(receipt.offerId(), 2, SUPPLIER_A)))
                .containsExactly(new Violation(null, "offers.receipt.notFound", 2));
    }

    @Test
    void withdrawingThenSubmittingAgainGivesReceiptTwoAndOnlyItCounts() {
        OfferReceipt first = world.submitted(SUPPLIER_A, "1000");
        world.withdraw.withdraw(new WithdrawOfferCommand(first.offerId(), 0L), SUPPLIER_A);
        assertThat(world.queries.submittedPerLot(world.tender.getId(), BUYER)).isEmpty();

        world.saveDraft.save(new SaveOfferDraftCommand(world.tender.getId(), 0L, List.of(world.lot(1, "950"))),
                SUPPLIER_A);
        OfferReceipt second = world.submit.submit(new SubmitOfferCommand(first.offerId(), 0L), SUPPLIER_A);

        OwnOffer offer = world.queries.ownOfferById(first.offerId(), SUPPLIER_A);
        assertThat(second.submissionNumber()).isEqualTo(2);
        assertThat(offer.status()).isEqualTo(OfferStatus.SUBMITTED);
        assertThat(offer.submitted().lots().get(0).unitPricePerPack()).isEqualByComparingTo("950");
        assertThat(offer.receipts()).extracting(OfferReceipt::submissionNumber).containsExactly(1, 2);
        assertThat(offer.receipts().get(0).withdrawnAt()).isNotNull();
        assertThat(offer.receipts().get(1).sha256()).isEqualTo(offer.submitted().sha256());
    }

    @Test
    void buyersSeeHowManyOffersStandSubmittedPerLotAndNothingMore() {
        world.submitted(SUPPLIER_A, "1000");
        world.saveDraft.save(new SaveOfferDraftCommand(world.tender.getId(), null,
                List.of(world.lot(1, "900"), world.lot(2, "300"))), SUPPLIER_B);

        assertThat(world.queries.submittedPerLot(world.tender.getId(), BUYER)).isEqualTo(Map.of(1, 1L));
        assertThat(refusal(() -> world.queries.submittedPerLot(world.tender.getId(), SUPPLIER_A)))
                .containsExactly(new Violation(null, "offers.buyersOnly"));
    }

    @Test
    void resubmittingOnOtherLotsMovesTheCountAndTheTallyNamesNoSupplier() {
        OfferReceipt first = world.submitted(SUPPLIER_A, "1000");
        world.saveDraft.save(new SaveOfferDraftCommand(world.tender.getId(), 0L, List.of(world.lot(2, "300"))),
                SUPPLIER_A);
        world.submit.submit(new SubmitOfferCommand(first.offerId(), 0L), SUPPLIER_A);

        assertThat(world.queries.submittedPerLot(world.tender.getId(), BUYER)).isEqualTo(Map.of(2, 1L));
        assertThat(world.tally.all()).singleElement().satisfies(tally -> assertThat(tally.getToken())
                .matches("[0-9a-f]{32}"));
        assertThat(java.util.Arrays.stream(LotTally.class.getDeclaredFields()).map(java.lang.reflect.Field::getName))
                .as("nothing that names the supplier or its offer").containsExactlyInAnyOrder("token", "tenderId",
                        "lotNumber");
        assertThat(world.queries.ownOfferById(first.offerId(), SUPPLIER_A).receipts())
                .extracting(OfferReceipt::lotNumbers).containsExactly(List.of(1), List.of(2));
    }

    @Test
    void submittingAtTheDeadlineIsRefused() {
        Long id = world.draft(SUPPLIER_A, "1000");
        world.clock.set(OfferFixtures.DEADLINE);

        assertThat(refusal(() -> world.submit.submit(new SubmitOfferCommand(id, 0L), SUPPLIER_A)))
                .containsExactly(new Violation(null, "offers.deadlinePassed", Instant.parse("2026-03-01T11:00:00Z")));
    }

    @Test
    void anOfferChangedSinceTheCallerLoadedItIsNotSubmitted() {
        Long id = world.draft(SUPPLIER_A, "1000");

        assertThat(refusal(() -> world.submit.submit(new SubmitOfferCommand(id, 7L), SUPPLIER_A)))
                .containsExactly(new Violation(null, "concurrent.modification.generic"));
    }
}
