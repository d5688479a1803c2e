package no.lis.tender.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.notification.application.ChooseNotices;
import no.lis.tender.notification.application.NoticeChoices;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** The caller's choice of the notices she gets by e-mail (the page /account/notices.xhtml does the same). */
@Path("/me/notice-preferences")
@RequestScoped
@RolesAllowed({Role.BUYER_NAME, Role.SPECIALIST_NAME, Role.SUPPLIER_NAME, Role.PRICE_VIEWER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notification: e-mail notices")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class NoticePreferencesResource {

    @Inject
    CurrentUser currentUser;
    @Inject
    ChooseNotices chooseNotices;

    @GET
    @APIResponse(responseCode = "200")
    @Operation(summary = "The caller's e-mail address and, by kind (ANSWER_PUBLISHED, DOCUMENT_PUBLISHED, "
            + "AWARD_LETTER_READY, SCORING_OPEN), whether she gets it by e-mail; version 0 until she first chooses")
    public NoticeChoices read() {
        return chooseNotices.of(currentUser.username());
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Operation(summary = "Turn notices on (true) or off (false) by kind, on the version read; kinds not named keep "
            + "their setting. An unknown kind is refused with 422 naming it.")
    public NoticeChoices choose(ChoicesBody body) {
        ChoicesBody typed = body == null ? new ChoicesBody(null, null) : body;
        return chooseNotices.choose(currentUser.username(), typed.version(), typed.choices());
    }

    /** The change: the version read, and the kinds to turn on or off. */
    public record ChoicesBody(Long version, Map<String, Boolean> choices) {
    }
}
