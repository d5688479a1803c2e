package no.lis.tender.agreements.recommendations.application;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.agreements.framework.domain.AgreementChanged;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementRepository;
import no.lis.tender.agreements.recommendations.domain.ChangeReason;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationRepository;
import no.lis.tender.agreements.recommendations.domain.RecommendationLine;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.tendering.domain.Timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Proposes the next version of every recommendation in force that rests on an agreement that was
 * terminated, changed or has expired ({@link Recommendation#proposeAfter}), for a buyer to confirm.
 * Nothing is proposed for an area whose next version is already being worked on. Termination and
 * options tell it by {@link AgreementChanged} once their transaction has committed, and it proposes in
 * a transaction of its own ({@link #proposeAfterCommit}, called by {@code RecommendationProposalOnChange}),
 * so a failing proposal never undoes the decision; expiry is looked for by a timer
 * ({@code RecommendationProposalTimer}).
 */
@UseCase
public class ProposeRecommendationVersions {

    private final RecommendationRepository recommendations;
    private final FrameworkAgreementRepository agreements;
    private final Clock clock;

    @Inject
    public ProposeRecommendationVersions(RecommendationRepository recommendations,
                                         FrameworkAgreementRepository agreements, Clock clock) {
        this.recommendations = recommendations;
        this.agreements = agreements;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected ProposeRecommendationVersions() {
        this(null, null, null);
    }

    /**
     * Proposes the versions after {@code event} in a new transaction: called once the termination or
     * option decision has committed, so that a failure here rolls back only the proposal.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int proposeAfterCommit(AgreementChanged event) {
        return propose(event);
    }

    /** Proposes the versions after {@code event}; how many. */
    public int propose(AgreementChanged event) {
        ChangeReason reason = switch (event.change()) {
            case TERMINATED -> ChangeReason.AGREEMENT_TERMINATED;
            case OPTION_DECLINED -> ChangeReason.OPTION_DECLINED;
            case OPTION_EXERCISED -> ChangeReason.AGREEMENT_CHANGED;
            case EXPIRED -> ChangeReason.AGREEMENT_EXPIRED;
        };
        LocalDate today = Timeline.osloDate(clock.instant());
        int proposed = 0;
        for (Recommendation inForce : recommendations.findAllPublished()) {
            if (nextIsPending(inForce)) {
                continue;
            }
            var next = inForce.proposeAfter(event.agreementId(), reason, event.lastDay(), today, clock);
            if (next.isPresent()) {
                recommendations.save(next.get());
                proposed++;
            }
        }
        return proposed;
    }

    /**
     * Proposes versions for the agreements that recommendations in force rest on and that have
     * expired (their end passed, not terminated) while the version still runs past their end.
     */
    public int proposeForExpired() {
        LocalDate today = Timeline.osloDate(clock.instant());
        Map<Long, LocalDate> expired = new TreeMap<>();
        for (Recommendation inForce : recommendations.findAllPublished()) {
            inForce.getLines().stream().map(RecommendationLine::getFrameworkAgreementId).filter(Objects::nonNull)
                    .distinct().flatMap(id -> agreements.findById(id).stream())
                    .filter(agreement -> !agreement.isTerminated() && agreement.getEnd().isBefore(today)
                            && agreement.getEnd().isBefore(inForce.getValidTo()))
                    .forEach(agreement -> expired.put(agreement.getId(), agreement.getEnd()));
        }
        return expired.entrySet().stream().mapToInt(agreement -> propose(new AgreementChanged(agreement.getKey(),
                AgreementChanged.Change.EXPIRED, agreement.getValue()))).sum();
    }

    private boolean nextIsPending(Recommendation inForce) {
        return recommendations.findByTherapeuticArea(inForce.getTherapeuticAreaId()).stream()
                .anyMatch(version -> !version.getStatus().hasBeenPublished());
    }
}
