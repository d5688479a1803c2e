package no.lis.tender.agreements.recommendations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import no.lis.tender.agreements.framework.domain.AgreementChanged;
import no.lis.tender.agreements.recommendations.application.ProposeRecommendationVersions;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Proposes the next versions of the recommendations resting on an agreement once its termination or
 * option decision has committed ({@link TransactionPhase#AFTER_SUCCESS}), in a transaction of its own
 * ({@link ProposeRecommendationVersions#proposeAfterCommit}). A failing proposal is logged and leaves
 * the decision as it was: the buyer can start the next version by hand, and an expired agreement is
 * looked for again by {@link RecommendationProposalTimer}.
 */
@ApplicationScoped
public class RecommendationProposalOnChange {

    private static final Logger LOG = Logger.getLogger(RecommendationProposalOnChange.class.getName());

    private final ProposeRecommendationVersions propose;

    @Inject
    public RecommendationProposalOnChange(ProposeRecommendationVersions propose) {
        this.propose = propose;
    }

    /** For the CDI proxy. */
    protected RecommendationProposalOnChange() {
        this(null);
    }

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgreementChanged event) {
        try {
            int proposed = propose.proposeAfterCommit(event);
            if (proposed > 0) {
                LOG.info(() -> proposed + " recommendation version(s) proposed after " + event);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "proposing recommendation versions after " + event
                    + " failed; the decision stands, and a buyer can start the next version", e);
        }
    }
}
