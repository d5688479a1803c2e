package no.lis.tender.agreements.recommendations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.recommendations.application.RecommendationQueries;
import no.lis.tender.agreements.recommendations.application.RecommendationSummary;

import java.util.List;

/**
 * The recommendations in force, one per therapeutic area, for anyone (no login, no prices). Request-scoped:
 * the page makes no HTTP session for an anonymous reader, so it is kept once ({@link PublicPages}).
 */
@Named
@RequestScoped
public class PublicRecommendationsView {

    @Inject
    RecommendationQueries queries;

    private List<RecommendationSummary> inForce;

    public List<RecommendationSummary> getInForce() {
        if (inForce == null) {
            inForce = queries.inForce();
        }
        return inForce;
    }
}
