package no.lis.tender.agreements.recommendations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.recommendations.application.RecommendationQueries;
import no.lis.tender.agreements.recommendations.application.RecommendationSummary;

import java.io.Serializable;
import java.util.List;

/** The recommendations in force, one per therapeutic area, for anyone (no login, no prices). */
@Named
@ViewScoped
public class PublicRecommendationsView implements Serializable {

    private static final long serialVersionUID = 1L;

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
