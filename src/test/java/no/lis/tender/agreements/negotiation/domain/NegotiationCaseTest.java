package no.lis.tender.agreements.negotiation.domain;

import no.lis.tender.agreements.framework.domain.NyeMetoderId;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.CLOCK;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class NegotiationCaseTest {

    /** The fixtures' clock reads 10 January 2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 10);
    private static final LocalDate RECEIVED = LocalDate.of(2025, 9, 1);

    static NegotiationCase opened() {
        return NegotiationCase.open(new CaseOpening(new NyeMetoderId("ID2025_047"), "Nyvirk ved myelomatose",
                new Varenummer("123456"), "Nyvirk 100 mg", "Alfa Pharma AS", new BigDecimal("60000.00"), RECEIVED,
                new HealthEconomics(new BigDecimal("0.8"), new BigDecimal("40000"), new BigDecimal("13"),
                        new BigDecimal("22"))), BUYER, CLOCK);
    }

    @Test
    void offersComeInNumberedRoundsAndThePriceNoteFollowsTheLast() {
        NegotiationCase negotiation = opened();

        negotiation.recordOffer(new BigDecimal("10"), null, RECEIVED.plusDays(20), CLOCK);
        PriceOffer second = negotiation.recordOffer(null, new BigDecimal("47000"), RECEIVED.plusDays(40), CLOCK);

        assertThat(negotiation.getOffers()).extracting(PriceOffer::getRound).containsExactly(1, 2);
        assertThat(negotiation.getOffers().get(0).netPriceOff(negotiation.getMaximumPrice()))
                .as("60 000 less 10 %").isEqualByComparingTo("54000.00");
        assertThat(second.isRebate()).isFalse();
        assertThat(negotiation.priceNote().netPrice()).isEqualByComparingTo("47000");
        assertThat(negotiation.priceNote().meetsLimit()).isTrue();
        assertThat(negotiation.timeline()).containsEntry(Milestone.PRICE_OFFER, RECEIVED.plusDays(20));
    }

    @Test
    void anOfferIsARebateOrANetPriceNeverBothOrNeither() {
        NegotiationCase negotiation = opened();
        Violation rule = new Violation("netPrice", "negotiation.offer.priceOrRebate");

        assertThat(refusal(() -> negotiation.recordOffer(BigDecimal.TEN, new BigDecimal("50000"), TODAY, CLOCK)))
                .containsExactly(rule);
        assertThat(refusal(() -> negotiation.recordOffer(null, null, TODAY, CLOCK))).containsExactly(rule);
        assertThat(refusal(() -> negotiation.recordOffer(null, new BigDecimal("60000.01"), TODAY, CLOCK)))
                .extracting(Violation::messageKey).containsExactly("negotiation.offer.netPriceOutOfRange");
        assertThat(refusal(() -> negotiation.recordOffer(new BigDecimal("100"), null, TODAY, CLOCK)))
                .extracting(Violation::messageKey).containsExactly("negotiation.offer.rebateOutOfRange");
        assertThat(negotiation.getOffers()).isEmpty();
    }

    @Test
    void anOfferCannotComeBeforeTheLastRoundOrAfterToday() {
        NegotiationCase negotiation = opened();
        negotiation.recordOffer(BigDecimal.TEN, null, RECEIVED.plusDays(20), CLOCK);

        assertThat(refusal(() -> negotiation.recordOffer(BigDecimal.ONE, null, RECEIVED.plusDays(19), CLOCK)))
                .extracting(Violation::field, Violation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("receivedOn", "negotiation.date.beforeLast"));
        assertThat(refusal(() -> negotiation.recordOffer(BigDecimal.ONE, null, TODAY.plusDays(1), CLOCK)))
                .extracting(Violation::messageKey).containsExactly("negotiation.date.future");
    }

    @Test
    void waitingForTheSupplierStopsTheClockUntilTheNextOffer() {
        NegotiationCase negotiation = opened();
        negotiation.waitForSupplier(RECEIVED.plusDays(10), CLOCK);

        assertThat(negotiation.isWaitingForSupplier()).isTrue();
        assertThat(negotiation.clock(CLOCK).running()).isFalse();
        assertThat(negotiation.clock(CLOCK).daysUsed()).isEqualTo(10);
        assertThat(refusal(() -> negotiation.waitForSupplier(RECEIVED.plusDays(11), CLOCK)))
                .extracting(Violation::messageKey).containsExactly("negotiation.alreadyWaiting");

        negotiation.recordOffer(BigDecimal.TEN, null, RECEIVED.plusDays(70), CLOCK);

        assertThat(negotiation.isWaitingForSupplier()).isFalse();
        assertThat(negotiation.clock(CLOCK).daysStopped()).isEqualTo(60);
        assertThat(negotiation.clock(CLOCK).daysUsed()).as("131 days since received, 60 of them waiting")
                .isEqualTo(71);
    }

    @Test
    void thePriceNoteIsSentOnAnOfferAndTheForumMeetsAfterIt() {
        NegotiationCase negotiation = opened();
        assertThat(refusal(() -> negotiation.sendPriceNote(TODAY, CLOCK))).extracting(Violation::messageKey)
                .containsExactly("negotiation.priceNote.noOffer");
        assertThat(refusal(() -> negotiation.scheduleDecisionForum(TODAY))).extracting(Violation::messageKey)
                .containsExactly("negotiation.forum.noPriceNote");

        negotiation.recordOffer(new BigDecimal("25"), null, RECEIVED.plusDays(20), CLOCK);
        negotiation.sendPriceNote(RECEIVED.plusDays(25), CLOCK);
        negotiation.scheduleDecisionForum(TODAY.plusDays(30));

        assertThat(negotiation.getPriceNoteRound()).isEqualTo(1);
        assertThat(negotiation.timeline()).containsEntry(Milestone.PRICE_NOTE_SENT, RECEIVED.plusDays(25))
                .containsEntry(Milestone.DECISION_FORUM, TODAY.plusDays(30));
    }

    @Test
    void aPriceAboveTheLimitIsNotAgreedAndTheRefusalNamesTheBreakEvenPrice() {
        NegotiationCase negotiation = opened();
        negotiation.recordOffer(BigDecimal.TEN, null, RECEIVED.plusDays(20), CLOCK);

        assertThat(refusal(() -> negotiation.agree(TODAY, TODAY.plusDays(14), CLOCK)))
                .containsExactly(new Violation(null, "negotiation.agree.aboveLimit", new BigDecimal("47692.30")));
        assertThat(negotiation.getStatus()).isEqualTo(NegotiationStatus.OPEN);
    }

    @Test
    void anAgreedPriceClosesTheCaseAndStopsTheClock() {
        NegotiationCase negotiation = opened();
        negotiation.recordOffer(new BigDecimal("25"), null, RECEIVED.plusDays(20), CLOCK);

        negotiation.agree(RECEIVED.plusDays(100), RECEIVED.plusDays(115), CLOCK);
        negotiation.linkAgreement(7L);

        assertThat(negotiation.getStatus()).isEqualTo(NegotiationStatus.AGREED);
        assertThat(negotiation.getDirectAgreementId()).isEqualTo(7L);
        assertThat(negotiation.clock(CLOCK).daysUsed()).isEqualTo(100);
        assertThat(negotiation.timeline()).containsEntry(Milestone.IN_FORCE, RECEIVED.plusDays(115));
        assertThat(refusal(() -> negotiation.recordOffer(BigDecimal.ONE, null, TODAY, CLOCK)))
                .extracting(Violation::messageKey).containsExactly("negotiation.closed");
    }

    @Test
    void aRefusalNeedsTheReasonAndClosesTheCase() {
        NegotiationCase negotiation = opened();
        assertThat(refusal(() -> negotiation.refuse(" ", TODAY, CLOCK))).extracting(Violation::field)
                .containsExactly("reason");

        negotiation.refuse("Leverandøren ville ikke gå under maksimalprisen.", TODAY, CLOCK);

        assertThat(negotiation.getStatus()).isEqualTo(NegotiationStatus.REFUSED);
        assertThat(negotiation.getRefusalReason()).startsWith("Leverandøren");
        assertThat(negotiation.timeline()).containsEntry(Milestone.DECISION, TODAY);
    }

    @ParameterizedTest(name = "\"{0}\" is no Nye metoder id")
    @ValueSource(strings = {"ID25_047", "id2025_047", "ID2025-047", "ID2025_47", "2025_047"})
    void theCaseIdReadsLikeID2025_047(String id) {
        assertThat(refusal(() -> new NyeMetoderId(id))).extracting(Violation::messageKey)
                .containsExactly("agreements.nyeMetoderId.invalid");
    }
}
