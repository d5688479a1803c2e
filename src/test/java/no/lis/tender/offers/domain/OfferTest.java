package no.lis.tender.offers.domain;

import no.lis.tender.shared.Stored;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static no.lis.tender.offers.domain.OfferFixtures.ADMIN;
import static no.lis.tender.offers.domain.OfferFixtures.AFTER_DEADLINE;
import static no.lis.tender.offers.domain.OfferFixtures.AT_DEADLINE;
import static no.lis.tender.offers.domain.OfferFixtures.BUYER;
import static no.lis.tender.offers.domain.OfferFixtures.EARLY;
import static no.lis.tender.offers.domain.OfferFixtures.JUST_BEFORE;
import static no.lis.tender.offers.domain.OfferFixtures.OTHER_BUYER;
import static no.lis.tender.offers.domain.OfferFixtures.SUPPLIER_A;
import static no.lis.tender.offers.domain.OfferFixtures.SUPPLIER_B;
import static no.lis.tender.offers.domain.OfferFixtures.content;
import static no.lis.tender.offers.domain.OfferFixtures.drafted;
import static no.lis.tender.offers.domain.OfferFixtures.lot;
import static no.lis.tender.offers.domain.OfferFixtures.submitted;
import static no.lis.tender.offers.domain.OfferFixtures.tender;
import static no.lis.tender.tendering.domain.TenderFixtures.at;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OfferTest {

    private final PlainSeal seal = new PlainSeal();
    private final Tender tender = tender();

    /** The three things a supplier does with an offer, each from the state where it is allowed. */
    enum Change {
        SAVE_DRAFT, SUBMIT, WITHDRAW;

        void on(Offer offer, Tender tender, OfferSeal seal, Clock clock) {
            switch (this) {
                case SAVE_DRAFT -> offer.saveDraft(tender, content("900.00"), seal, clock);
                case SUBMIT -> offer.submit(tender, seal, clock);
                case WITHDRAW -> offer.withdraw(tender, seal, clock);
            }
        }

        /** Whether the change shows on the offer. */
        boolean tookEffectOn(Offer offer, Clock clock) {
            return switch (this) {
                case SAVE_DRAFT -> clock.instant().equals(offer.getDraftSavedAt());
                case SUBMIT -> offer.getStatus() == OfferStatus.SUBMITTED && offer.getReceipts().size() == 1;
                case WITHDRAW -> offer.getStatus() == OfferStatus.WITHDRAWN;
            };
        }

        Offer readyOffer(Tender tender, OfferSeal seal) {
            return this == WITHDRAW ? submitted(tender, SUPPLIER_A, 1, "1000.00", seal)
                    : drafted(tender, SUPPLIER_A, 1, "1000.00", seal);
        }
    }

    @Nested
    class Deadline {

        @ParameterizedTest
        @EnumSource(Change.class)
        void oneNanosecondBeforeTheDeadlineIsInTime(Change change) {
            Offer offer = change.readyOffer(tender, seal);

            change.on(offer, tender, seal, JUST_BEFORE);

            assertThat(change.tookEffectOn(offer, JUST_BEFORE)).isTrue();
        }

        @ParameterizedTest
        @EnumSource(Change.class)
        void atTheDeadlineExactlyIsTooLateAndTheMessageNamesTheDeadlineInOsloTime(Change change) {
            Offer offer = change.readyOffer(tender, seal);

            assertThat(refusal(() -> change.on(offer, tender, seal, AT_DEADLINE)))
                    .containsExactly(new Violation(null, "offers.deadlinePassed", Instant.parse("2026-03-01T11:00:00Z")));
        }

        @ParameterizedTest
        @EnumSource(Change.class)
        void afterTheDeadlineIsTooLate(Change change) {
            Offer offer = change.readyOffer(tender, seal);

            assertThat(refusal(() -> change.on(offer, tender, seal, AFTER_DEADLINE)))
                    .extracting(Violation::messageKey).containsExactly("offers.deadlinePassed");
        }

        @Test
        void aLateSubmissionLeavesTheOfferAsItWas() {
            Offer offer = submitted(tender, SUPPLIER_A, 1, "1000.00", seal);
            offer.saveDraft(tender, content("800.00"), seal, EARLY);

            refusal(() -> offer.submit(tender, seal, AT_DEADLINE));

            assertThat(offer.getReceipts()).hasSize(1);
            assertThat(offer.contentFor(SUPPLIER_A, null, seal).orElseThrow().lots().get(0).unitPricePerPack())
                    .isEqualByComparingTo("1000.00");
        }

        @Test
        void aCancelledTenderTakesNoOffers() {
            tender.cancel("Feil i konkurransegrunnlaget", BUYER.username(), EARLY);

            assertThat(refusal(() -> drafted(tender, SUPPLIER_A, 1, "1000.00", seal)))
                    .containsExactly(new Violation(null, "offers.tenderNotOpenForOffers", TenderStatus.CANCELLED));
        }
    }

    @Nested
    class Submission {

        @Test
        void submittingGivesReceiptOneWithTheServerTimeTheDigestAndTheLots() {
            Offer offer = drafted(tender, SUPPLIER_A, 1, "1000.00", seal);
            OfferContent draft = offer.draftFor(SUPPLIER_A, seal).orElseThrow();

            Receipt receipt = offer.submit(tender, seal, JUST_BEFORE).receipt();

            assertThat(receipt.getSubmissionNumber()).isEqualTo(1);
            assertThat(receipt.getReceivedAt()).isEqualTo(JUST_BEFORE.instant().truncatedTo(ChronoUnit.MICROS))
                    .isBefore(OfferFixtures.DEADLINE);
            assertThat(receipt.getSha256()).isEqualTo(draft.sha256());
            assertThat(offer.lotsOf(receipt, SUPPLIER_A, seal)).containsExactly(1);
            assertThat(offer.getStatus()).isEqualTo(OfferStatus.SUBMITTED);
        }

        @Test
        void withdrawingThenSubmittingAgainGivesReceiptTwoAndOnlyTheLastSubmissionCounts() {
            Offer offer = submitted(tender, SUPPLIER_A, 1, "1000.00", seal);
            Clock later = at(EARLY.instant().plusSeconds(60));

            offer.withdraw(tender, seal, later);
            assertThat(offer.getStatus()).isEqualTo(OfferStatus.WITHDRAWN);
            assertThat(offer.isSubmitted()).isFalse();

            OfferContent cheaper = OfferContent.of(List.of(lot(1, "950.00"), lot(2, "400.00")));
            offer.saveDraft(tender, cheaper, seal, later);
            Receipt second = offer.submit(tender, seal, JUST_BEFORE).receipt();

            assertThat(offer.getReceipts()).extracting(Receipt::getSubmissionNumber, Receipt::getWithdrawnAt)
                    .containsExactly(tuple(1, later.instant()), tuple(2, null));
            assertThat(second.getSha256()).isEqualTo(cheaper.sha256());
            assertThat(offer.lastReceipt()).contains(second);
            assertThat(offer.lotsOf(second, SUPPLIER_A, seal)).containsExactly(1, 2);
            assertThat(offer.contentFor(SUPPLIER_A, null, seal)).contains(cheaper);
        }

        @Test
        void aNewDraftDoesNotCountUntilItIsSubmitted() {
            Offer offer = submitted(tender, SUPPLIER_A, 1, "1000.00", seal);
            OfferContent submittedContent = offer.contentFor(SUPPLIER_A, null, seal).orElseThrow();

            offer.saveDraft(tender, content("1.00"), seal, EARLY);

            assertThat(offer.isSubmitted()).isTrue();
            assertThat(offer.contentFor(SUPPLIER_A, null, seal)).contains(submittedContent);
            assertThat(offer.getReceipts()).hasSize(1);
        }

        @Test
        void submittingAgainWithoutWithdrawingReplacesTheSubmission() {
            Offer offer = submitted(tender, SUPPLIER_A, 1, "1000.00", seal);
            offer.saveDraft(tender, content("990.00"), seal, EARLY);

            Receipt second = offer.submit(tender, seal, EARLY).receipt();

            assertThat(second.getSubmissionNumber()).isEqualTo(2);
            assertThat(offer.contentFor(SUPPLIER_A, null, seal).orElseThrow().sha256()).isEqualTo(second.getSha256());
        }

        @Test
        void withdrawingAnOfferNeverSubmittedIsRefused() {
            Offer offer = drafted(tender, SUPPLIER_A, 1, "1000.00", seal);

            assertThat(refusal(() -> offer.withdraw(tender, seal, EARLY)))
                    .containsExactly(new Violation(null, "offers.notSubmitted"));
        }

        @Test
        void withdrawingTwiceIsRefused() {
            Offer offer = submitted(tender, SUPPLIER_A, 1, "1000.00", seal);
            offer.withdraw(tender, seal, EARLY);

            assertThat(refusal(() -> offer.withdraw(tender, seal, EARLY)))
                    .containsExactly(new Violation(null, "offers.notSubmitted"));
        }

        @Test
        void submittingWithoutADraftIsRefused() {
            Offer offer = Stored.withId(Offer.start(tender, SUPPLIER_A, EARLY), 1);

            assertThat(refusal(() -> offer.submit(tender, seal, EARLY)))
                    .containsExactly(new Violation(null, "offers.noDraft"));
        }

        @Test
        void aDraftWithoutLotsCanBeSavedButNotSubmitted() {
            Offer offer = Stored.withId(Offer.start(tender, SUPPLIER_A, EARLY), 1);
            offer.saveDraft(tender, OfferContent.of(List.of()), seal, EARLY);

            assertThat(refusal(() -> offer.submit(tender, seal, EARLY)))
                    .containsExactly(new Violation("lots", "offers.lotsRequired"));
        }

        @Test
        void aDraftForALotTheTenderDoesNotHaveIsRefused() {
            Offer offer = Stored.withId(Offer.start(tender, SUPPLIER_A, EARLY), 1);

            assertThat(refusal(() -> offer.saveDraft(tender, OfferContent.of(List.of(lot(7, "10"))), seal, EARLY)))
                    .containsExactly(new Violation("lots[0].lotNumber", "offers.lot.unknown", 7));
        }

        @Test
        void onlyASuppliersUserStartsAnOffer() {
            assertThat(refusal(() -> Offer.start(tender, BUYER, EARLY)))
                    .containsExactly(new Violation(null, "offers.suppliersOnly"));
        }
    }

    @Nested
    class Sealed {

        private final Offer offer = submitted(tender, SUPPLIER_A, 1, "1000.00", seal);

        private TenderOpening confirmedOpening() {
            TenderOpening opening = Stored.withId(TenderOpening.start(tender, BUYER, OfferFixtures.OPENABLE), 1);
            opening.confirm(OTHER_BUYER, List.of(offer), OfferFixtures.inspectedWith(seal), AFTER_DEADLINE);
            return opening;
        }

        @Test
        void theSupplierReadsItsOwnDraftAndSubmission() {
            assertThat(offer.contentFor(SUPPLIER_A, null, seal).orElseThrow().lots().get(0).unitPricePerPack())
                    .isEqualByComparingTo("1000.00");
            assertThat(offer.draftFor(SUPPLIER_A, seal)).isPresent();
        }

        @Test
        void anotherSupplierIsToldThereIsNoSuchOfferEvenAfterOpening() {
            assertThat(refusal(() -> offer.contentFor(SUPPLIER_B, confirmedOpening(), seal)))
                    .containsExactly(new Violation(null, "offers.notYours"));
            assertThat(refusal(() -> offer.draftFor(SUPPLIER_B, seal)))
                    .containsExactly(new Violation(null, "offers.notYours"));
        }

        @Test
        void aBuyerCannotReadBeforeTheOpeningIsConfirmed() {
            TenderOpening started = Stored.withId(TenderOpening.start(tender, BUYER, OfferFixtures.OPENABLE), 1);

            assertThat(refusal(() -> offer.contentFor(BUYER, null, seal)))
                    .containsExactly(new Violation(null, "offers.sealed"));
            assertThat(refusal(() -> offer.contentFor(BUYER, started, seal)))
                    .containsExactly(new Violation(null, "offers.sealed"));
        }

        @Test
        void anAdministratorCannotReadBeforeOpening() {
            assertThat(refusal(() -> offer.contentFor(ADMIN, null, seal)))
                    .containsExactly(new Violation(null, "offers.sealed"));
        }

        @Test
        void aBuyerReadsAnOpenedOfferOnceTheOpeningIsConfirmed() {
            assertThat(offer.contentFor(BUYER, confirmedOpening(), seal).orElseThrow().lots().get(0).unitPricePerPack())
                    .isEqualByComparingTo("1000.00");
        }

        @Test
        void anAdministratorStillCannotReadAfterOpening() {
            assertThat(refusal(() -> offer.contentFor(ADMIN, confirmedOpening(), seal)))
                    .containsExactly(new Violation(null, "offers.sealed"));
        }

        @Test
        void noOneButTheSupplierReadsADraftEvenAfterOpening() {
            confirmedOpening();

            assertThat(refusal(() -> offer.draftFor(BUYER, seal)))
                    .containsExactly(new Violation(null, "offers.notYours"));
        }

        @Test
        void aBuyerCannotReadAnOfferThatWasWithdrawnBeforeTheOpening() {
            Offer withdrawn = submitted(tender, SUPPLIER_B, 2, "800.00", seal);
            withdrawn.withdraw(tender, seal, EARLY);
            TenderOpening opening = Stored.withId(TenderOpening.start(tender, BUYER, OfferFixtures.OPENABLE), 1);
            opening.confirm(OTHER_BUYER, List.of(offer, withdrawn), OfferFixtures.inspectedWith(seal), AFTER_DEADLINE);

            assertThat(refusal(() -> withdrawn.contentFor(BUYER, opening, seal)))
                    .containsExactly(new Violation(null, "offers.notOpened"));
        }
    }
}
