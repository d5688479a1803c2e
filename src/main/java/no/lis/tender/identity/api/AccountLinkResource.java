package no.lis.tender.identity.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.lis.tender.identity.application.AcceptInvitation;
import no.lis.tender.identity.application.ChooseNewPassword;
import no.lis.tender.identity.application.RequestPasswordReset;
import no.lis.tender.shared.api.ApiLocale;
import no.lis.tender.shared.domain.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What a user does through a link mailed to her, without a login (as the pages {@code reset.xhtml} and
 * {@code password.xhtml}): ask for a password reset, choose the new password, accept an invitation.
 * The tokens travel in the body, never in the path (paths are logged).
 */
@Path("/")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Identity: mailed links")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class AccountLinkResource {

    @Inject
    RequestPasswordReset requestPasswordReset;
    @Inject
    ChooseNewPassword chooseNewPassword;
    @Inject
    AcceptInvitation acceptInvitation;
    @Context
    HttpServletRequest request;
    @Context
    HttpHeaders headers;

    @POST
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("password-reset")
    @Operation(summary = "Ask for a link to choose a new password: email. The answer is the same whether the address "
            + "belongs to an account or not; the link (if any) works once, for an hour")
    @APIResponse(responseCode = "202", description = "Accepted; a link is on its way if the address is known")
    @APIResponse(responseCode = "429", description = "Too many requests from this address or for this e-mail",
            ref = "TooManyRequests")
    public Response requestReset(ResetBody body) {
        String email = body == null ? null : body.email();
        requestPasswordReset.request(email, request.getRemoteAddr());
        return Response.accepted(new Done(null, Messages.format(ApiLocale.of(headers), "passwordReset.sent", email.strip())))
                .build();
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("password-reset/password")
    @Operation(summary = "Choose the new password with the token of the reset link: token, password (12 to 256 "
            + "characters, not a common one). The link works once")
    public Done choosePassword(NewPasswordBody body) {
        NewPasswordBody b = body == null ? new NewPasswordBody(null, null) : body;
        String username = chooseNewPassword.choose(b.token(), b.password());
        return new Done(username, Messages.format(ApiLocale.of(headers), "newPassword.done", username));
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("invitations/acceptance")
    @Operation(summary = "Accept a colleague's invitation with the token of its link (7 days, once): token, fullName, "
            + "password. She may then log in with the username answered")
    public Done acceptInvitation(AcceptanceBody body) {
        AcceptanceBody b = body == null ? new AcceptanceBody(null, null, null) : body;
        String username = acceptInvitation.accept(b.token(), b.fullName(), b.password());
        return new Done(username, Messages.format(ApiLocale.of(headers), "invitation.done", username));
    }

    /** Who asks for a reset. */
    public record ResetBody(String email) {
    }

    /** The reset link's token and the new password. */
    public record NewPasswordBody(String token, String password) {

        @Override
        public String toString() {
            return "NewPasswordBody[hidden]";
        }
    }

    /** The invitation link's token, her name and her password. */
    public record AcceptanceBody(String token, String fullName, String password) {

        @Override
        public String toString() {
            return "AcceptanceBody[" + fullName + "]";
        }
    }

    /** Done: the username concerned (none for a reset request) and what the user is told. */
    public record Done(String username, String message) {
    }
}
