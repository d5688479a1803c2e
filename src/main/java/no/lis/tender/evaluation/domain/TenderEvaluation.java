package no.lis.tender.evaluation.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Stamp;
import no.lis.tender.shared.domain.Versioned;
import no.lis.tender.tendering.domain.Lot;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The evaluation of one tender as the buyer runs it: whether the specialist group's members may see
 * prices while they score (by default they may not: quality is judged blind to price), and the last
 * ranking computed, with who ran it, when and how many lots it ranked. The ranking itself is stored
 * lot by lot ({@link TenderRankingRepository}).
 */
@Entity
@Table(name = "EVA_EVALUATION")
@NamedQuery(name = "TenderEvaluation.findByTender", query = "SELECT e FROM TenderEvaluation e WHERE e.tenderId = :tenderId")
public class TenderEvaluation extends Versioned {

    @Column(name = "TENDER_ID", nullable = false, unique = true)
    private Long tenderId;

    @Column(name = "PRICES_VISIBLE", nullable = false)
    private boolean pricesVisibleToMembers;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "PRICES_SET_BY", length = ImpartialityDeclaration.USERNAME_LENGTH))
    @AttributeOverride(name = "at", column = @Column(name = "PRICES_SET_AT"))
    private Stamp pricesSet;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "RANKED_BY", length = ImpartialityDeclaration.USERNAME_LENGTH))
    @AttributeOverride(name = "at", column = @Column(name = "RANKED_AT"))
    private Stamp ranked;

    @Column(name = "LOTS_RANKED", nullable = false)
    private int lotsRanked;

    @Column(name = "LOTS_WAITING", nullable = false)
    private int lotsWaiting;

    /** The price scenario the buyer ranks each lot under, by lot number; a lot not here is ranked under its first. */
    @ElementCollection
    @CollectionTable(name = "EVA_SCENARIO_CHOICE", joinColumns = @JoinColumn(name = "EVALUATION_ID"))
    @MapKeyColumn(name = "LOT_NUMBER")
    @Column(name = "SCENARIO_NAME", nullable = false, length = 100)
    private Map<Integer, String> scenarioChoices = new HashMap<>();

    protected TenderEvaluation() {
    }

    /** The evaluation of {@code tenderId} before the buyer has done anything: prices hidden from members, nothing ranked. */
    public static TenderEvaluation of(Long tenderId) {
        TenderEvaluation evaluation = new TenderEvaluation();
        evaluation.tenderId = Objects.requireNonNull(tenderId, "tenderId");
        return evaluation;
    }

    /**
     * Lets the members see prices while they score ({@code visible}), or hides them again. Only while
     * the tender is opened for evaluation ({@code evaluation.notInEvaluation}).
     */
    public void showPricesToMembers(Tender tender, boolean visible, String buyer, Clock clock) {
        requireInEvaluation(tender);
        pricesVisibleToMembers = visible;
        pricesSet = Stamp.now(buyer, clock);
    }

    /**
     * Chooses the price scenario lot {@code lotNumber} is ranked under (issue 16 item 3). Only while the
     * tender is in evaluation, for a lot of the tender ({@code evaluation.lotNotFound}) that asks for
     * prices per scenario ({@code evaluation.scenario.none}), and one of its scenarios
     * ({@code evaluation.scenario.unknown}, naming them).
     */
    public void chooseScenario(Tender tender, int lotNumber, String scenario) {
        requireInEvaluation(tender);
        Lot lot = tender.getLots().stream().filter(l -> l.getNumber() == lotNumber).findFirst()
                .orElseThrow(() -> new DomainException("lotNumber", "evaluation.lotNotFound", lotNumber));
        if (!lot.hasScenarios()) {
            throw new DomainException("scenario", "evaluation.scenario.none", lotNumber);
        }
        if (scenario == null || !lot.getScenarios().contains(scenario)) {
            throw new DomainException("scenario", "evaluation.scenario.unknown", scenario,
                    String.join(", ", lot.getScenarios()));
        }
        scenarioChoices.put(lotNumber, scenario);
    }

    /** The scenario {@code lot} is ranked under: the buyer's choice, else its first; null on a lot with one price. */
    public String scenarioFor(Lot lot) {
        List<String> scenarios = lot.getScenarios();
        if (scenarios.isEmpty()) {
            return null;
        }
        String chosen = scenarioChoices.get(lot.getNumber());
        return chosen != null && scenarios.contains(chosen) ? chosen : scenarios.get(0);
    }

    /** Records that {@code buyer} computed the ranking {@code outcomes} of the tender's lots now. */
    public void ranked(Tender tender, Collection<LotOutcome> outcomes, String buyer, Clock clock) {
        requireInEvaluation(tender);
        ranked = Stamp.now(buyer, clock);
        lotsRanked = (int) outcomes.stream().filter(outcome -> outcome.status().isRanked()).count();
        lotsWaiting = (int) outcomes.stream().filter(TenderEvaluation::waits).count();
    }

    /**
     * Closes the evaluation: the tender moves to {@link TenderStatus#EVALUATED}. Refused before a
     * ranking has been computed ({@code evaluation.notRanked}) and while a lot with offers is not
     * ranked ({@code evaluation.lotsWaiting}, with their number).
     */
    public void complete(Tender tender, List<LotOutcome> outcomes, String buyer, Clock clock) {
        requireInEvaluation(tender);
        if (ranked == null) {
            throw new DomainException(null, "evaluation.notRanked");
        }
        long waiting = outcomes.stream().filter(TenderEvaluation::waits).count();
        if (waiting > 0) {
            throw new DomainException(null, "evaluation.lotsWaiting", waiting);
        }
        tender.markEvaluated(buyer, clock);
    }

    private static boolean waits(LotOutcome outcome) {
        return !outcome.status().isRanked() && outcome.status() != LotStatus.NO_OFFERS;
    }

    private static void requireInEvaluation(Tender tender) {
        if (tender.getStatus() != TenderStatus.OPENED) {
            throw new DomainException(null, "evaluation.notInEvaluation", tender.getStatus());
        }
    }

    /**
     * Whether the stored ranking is out of date: something it was computed from changed after it was
     * made, so that ranking again may give another result. That is a member's scores submitted, or a
     * consensus set or set anew, after the ranking. Never before the first ranking (there is none to be
     * out of date).
     */
    public boolean isRankingOutOfDate(Collection<MemberScoreSheet> sheets, Collection<ConsensusScore> consensus) {
        if (ranked == null) {
            return false;
        }
        return Stream.concat(sheets.stream().map(MemberScoreSheet::getSubmittedAt),
                        consensus.stream().map(x -> x.getSet().at()))
                .anyMatch(changed -> changed != null && changed.isAfter(ranked.at()));
    }

    public boolean isRanked() {
        return ranked != null;
    }

    public Long getTenderId() {
        return tenderId;
    }

    public boolean isPricesVisibleToMembers() {
        return pricesVisibleToMembers;
    }

    public String getPricesSetBy() {
        return Stamp.actorOf(pricesSet);
    }

    public Instant getPricesSetAt() {
        return Stamp.atOf(pricesSet);
    }

    public String getRankedBy() {
        return Stamp.actorOf(ranked);
    }

    public Instant getRankedAt() {
        return Stamp.atOf(ranked);
    }

    public int getLotsRanked() {
        return lotsRanked;
    }

    public int getLotsWaiting() {
        return lotsWaiting;
    }

    @Override
    public String toString() {
        return "TenderEvaluation[tender " + tenderId + ", ranked " + Stamp.atOf(ranked) + "]";
    }
}
