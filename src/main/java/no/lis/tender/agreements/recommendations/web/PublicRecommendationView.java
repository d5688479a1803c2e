package no.lis.tender.agreements.recommendations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.recommendations.application.RecommendationQueries;
import no.lis.tender.agreements.recommendations.application.RecommendationSummary;
import no.lis.tender.agreements.recommendations.domain.PublicRecommendation;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.web.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * One published version without prices, for anyone: the drugs per indication in rank order with
 * comments, the validity, what changed from the version before, the other versions and the PDF.
 */
@Named
@ViewScoped
public class PublicRecommendationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecommendationQueries queries;

    private PublicRecommendation edition;
    private List<RecommendationSummary> versions;

    /** Loads the version named by the {@code id} parameter; an unknown id or a draft shows the not-found page. */
    public void load() throws IOException {
        if (edition != null) {
            return;
        }
        Long id = Pages.idParameter("id").orElse(null);
        try {
            edition = queries.publicEdition(id);
            versions = queries.publishedVersions(id);
        } catch (DomainException notFound) {
            Pages.respondNotFound();
        }
    }

    public PublicRecommendation getEdition() {
        return edition;
    }

    public List<RecommendationSummary> getVersions() {
        return versions;
    }
}
