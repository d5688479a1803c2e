package no.lis.tender.offers.application;

import no.lis.tender.offers.domain.OfferFixtures;
import no.lis.tender.offers.domain.OfferStatus;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.TenderStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static no.lis.tender.offers.domain.OfferFixtures.BUYER;
import static no.lis.tender.offers.domain.OfferFixtures.DEADLINE;
import static no.lis.tender.offers.domain.OfferFixtures.OTHER_BUYER;
import static no.lis.tender.offers.domain.OfferFixtures.SUPPLIER_A;
import static no.lis.tender.offers.domain.OfferFixtures.SUPPLIER_B;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/** The last seconds before a deadline: the arrival of a request decides, and the opening closes submission. */
class DeadlineRushTest {

    private static final Violation DEADLINE_PASSED = new Violation(null, "offers.deadlinePassed", Instant.parse("2026-03-01T11:00:00Z"));
    private static final Violation SUBMISSION_CLOSED = new Violation(null, "offers.submissionClosed");

    private final OffersWorld world = new OffersWorld();
    private final Long tenderId = world.tender.getId();

    @Test
    void anOfferThatArrivedBeforeTheDeadlineIsAcceptedThoughProcessedAfterItAndTheReceiptGivesTheArrival() {
        world.arrival = DEADLINE.minusMillis(1);
        world.clock.set(DEADLINE.plusSeconds(2));

        OfferReceipt receipt = world.saveAndSubmit.saveAndSubmit(
                new SaveOfferDraftCommand(tenderId, null, List.of(world.lot(1, "1000"))), SUPPLIER_A);

        assertThat(receipt.receivedAt()).isEqualTo(DEADLINE.minusMillis(1));
        assertThat(world.queries.ownOfferById(receipt.offerId(), SUPPLIER_A).status()).isEqualTo(OfferStatus.SUBMITTED);
    }

    @Test
    void anOfferThatArrivedAtTheDeadlineIsRefusedNamingItThoughTheClockStillReadsBefore() {
        Long id = world.draft(SUPPLIER_A, "1000");
        world.arrival = DEADLINE;
        world.clock.set(DEADLINE.minusSeconds(1));

        assertThat(refusal(() -> world.submit.submit(new SubmitOfferCommand(id, 0L), SUPPLIER_A)))
                .containsExactly(DEADLINE_PASSED);
        assertThat(refusal(() -> world.saveAndSubmit.saveAndSubmit(
                new SaveOfferDraftCommand(tenderId, 0L, List.of(world.lot(1, "900"))), SUPPLIER_A)))
                .containsExactly(DEADLINE_PASSED);
    }

    @Test
    void withoutARequestTheClockDecides() {
        Long id = world.draft(SUPPLIER_A, "1000");
        world.clock.set(DEADLINE);

        assertThat(refusal(() -> world.submit.submit(new SubmitOfferCommand(id, 0L), SUPPLIER_A)))
                .containsExactly(DEADLINE_PASSED);
    }

    @Test
    void onceTheOpeningHasStartedAnOfferThatArrivedInTimeIsRefusedAsSubmissionClosedAndNothingChanges() {
        OfferReceipt submittedByA = world.submitted(SUPPLIER_A, "1000");
        Long draftOfB = world.draft(SUPPLIER_B, "900");
        world.clock.set(OfferFixtures.OPENABLE.instant());
        world.startOpening.start(new StartOpeningCommand(tenderId), BUYER);
        world.arrival = DEADLINE.minusMillis(1);

        assertThat(world.tender.getStatus()).isEqualTo(TenderStatus.SUBMISSION_CLOSED);
        assertThat(refusal(() -> world.submit.submit(new SubmitOfferCommand(draftOfB, 0L), SUPPLIER_B)))
                .containsExactly(SUBMISSION_CLOSED);
        assertThat(refusal(() -> world.withdraw.withdraw(new WithdrawOfferCommand(submittedByA.offerId(), 0L),
                SUPPLIER_A))).containsExactly(SUBMISSION_CLOSED);
        world.arrival = null;
        world.clock.set(DEADLINE.plusSeconds(90));
        world.confirmOpening.confirm(new ConfirmOpeningCommand(tenderId, 0L), OTHER_BUYER);
        assertThat(world.queries.opening(tenderId).orElseThrow().getOpenedOfferIds())
                .containsExactly(submittedByA.offerId());
    }

    @Test
    void submittingWithdrawingAndSavingAndSubmittingEachTakeTheTendersLockOnceAndSoDoBothStepsOfTheOpening() {
        OfferReceipt receipt = world.submitted(SUPPLIER_A, "1000");
        assertThat(world.tenderLocks).isEqualTo(1);
        world.withdraw.withdraw(new WithdrawOfferCommand(receipt.offerId(), 0L), SUPPLIER_A);
        assertThat(world.tenderLocks).isEqualTo(2);
        world.saveAndSubmit.saveAndSubmit(new SaveOfferDraftCommand(tenderId, 0L, List.of(world.lot(1, "950"))),
                SUPPLIER_A);
        assertThat(world.tenderLocks).isEqualTo(3);
        world.clock.set(OfferFixtures.OPENABLE.instant());
        world.startOpening.start(new StartOpeningCommand(tenderId), BUYER);
        world.confirmOpening.confirm(new ConfirmOpeningCommand(tenderId, 0L), OTHER_BUYER);

        assertThat(world.tenderLocks).isEqualTo(5);
    }

    @Test
    void aSubmissionTakesTheLockLastAndIsRefusedIfTheOpeningStartedWhileItWasBeingSealed() {
        world.submitted(SUPPLIER_A, "1000");
        world.draft(SUPPLIER_B, "900");
        world.clock.set(OfferFixtures.OPENABLE.instant());
        world.arrival = DEADLINE.minusMillis(1);
        // the opening's start commits while B's submission is checked and sealed against the tender as published
        world.beforeNextLock = () -> world.startOpening.start(new StartOpeningCommand(tenderId), BUYER);

        assertThat(refusal(() -> world.saveAndSubmit.saveAndSubmit(new SaveOfferDraftCommand(tenderId, 0L,
                List.of(world.lot(1, "850"))), SUPPLIER_B))).containsExactly(SUBMISSION_CLOSED);
        assertThat(world.tender.getStatus()).isEqualTo(TenderStatus.SUBMISSION_CLOSED);
        assertThat(world.tenderLocks).as("A's submission, B's, and the opening's start within it").isEqualTo(3);
    }

    @Test
    void savingADraftAloneDoesNotWaitForTheLock() {
        world.draft(SUPPLIER_A, "1000");

        assertThat(world.tenderLocks).isZero();
    }
}
