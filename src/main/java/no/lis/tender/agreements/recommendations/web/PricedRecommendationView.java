package no.lis.tender.agreements.recommendations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.recommendations.application.PriceReader;
import no.lis.tender.agreements.recommendations.application.RecommendationQueries;
import no.lis.tender.agreements.recommendations.application.RecommendationSummary;
import no.lis.tender.agreements.recommendations.domain.PriceViewChannel;
import no.lis.tender.agreements.recommendations.domain.PricedRecommendation;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.application.PricedRead;
import no.lis.tender.shared.web.Pages;
import no.lis.tender.shared.web.PricedPages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * One published version with prices, for price readers (web.xml guards /pricing): opening the page
 * records the view before the prices are rendered; the PDF link records the download and watermarks it.
 */
@Named
@ViewScoped
@PricedRead("recommendation:{id}")
public class PricedRecommendationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecommendationQueries queries;
    @Inject
    CurrentUser user;
    @Inject
    PricedPages pricedPages;

    private PricedRecommendation edition;
    private List<RecommendationSummary> versions;

    public void load() throws IOException {
        if (edition != null) {
            return;
        }
        Long id = Pages.idParameter("id").orElse(null);
        Pages.loaded(() -> {
            edition = queries.pricedEdition(id, PriceReader.of(user.username(), user.fullName(), user.roleNames()),
                    PriceViewChannel.PAGE);
            versions = queries.publishedVersions(id);
            pricedPages.shown(this);
        });
    }

    public PricedRecommendation getEdition() {
        return edition;
    }

    public List<RecommendationSummary> getVersions() {
        return versions;
    }
}
