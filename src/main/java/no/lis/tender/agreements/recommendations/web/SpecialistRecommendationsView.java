package no.lis.tender.agreements.recommendations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.recommendations.application.ApproveRecommendation;
import no.lis.tender.agreements.recommendations.application.DraftForApproval;
import no.lis.tender.agreements.recommendations.application.RecommendationQueries;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.List;

/** The drafts of the areas of the member's specialist groups, without prices, each with its approve button. */
@Named
@ViewScoped
public class SpecialistRecommendationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecommendationQueries queries;
    @Inject
    ApproveRecommendation approveRecommendation;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;

    private List<DraftForApproval> drafts;

    public List<DraftForApproval> getDrafts() {
        if (drafts == null) {
            drafts = queries.awaitingApproval(user.username());
        }
        return drafts;
    }

    public void approve(DraftForApproval draft) {
        if (messages.attempt(() -> approveRecommendation.approve(draft.recommendationId(), draft.version(),
                user.username()))) {
            messages.info("recommendations.approve.done", draft.therapeuticAreaName(), draft.versionNumber());
        }
        drafts = null;
    }
}
