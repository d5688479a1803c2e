package no.lis.tender.agreements.recommendations.domain;

import no.lis.tender.catalogue.domain.Varenummer;

import java.io.Serializable;
import java.util.Objects;

/**
 * One change of a drug for an indication between two versions of a recommendation, as both editions
 * show it. It carries no price: price changes are {@link PriceChange}s, shown in the priced edition
 * only. A line that both moved and got a new comment gives two changes.
 *
 * @param rankBefore    the rank in the previous version; {@code null} when {@link ChangeKind#ADDED}
 * @param rankAfter     the rank in this version; {@code null} when {@link ChangeKind#REMOVED}
 * @param commentBefore the previous comment, for {@link ChangeKind#COMMENT_CHANGED} (may be {@code null})
 * @param commentAfter  the new comment, for {@link ChangeKind#COMMENT_CHANGED} (may be {@code null})
 */
public record RecommendationChange(ChangeKind kind, String indication, Varenummer varenummer, String productName,
                                   Integer rankBefore, Integer rankAfter, String commentBefore, String commentAfter) implements Serializable {

    public RecommendationChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(indication, "indication");
        Objects.requireNonNull(varenummer, "varenummer");
        Objects.requireNonNull(productName, "productName");
    }

    static RecommendationChange added(RecommendationLine line) {
        return new RecommendationChange(ChangeKind.ADDED, line.getIndication(), line.getVarenummer(),
                line.getProductName(), null, line.getRank(), null, line.getComment());
    }

    static RecommendationChange removed(RecommendationLine line) {
        return new RecommendationChange(ChangeKind.REMOVED, line.getIndication(), line.getVarenummer(),
                line.getProductName(), line.getRank(), null, line.getComment(), null);
    }

    static RecommendationChange moved(RecommendationLine before, RecommendationLine after) {
        return new RecommendationChange(ChangeKind.MOVED, after.getIndication(), after.getVarenummer(),
                after.getProductName(), before.getRank(), after.getRank(), null, null);
    }

    static RecommendationChange commentChanged(RecommendationLine before, RecommendationLine after) {
        return new RecommendationChange(ChangeKind.COMMENT_CHANGED, after.getIndication(), after.getVarenummer(),
                after.getProductName(), before.getRank(), after.getRank(), before.getComment(), after.getComment());
    }

    /** Whether the drug went up the ranking (a smaller rank number), e.g. from second to first choice. */
    public boolean isPromotion() {
        return kind == ChangeKind.MOVED && rankAfter < rankBefore;
    }
}
