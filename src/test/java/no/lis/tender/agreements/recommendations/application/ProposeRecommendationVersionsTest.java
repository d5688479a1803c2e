package no.lis.tender.agreements.recommendations.application;

import no.lis.tender.agreements.award.domain.AwardFixtures;
import no.lis.tender.agreements.framework.domain.AgreementChanged;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementPrice;
import no.lis.tender.agreements.recommendations.domain.ChangeReason;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationLine;
import no.lis.tender.agreements.recommendations.domain.RecommendationStatus;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.BENEPALI;
import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.BUYER;
import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.HYRIMOZ;
import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.MEMBER;
import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.RA;
import static no.lis.tender.agreements.recommendations.application.RecommendationWorld.TO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Issue 16 item 5: a new recommendation version proposed by itself when an agreement it rests on ends or changes. */
class ProposeRecommendationVersionsTest {

    private static final LocalDate START = LocalDate.of(2026, 5, 1);
    private static final LocalDate END = LocalDate.of(2026, 8, 31);

    private final RecommendationWorld world = new RecommendationWorld();
    private final ProposeRecommendationVersions propose = new ProposeRecommendationVersions(world.recommendations,
            world.agreements, RecommendationWorld.CLOCK);
    private Long agreementId;

    /** Version 1 with Hyrimoz first choice under a framework agreement and Benepali second without one. */
    private Recommendation publishedOnAnAgreement() {
        FrameworkAgreement agreement = world.agreements.save(FrameworkAgreement.conclude(AwardFixtures.issued(), 1, "NO",
                List.of(new FrameworkAgreementPrice(AwardFixtures.ALFA, new Varenummer(HYRIMOZ), "Hyrimoz 40 mg penn",
                        new BigDecimal("2150.50"))), START, END, List.of(), BUYER, AwardFixtures.AFTER_STANDSTILL));
        agreementId = agreement.getId();
        Recommendation first = world.draft.startFirst(new DraftRecommendationCommand(world.reuma.getId(),
                RecommendationWorld.FROM, TO), BUYER);
        world.edit.add(first.getId(), first.getVersion(), new RecommendationLineCommand(RA, 1, HYRIMOZ, null,
                new BigDecimal("2150.50"), null, null, agreementId));
        world.edit.add(first.getId(), first.getVersion(), RecommendationWorld.line(RA, 2, BENEPALI, "3410.00", null));
        world.approve.approve(first.getId(), first.getVersion(), MEMBER);
        world.publish.publish(first.getId(), first.getVersion(), BUYER);
        return first;
    }

    private Recommendation proposal() {
        return world.recommendations.findVersion(world.reuma.getId(), 2).orElseThrow();
    }

    @Test
    void aTerminatedAgreementProposesADraftFromTheDayAfterItsLastDayWithoutItsLines() {
        publishedOnAnAgreement();

        int proposed = propose.propose(new AgreementChanged(agreementId, AgreementChanged.Change.TERMINATED,
                LocalDate.of(2026, 6, 30)));

        assertThat(proposed).isEqualTo(1);
        Recommendation next = proposal();
        assertThat(next.getStatus()).isEqualTo(RecommendationStatus.DRAFT);
        assertThat(next.getChangeReason()).isEqualTo(ChangeReason.AGREEMENT_TERMINATED);
        assertThat(next.getValidFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(next.getValidTo()).isEqualTo(TO);
        assertThat(next.getCreated().actor()).isEqualTo(Recommendation.PROPOSER);
        assertThat(next.getProposedForAgreementId()).isEqualTo(agreementId);
        assertThat(next.getLines()).extracting(line -> line.getVarenummer().value()).containsExactly(BENEPALI);
        assertThat(next.isAwaitingConfirmation()).isTrue();
    }

    @Test
    void theProposalGoesToApprovalOnlyOnceABuyerHasConfirmedIt() {
        publishedOnAnAgreement();
        propose.propose(new AgreementChanged(agreementId, AgreementChanged.Change.OPTION_EXERCISED, null));
        Recommendation next = proposal();
        assertThat(next.getLines()).as("an agreement changed, not ended: its lines stay").hasSize(2);
        assertThat(next.getValidFrom()).as("from tomorrow").isEqualTo(LocalDate.of(2026, 3, 3));

        DomainException unconfirmed = catchThrowableOfType(DomainException.class,
                () -> world.approve.approve(next.getId(), next.getVersion(), MEMBER));
        assertThat(unconfirmed.violations().get(0).messageKey()).isEqualTo("recommendation.proposal.unconfirmed");

        new ConfirmRecommendationProposal(world.recommendations, RecommendationWorld.CLOCK)
                .confirm(next.getId(), next.getVersion(), BUYER);
        assertThat(next.getConfirmedBy()).isEqualTo(BUYER);
        world.approve.approve(next.getId(), next.getVersion(), MEMBER);
        assertThat(next.getStatus()).isEqualTo(RecommendationStatus.APPROVED);
    }

    @Test
    void nothingIsProposedTwiceNorForARecommendationThatDoesNotRestOnTheAgreement() {
        publishedOnAnAgreement();
        AgreementChanged terminated = new AgreementChanged(agreementId, AgreementChanged.Change.TERMINATED,
                LocalDate.of(2026, 6, 30));
        propose.propose(terminated);

        assertThat(propose.propose(terminated)).as("version 2 is already being worked on").isZero();
        assertThat(propose.propose(new AgreementChanged(agreementId + 1, AgreementChanged.Change.TERMINATED,
                LocalDate.of(2026, 6, 30)))).as("another agreement").isZero();
        assertThat(world.recommendations.findByTherapeuticArea(world.reuma.getId())).hasSize(2);
    }

    @Test
    void anAgreementThatHasExpiredWhileTheRecommendationRunsOnIsFoundAndProposedFor() {
        publishedOnAnAgreement();
        Clock september = Clock.fixed(Instant.parse("2026-09-02T08:00:00Z"), ZoneId.of("Europe/Oslo"));
        ProposeRecommendationVersions later = new ProposeRecommendationVersions(world.recommendations, world.agreements,
                september);
        assertThat(propose.proposeForExpired()).as("in March the agreement has not started").isZero();

        assertThat(later.proposeForExpired()).isEqualTo(1);
        assertThat(proposal().getChangeReason()).isEqualTo(ChangeReason.AGREEMENT_EXPIRED);
        assertThat(proposal().getValidFrom()).isEqualTo(END.plusDays(1));
        assertThat(proposal().getLines()).extracting(RecommendationLine::getVarenummer)
                .containsExactly(new Varenummer(BENEPALI));
    }
}
