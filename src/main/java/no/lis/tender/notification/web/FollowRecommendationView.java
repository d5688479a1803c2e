package no.lis.tender.notification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.notification.application.FollowRecommendations;
import no.lis.tender.shared.web.FacesMessages;

import java.io.Serializable;

/**
 * The button on the public recommendation page with which a logged-in reader follows the therapeutic area's
 * recommendation by e-mail, or stops following it. Anonymous readers see no button (the page asks the request,
 * not this bean, so that an anonymous reader gets no HTTP session).
 */
@Named
@ViewScoped
public class FollowRecommendationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;
    @Inject
    FollowRecommendations followRecommendations;
    @Inject
    FacesMessages messages;

    /** Whether she follows the area shown; read once per view. */
    private Boolean following;

    public boolean follows(long areaId) {
        if (following == null) {
            following = followRecommendations.follows(currentUser.username(), areaId);
        }
        return following;
    }

    public void follow(long areaId, String areaName) {
        if (messages.attempt(() -> followRecommendations.follow(currentUser.username(), areaId))) {
            following = true;
            messages.info("subscriptions.followed", areaName);
        }
    }

    public void unfollow(long areaId, String areaName) {
        if (messages.attempt(() -> followRecommendations.unfollow(currentUser.username(), areaId))) {
            following = false;
            messages.info("subscriptions.unfollowed", areaName);
        }
    }
}
