package no.lis.tender.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.notification.application.FollowRecommendations;
import no.lis.tender.notification.application.FollowRecommendations.Area;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The therapeutic areas whose LIS recommendation the caller follows: she is mailed a link (no price) when a
 * new version is published, unless she turned the notice RECOMMENDATION_PUBLISHED off.
 */
@Path("/me/recommendation-subscriptions")
@RequestScoped
@RolesAllowed({Role.BUYER_NAME, Role.SPECIALIST_NAME, Role.SUPPLIER_NAME, Role.PRICE_VIEWER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notification: e-mail notices")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class RecommendationSubscriptionResource {

    @Inject
    CurrentUser currentUser;
    @Inject
    FollowRecommendations followRecommendations;

    @GET
    @APIResponse(responseCode = "200")
    @Operation(summary = "Every therapeutic area (id, name) and whether the caller follows its recommendation")
    public List<Area> all() {
        return followRecommendations.of(currentUser.username());
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{areaId}")
    @Operation(summary = "Follow the recommendation of the therapeutic area (following it again changes nothing)")
    public Area follow(@PathParam("areaId") long areaId) {
        return followRecommendations.follow(currentUser.username(), areaId);
    }

    @DELETE
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{areaId}")
    @Operation(summary = "Stop following the recommendation of the therapeutic area")
    public Area unfollow(@PathParam("areaId") long areaId) {
        return followRecommendations.unfollow(currentUser.username(), areaId);
    }
}
