package no.lis.tender.agreements.recommendations.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed from one version of a recommendation to the next, drug by drug: a line is the same
 * drug in both versions when indication (ignoring case) and varenummer are equal.
 *
 * <p>Order: the changes follow the current version's lines (its indications in order, each by
 * rank), then the removed lines in the previous version's order. A drug that both moved and got a
 * new comment gives {@link ChangeKind#MOVED} then {@link ChangeKind#COMMENT_CHANGED}. Prices are
 * compared separately ({@link #pricesBetween}), for the priced edition only.
 */
public final class RecommendationDiff {

    private RecommendationDiff() {
    }

    /** The changes from {@code previous} to {@code current}; every line is {@link ChangeKind#ADDED} if {@code previous} is {@code null}. */
    public static List<RecommendationChange> between(Recommendation previous, Recommendation current) {
        List<RecommendationChange> changes = new ArrayList<>();
        List<RecommendationLine> before = previous == null ? List.of() : inOrder(previous);
        List<RecommendationLine> after = inOrder(current);
        for (RecommendationLine line : after) {
            Optional<RecommendationLine> old = find(before, line);
            if (old.isEmpty()) {
                changes.add(RecommendationChange.added(line));
                continue;
            }
            if (old.get().getRank() != line.getRank()) {
                changes.add(RecommendationChange.moved(old.get(), line));
            }
            if (!Objects.equals(old.get().getComment(), line.getComment())) {
                changes.add(RecommendationChange.commentChanged(old.get(), line));
            }
        }
        for (RecommendationLine old : before) {
            if (find(after, old).isEmpty()) {
                changes.add(RecommendationChange.removed(old));
            }
        }
        return List.copyOf(changes);
    }

    /**
     * The price changes of the drugs recommended for the same indication in both versions, in the
     * current version's order: any of price per pack, per DDD or per treatment period differs in
     * value (100 and 100.00 are equal). None if {@code previous} is {@code null}.
     */
    public static List<PriceChange> pricesBetween(Recommendation previous, Recommendation current) {
        if (previous == null) {
            return List.of();
        }
        List<RecommendationLine> before = inOrder(previous);
        List<PriceChange> changes = new ArrayList<>();
        for (RecommendationLine line : inOrder(current)) {
            find(before, line).filter(old -> !samePrices(old, line)).ifPresent(old -> changes.add(new PriceChange(
                    line.getIndication(), line.getVarenummer(), line.getProductName(),
                    old.getPricePerPack(), line.getPricePerPack(), old.getPricePerDdd(), line.getPricePerDdd(),
                    old.getPricePerTreatmentPeriod(), line.getPricePerTreatmentPeriod())));
        }
        return List.copyOf(changes);
    }

    private static boolean samePrices(RecommendationLine a, RecommendationLine b) {
        return RecommendationLine.equal(a.getPricePerPack(), b.getPricePerPack())
                && RecommendationLine.equal(a.getPricePerDdd(), b.getPricePerDdd())
                && RecommendationLine.equal(a.getPricePerTreatmentPeriod(), b.getPricePerTreatmentPeriod());
    }

    private static List<RecommendationLine> inOrder(Recommendation recommendation) {
        return recommendation.indications().stream().flatMap(i -> recommendation.linesFor(i).stream()).toList();
    }

    private static Optional<RecommendationLine> find(List<RecommendationLine> lines, RecommendationLine like) {
        return lines.stream().filter(line -> line.sameDrugFor(like)).findFirst();
    }
}
