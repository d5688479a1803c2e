package no.lis.tender.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The evaluation of one lot: ranked offers, best first, when {@link LotStatus#RANKED}; otherwise no
 * offers and {@code waitingFor} says what is missing (the suppliers whose offers wait for a consensus, or the
 * varenumre the catalogue cannot compare).
 *
 * @param maximumPrice the lot's maximum price on its comparison basis (see {@link LotEvaluation}); null if unknown
 */
public record LotOutcome(int lotNumber, LotStatus status, BigDecimal maximumPrice, List<EvaluatedOffer> offers,
                         List<String> waitingFor) {

    public LotOutcome {
        Objects.requireNonNull(status, "status");
        offers = List.copyOf(offers);
        waitingFor = List.copyOf(waitingFor);
        if (status.isRanked() == offers.isEmpty()) {
            throw new IllegalArgumentException("a ranked lot has offers, an unranked one none: " + status);
        }
    }

    static LotOutcome unranked(int lotNumber, LotStatus status, List<String> waitingFor) {
        return new LotOutcome(lotNumber, status, null, List.of(), waitingFor);
    }

    /** The price scenario the lot is ranked under, or null on a lot with one price (or not ranked). */
    public String scenario() {
        return offers.isEmpty() ? null : offers.get(0).chosenScenario();
    }

    /** The best offer, if the lot is ranked. */
    public EvaluatedOffer winner() {
        return offers.isEmpty() ? null : offers.get(0);
    }

    /**
     * Whether {@code these} and {@code those} rank the same lots the same: per lot the same status
     * and the same offers in the same places with equal totals.
     */
    public static boolean sameRankings(List<LotOutcome> these, List<LotOutcome> those) {
        if (these.size() != those.size()) {
            return false;
        }
        for (int i = 0; i < these.size(); i++) {
            if (!these.get(i).ranksLike(those.get(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean ranksLike(LotOutcome other) {
        if (lotNumber != other.lotNumber || status != other.status || offers.size() != other.offers.size()) {
            return false;
        }
        for (int i = 0; i < offers.size(); i++) {
            EvaluatedOffer mine = offers.get(i);
            EvaluatedOffer theirs = other.offers.get(i);
            if (mine.offerId() != theirs.offerId() || mine.rank() != theirs.rank()
                    || mine.total().compareTo(theirs.total()) != 0
                    || !java.util.Objects.equals(mine.chosenScenario(), theirs.chosenScenario())) {
                return false;
            }
        }
        return true;
    }
}
