package no.lis.tender.offers.application;

import no.lis.tender.offers.domain.OfferFixtures;
import no.lis.tender.offers.domain.TenderOpening;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.TenderStatus;
import org.junit.jupiter.api.Test;

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
        world.clock.set(OfferFixtures.DEADLINE);
        world.startOpening.start(new StartOpeningCommand(tenderId), BUYER);
    }

    private void confirm() {
        world.clock.set(OfferFixtures.DEADLINE.plusSeconds(600));
        world.confirmOpening.confirm(new ConfirmOpeningCommand(tenderId, 0L), OTHER_BUYER);
    }

    @Test
    void openingCannotStartBeforeTheDeadline() {
        world.clock.set(OfferFixtures.DEADLINE.minusNanos(1));

        assertThat(refusal(() -> world.startOpening.start(new StartOpeningCommand(tenderId), BUYER)))
                .containsExactly(new Violation(null, "offers.opening.beforeDeadline", "01.03.2026 12:00"));
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
        assertThat(world.tender.getStatus()).isEqualTo(TenderStatus.PUBLISHED);
    }

    @Test
    void anOpeningIsStartedOnlyOnce() {
        start();

        assertThat(refusal(() -> world.startOpening.start(new StartOpeningCommand(tenderId), OTHER_BUYER)))
                .containsExactly(new Violation(null, "offers.opening.alreadyStarted", BUYER.username(),
                        "01.03.2026 12:00"));
    }

    @Test
    void anOpeningNotStartedCannotBeConfirmed() {
        world.clock.set(OfferFixtures.DEADLINE);

        assertThat(refusal(() -> world.confirmOpening.confirm(new ConfirmOpeningCommand(tenderId, 0L), OTHER_BUYER)))
                .containsExactly(new Violation(null, "offers.opening.notStarted"));
    }
}
