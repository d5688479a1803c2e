package no.lis.tender.offers.domain;

import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFixtures;
import no.lis.tender.tendering.domain.TenderStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static no.lis.tender.offers.domain.OfferFixtures.AFTER_DEADLINE;
import static no.lis.tender.offers.domain.OfferFixtures.AT_DEADLINE;
import static no.lis.tender.offers.domain.OfferFixtures.BUYER;
import static no.lis.tender.offers.domain.OfferFixtures.EARLY;
import static no.lis.tender.offers.domain.OfferFixtures.JUST_BEFORE;
import static no.lis.tender.offers.domain.OfferFixtures.OPENABLE;
import static no.lis.tender.offers.domain.OfferFixtures.OTHER_BUYER;
import static no.lis.tender.offers.domain.OfferFixtures.SUPPLIER_A;
import static no.lis.tender.offers.domain.OfferFixtures.SUPPLIER_B;
import static no.lis.tender.offers.domain.OfferFixtures.drafted;
import static no.lis.tender.offers.domain.OfferFixtures.submitted;
import static no.lis.tender.offers.domain.OfferFixtures.tender;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class TenderOpeningTest {

    private final PlainSeal seal = new PlainSeal();
    private final Tender tender = tender();

    @Test
    void openingCannotStartBeforeTheDeadlineNorInTheMinuteAfterItWhileOffersThatArrivedInTimeAreStillBeingReceived() {
        Violation tooEarly = new Violation(null, "offers.opening.beforeDeadline", Instant.parse("2026-03-01T11:01:00Z"));

        assertThat(refusal(() -> TenderOpening.start(tender, BUYER, JUST_BEFORE))).containsExactly(tooEarly);
        assertThat(refusal(() -> TenderOpening.start(tender, BUYER, AT_DEADLINE))).containsExactly(tooEarly);
        assertThat(refusal(() -> TenderOpening.start(tender, BUYER,
                TenderFixtures.at(OfferFixtures.DEADLINE.plusSeconds(59))))).containsExactly(tooEarly);
    }

    @Test
    void openingStartsAMinuteAfterTheDeadlineAndRecordsWhoAndWhen() {
        TenderOpening opening = TenderOpening.start(tender, BUYER, OPENABLE);

        assertThat(opening.getTenderId()).isEqualTo(tender.getId());
        assertThat(opening.getStartedBy()).isEqualTo(BUYER.username());
        assertThat(opening.getStartedAt()).isEqualTo(OPENABLE.instant());
        assertThat(opening.isConfirmed()).isFalse();
    }

    @Test
    void onlyABuyerStartsAnOpening() {
        assertThat(refusal(() -> TenderOpening.start(tender, SUPPLIER_A, OPENABLE)))
                .containsExactly(new Violation(null, "offers.buyersOnly"));
    }

    @Test
    void theOffersOfACancelledTenderAreNotOpened() {
        tender.cancel("Ingen gyldige tilbud", BUYER.username(), EARLY);

        assertThat(refusal(() -> TenderOpening.start(tender, BUYER, AFTER_DEADLINE)))
                .containsExactly(new Violation(null, "offers.opening.notPossible", TenderStatus.CANCELLED));
    }

    @Test
    void theBuyerWhoStartedCannotAlsoConfirm() {
        TenderOpening opening = TenderOpening.start(tender, BUYER, OPENABLE);

        assertThat(refusal(() -> opening.confirm(BUYER, List.of(), OfferFixtures.inspectedWith(seal), AFTER_DEADLINE)))
                .containsExactly(new Violation(null, "offers.opening.sameBuyer", BUYER.username()));
        assertThat(opening.isConfirmed()).isFalse();
    }

    @Test
    void onlyABuyerConfirms() {
        TenderOpening opening = TenderOpening.start(tender, BUYER, OPENABLE);

        assertThat(refusal(() -> opening.confirm(SUPPLIER_B, List.of(), OfferFixtures.inspectedWith(seal), AFTER_DEADLINE)))
                .containsExactly(new Violation(null, "offers.buyersOnly"));
    }

    @Test
    void aSecondBuyerConfirmsAndTheSubmittedOffersAreRecordedAsOpened() {
        Offer submitted = submitted(tender, SUPPLIER_A, 1, "1000.00", seal);
        Offer draftOnly = drafted(tender, SUPPLIER_B, 2, "900.00", seal);
        Reader supplierC = new Reader("carl@pharma-c.no", Set.of(Reader.SUPPLIER), 13L);
        Offer withdrawn = submitted(tender, supplierC, 3, "800.00", seal);
        withdrawn.withdraw(tender, seal, EARLY);
        TenderOpening opening = TenderOpening.start(tender, BUYER, OPENABLE);

        opening.confirm(OTHER_BUYER, List.of(submitted, draftOnly, withdrawn), OfferFixtures.inspectedWith(seal), AFTER_DEADLINE);

        assertThat(opening.isConfirmed()).isTrue();
        assertThat(opening.getStartedBy()).isEqualTo(BUYER.username());
        assertThat(opening.getConfirmedBy()).isEqualTo(OTHER_BUYER.username());
        assertThat(opening.getConfirmedAt()).isEqualTo(AFTER_DEADLINE.instant());
        assertThat(opening.getOpenedOfferIds()).containsExactly(1L);
    }

    @Test
    void anOpeningIsConfirmedOnlyOnce() {
        TenderOpening opening = TenderOpening.start(tender, BUYER, OPENABLE);
        opening.confirm(OTHER_BUYER, List.of(), OfferFixtures.inspectedWith(seal), AFTER_DEADLINE);

        assertThat(refusal(() -> opening.confirm(OTHER_BUYER, List.of(), OfferFixtures.inspectedWith(seal), AFTER_DEADLINE)))
                .containsExactly(new Violation(null, "offers.opening.alreadyConfirmed", OTHER_BUYER.username(),
                        Instant.parse("2026-03-01T12:00:00Z")));
    }
}
