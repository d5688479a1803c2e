package no.lis.tender.agreements.recommendations.infrastructure;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import no.lis.tender.agreements.AgreementsWorld;
import no.lis.tender.agreements.award.domain.AwardFixtures;
import no.lis.tender.agreements.framework.application.TerminateAgreement;
import no.lis.tender.agreements.framework.domain.AgreementChanged;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementPrice;
import no.lis.tender.agreements.recommendations.application.ProposeRecommendationVersions;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.RecordedEvents;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Issue 16 leftover: the automatic proposal runs after the decision has committed, in its own transaction. */
class RecommendationProposalOnChangeTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate END = LocalDate.of(2028, 8, 31);

    /** A proposal that fails, as a database error or a broken rule would make it. */
    private static final class FailingProposal extends ProposeRecommendationVersions {
        final List<AgreementChanged> tried = new ArrayList<>();

        @Override
        public int proposeAfterCommit(AgreementChanged event) {
            tried.add(event);
            throw new IllegalStateException("the proposal failed");
        }
    }

    @Test
    void aFailingProposalLeavesTheTerminationInPlaceAndIsNotThrownAtTheBuyer() {
        AgreementsWorld.Frameworks frameworks = new AgreementsWorld.Frameworks();
        FrameworkAgreement agreement = frameworks.save(FrameworkAgreement.conclude(AwardFixtures.issued(), 1, "NO",
                List.of(new FrameworkAgreementPrice(AwardFixtures.ALFA, new Varenummer("183264"), "Hyrimoz 40 mg penn",
                        new BigDecimal("2150.50"))), START, END, List.of(), "kari", AwardFixtures.AFTER_STANDSTILL));
        RecordedEvents<AgreementChanged> committed = new RecordedEvents<>();
        Clock inForce = Clock.fixed(START.plusMonths(6).atStartOfDay(ZoneId.of("Europe/Oslo")).toInstant(),
                ZoneId.of("Europe/Oslo"));
        new TerminateAgreement(frameworks, committed, inForce).terminate(agreement.getId(), agreement.getVersion(),
                START.plusMonths(8), "Leverandøren kan ikke levere.", "kari");
        FailingProposal failing = new FailingProposal();
        RecommendationProposalOnChange onChange = new RecommendationProposalOnChange(failing);

        // what the container does once the termination has committed
        assertThatCode(() -> committed.fired().forEach(onChange::on)).doesNotThrowAnyException();

        assertThat(failing.tried).extracting(AgreementChanged::change).containsExactly(AgreementChanged.Change.TERMINATED);
        assertThat(frameworks.findById(agreement.getId()).orElseThrow().isTerminated()).isTrue();
        assertThat(frameworks.findById(agreement.getId()).orElseThrow().getTerminatedOn()).isEqualTo(START.plusMonths(8));
    }

    @Test
    void theProposalIsToldOnlyAfterTheDecisionCommittedAndRunsInATransactionOfItsOwn() throws NoSuchMethodException {
        Observes observes = RecommendationProposalOnChange.class.getDeclaredMethod("on", AgreementChanged.class)
                .getParameters()[0].getAnnotation(Observes.class);
        assertThat(observes.during()).as("not in the decision's transaction").isEqualTo(TransactionPhase.AFTER_SUCCESS);
        Transactional own = ProposeRecommendationVersions.class.getMethod("proposeAfterCommit", AgreementChanged.class)
                .getAnnotation(Transactional.class);
        assertThat(own.value()).isEqualTo(Transactional.TxType.REQUIRES_NEW);
    }
}
