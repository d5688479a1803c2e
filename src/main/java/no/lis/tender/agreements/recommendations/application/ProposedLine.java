package no.lis.tender.agreements.recommendations.application;

import no.lis.tender.agreements.recommendations.domain.LinePrices;
import no.lis.tender.agreements.recommendations.domain.RecommendationLine;
import no.lis.tender.agreements.recommendations.domain.RecommendedProduct;

/**
 * A line proposed from a framework agreement in force (the lot as the indication, the supplier's
 * rank in the agreement as the choice, the lot's market) or from a direct agreement valid (the Nye
 * metoder decision as the indication, 1st choice, all of Norway), with the agreed prices; the
 * {@code tenderReference} is the tender's reference or the decision's id. The buyer ranks and comments it after.
 */
public record ProposedLine(String indication, int rank, RecommendedProduct product, LinePrices prices,
                           String tenderReference) {

    /** The recommendation line, without a comment. */
    public RecommendationLine toLine() {
        return RecommendationLine.of(indication, rank, product, null, prices);
    }
}
