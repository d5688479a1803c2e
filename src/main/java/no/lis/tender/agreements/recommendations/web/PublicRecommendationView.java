package no.lis.tender.agreements.recommendations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.recommendations.application.RecommendationQueries;
import no.lis.tender.agreements.recommendations.application.RecommendationSummary;
import no.lis.tender.agreements.recommendations.domain.PublicRecommendation;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.web.Pages;

import java.io.IOException;
import java.util.List;

/**
 * One published version without prices, for anyone: the drugs per indication in rank order with
 * comments, the validity, what changed from the version before, the other versions and the PDF.
 * Request-scoped, not view-scoped: a view-scoped bean makes an HTTP session, and an anonymous reader
 * gets none, so that the page is rendered once per version and kept ({@link PublicPages}). The follow
 * form of a logged-in reader sends the {@code id} back, so a postback finds its version again.
 */
@Named
@RequestScoped
public class PublicRecommendationView {

    @Inject
    RecommendationQueries queries;

    private PublicRecommendation edition;
    private List<RecommendationSummary> versions;
    private boolean read;

    /** Loads the version named by the {@code id} parameter; an unknown id or a draft shows the not-found page. */
    public void load() throws IOException {
        if (!read()) {
            Pages.respondNotFound();
        }
    }

    public PublicRecommendation getEdition() {
        read();
        return edition;
    }

    public List<RecommendationSummary> getVersions() {
        read();
        return versions;
    }

    /** Reads the version once per request; a postback (the follow button) runs no view action and reads it here. */
    private boolean read() {
        if (!read) {
            read = true;
            try {
                edition = queries.publicEdition(Pages.idParameter("id").orElse(null));
                versions = queries.publishedVersions(edition.recommendationId());
            } catch (DomainException notFound) {
                edition = null;
            }
        }
        return edition != null;
    }
}
