package no.lis.tender.offers.application;

import no.lis.tender.offers.domain.Offer;
import no.lis.tender.offers.domain.OfferFixtures;
import no.lis.tender.offers.domain.OpeningCheck;
import no.lis.tender.offers.domain.OpeningOutcome;
import no.lis.tender.offers.domain.PlainSeal;
import no.lis.tender.offers.domain.Receipt;
import no.lis.tender.offers.domain.TenderOpening;
import no.lis.tender.shared.domain.SecurityEvent;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.TenderStatus;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;

import static no.lis.tender.offers.domain.OfferFixtures.ADMIN;
import static no.lis.tender.offers.domain.OfferFixtures.BUYER;
import static no.lis.tender.offers.domain.OfferFixtures.OTHER_BUYER;
import static no.lis.tender.offers.domain.OfferFixtures.SUPPLIER_A;
import static no.lis.tender.offers.domain.OfferFixtures.SUPPLIER_B;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class OpeningTest {

    private static final Violation SEALED = new Violation(null, "offers.sealed");

    private final OffersWorld world = new OffersWorld();
    private final OfferReceipt submittedByA = world.submitted(SUPPLIER_A, "1000");
    private final Long draftOfB = world.draft(SUPPLIER_B, "900");
    private final Long tenderId = world.tender.getId();

    private void start() {
        world.clock.set(OfferFixtures.OPENABLE.instant());
        world.startOpening.start(new StartOpeningCommand(tenderId), BUYER);
    }

    private void confirm() {
        world.clock.set(OfferFixtures.DEADLINE.plusSeconds(600));
        world.confirmOpening.confirm(new ConfirmOpeningCommand(tenderId, 0L), OTHER_BUYER);
    }

    @Test
    void openingCannotStartBeforeAMinuteAfterTheDeadline() {
        world.clock.set(OfferFixtures.DEADLINE.plusSeconds(59));

        assertThat(refusal(() -> world.startOpening.start(new StartOpeningCommand(tenderId), BUYER)))
                .containsExactly(new Violation(null, "offers.opening.beforeDeadline", Instant.parse("2026-03-01T11:01:00Z")));
        assertThat(world.queries.opening(tenderId)).isEmpty();
    }

    @Test
    void twoBuyersOpenTheSubmittedOffersAndTheTenderIsMarkedOpened() {
        start();
        confirm();

        TenderOpening opening = world.queries.opening(tenderId).orElseThrow();
        assertThat(opening.getStartedBy()).isEqualTo(BUYER.username());
        assertThat(opening.getConfirmedBy()).isEqualTo(OTHER_BUYER.username());
        assertThat(opening.getConfirmedAt()).isEqualTo(OfferFixtures.DEADLINE.plusSeconds(600));
        assertThat(opening.getOpenedOfferIds()).containsExactly(submittedByA.offerId()).doesNotContain(draftOfB);
        assertThat(world.tender.getStatus()).isEqualTo(TenderStatus.OPENED);
    }

    @Test
    void afterOpeningBuyersReadTheOpenedOffersWithTheirReceipts() {
        start();
        confirm();

        assertThat(world.queries.openedOffers(tenderId, BUYER)).singleElement().satisfies(opened -> {
            assertThat(opened.receipt()).isEqualTo(submittedByA);
            assertThat(opened.content().lots().get(0).unitPricePerPack()).isEqualByComparingTo("1000");
            assertThat(opened.content().sha256()).isEqualTo(submittedByA.sha256());
        });
    }

    @Test
    void theOpeningKeepsTheDigestsItComparedAndFindsTheOfferIntact() {
        start();
        confirm();

        OpeningCheck check = world.queries.opening(tenderId).orElseThrow().checkOf(submittedByA.offerId()).orElseThrow();
        assertThat(check.getOutcome()).isEqualTo(OpeningOutcome.INTACT);
        assertThat(check.getReceiptSha256()).isEqualTo(submittedByA.sha256()).isEqualTo(check.getOpenedSha256());
        assertThat(check.getSubmissionNumber()).isEqualTo(1);
        assertThat(world.securityEvents.fired()).extracting(SecurityEvent::kind)
                .containsExactly(SecurityEvent.Kind.OPENING_STARTED, SecurityEvent.Kind.OPENING_CONFIRMED);
    }

    @Test
    void aSubmissionCopiedFromAnotherOfferIsOpenedAsTamperedAndNeverRead() throws ReflectiveOperationException {
        OfferReceipt submittedByB = world.submit.submit(new SubmitOfferCommand(draftOfB, 0L), SUPPLIER_B);
        Offer offerOfB = world.offers.find(draftOfB).orElseThrow();
        Field submitted = Offer.class.getDeclaredField("submitted");
        submitted.setAccessible(true);
        submitted.set(offerOfB, submitted.get(world.offers.find(submittedByA.offerId()).orElseThrow()));

        start();
        confirm();

        TenderOpening opening = world.queries.opening(tenderId).orElseThrow();
        assertThat(opening.checkOf(draftOfB).orElseThrow()).satisfies(check -> {
            assertThat(check.getOutcome()).isEqualTo(OpeningOutcome.TAMPERED);
            assertThat(check.getOpenedSha256()).isNull();
            assertThat(check.getReceiptSha256()).isEqualTo(submittedByB.sha256());
            assertThat(check.getBrokenSlots()).isEqualTo("SUBMITTED 1");
        });
        assertThat(opening.getIntactOfferIds()).containsExactly(submittedByA.offerId());
        assertThat(world.queries.openedOffers(tenderId, BUYER)).filteredOn(o -> o.offerId().equals(draftOfB))
                .singleElement().satisfies(o -> assertThat(o.content()).isNull());
        assertThat(refusal(() -> offerOfB.contentFor(BUYER, opening, new PlainSeal()))).containsExactly(
                new Violation(null, "offers.opening.notIntact", draftOfB, OpeningOutcome.TAMPERED));
    }

    @Test
    void aSubmissionThatDoesNotMatchItsReceiptIsRecordedAsMismatchAndReported() throws ReflectiveOperationException {
        Receipt receipt = world.offers.find(submittedByA.offerId()).orElseThrow().lastReceipt().orElseThrow();
        Field sha256 = Receipt.class.getDeclaredField("sha256");
        sha256.setAccessible(true);
        sha256.set(receipt, "0".repeat(64));

        start();
        confirm();

        OpeningCheck check = world.queries.opening(tenderId).orElseThrow().checkOf(submittedByA.offerId()).orElseThrow();
        assertThat(check.getOutcome()).isEqualTo(OpeningOutcome.DIGEST_MISMATCH);
        assertThat(check.getOpenedSha256()).isEqualTo(submittedByA.sha256());
        assertThat(world.securityEvents.fired()).filteredOn(e -> e.kind() == SecurityEvent.Kind.RECEIPT_MISMATCH)
                .singleElement().satisfies(e -> assertThat(e.subject()).isEqualTo("offer:" + submittedByA.offerId()));
        assertThat(world.queries.openedOffers(tenderId, BUYER)).singleElement()
                .satisfies(o -> assertThat(o.content()).isNull());
    }

    @Test
    void aDraftCopiedOverIsRefusedToItsSupplierAndNamedAtTheOpening() throws ReflectiveOperationException {
        Offer offerOfA = world.offers.find(submittedByA.offerId()).orElseThrow();
        Field draft = Offer.class.getDeclaredField("draft");
        draft.setAccessible(true);
        Field submitted = Offer.class.getDeclaredField("submitted");
        submitted.setAccessible(true);
        draft.set(offerOfA, submitted.get(offerOfA));

        assertThat(refusal(() -> world.queries.ownOffer(tenderId, SUPPLIER_A)))
                .extracting(Violation::messageKey).containsExactly("offers.seal.broken");
        start();
        confirm();

        assertThat(world.queries.opening(tenderId).orElseThrow().checkOf(submittedByA.offerId()).orElseThrow())
                .satisfies(check -> {
                    assertThat(check.getOutcome()).as("the submission itself is intact").isEqualTo(OpeningOutcome.INTACT);
                    assertThat(check.getBrokenSlots()).isEqualTo("DRAFT 1");
                });
    }

    @Test
    void offersStaySealedToBuyersUntilASecondBuyerConfirms() {
        assertThat(refusal(() -> world.queries.openedOffers(tenderId, BUYER))).containsExactly(SEALED);
        start();
        assertThat(refusal(() -> world.queries.openedOffers(tenderId, BUYER))).containsExactly(SEALED);
    }

    @Test
    void anAdministratorCannotReadTheOffersEvenAfterOpening() {
        start();
        confirm();

        assertThat(refusal(() -> world.queries.openedOffers(tenderId, ADMIN))).containsExactly(SEALED);
    }

    @Test
    void theBuyerWhoStartedCannotConfirmAndTheTenderStaysUnopened() {
        start();

        assertThat(refusal(() -> world.confirmOpening.confirm(new ConfirmOpeningCommand(tenderId, 0L), BUYER)))
                .containsExactly(new Violation(null, "offers.opening.sameBuyer", BUYER.username()));
        // closed for submission by the start, but not opened
        assertThat(world.tender.getStatus()).isEqualTo(TenderStatus.SUBMISSION_CLOSED);
    }

    @Test
    void anOpeningIsStartedOnlyOnce() {
        start();

        assertThat(refusal(() -> world.startOpening.start(new StartOpeningCommand(tenderId), OTHER_BUYER)))
                .containsExactly(new Violation(null, "offers.opening.alreadyStarted", BUYER.username(),
                        Instant.parse("2026-03-01T11:01:00Z")));
    }

    @Test
    void anOpeningNotStartedCannotBeConfirmed() {
        world.clock.set(OfferFixtures.DEADLINE);

        assertThat(refusal(() -> world.confirmOpening.confirm(new ConfirmOpeningCommand(tenderId, 0L), OTHER_BUYER)))
                .containsExactly(new Violation(null, "offers.opening.notStarted"));
    }
}
