package no.lis.tender.identity.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.lis.tender.identity.application.ApiTokenQueries;
import no.lis.tender.identity.application.ApiTokenQueries.TokenSummary;
import no.lis.tender.identity.application.AuthenticateToken;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.application.IssueApiToken;
import no.lis.tender.identity.application.RevokeApiToken;
import no.lis.tender.identity.domain.ApiToken;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.shared.api.Created;
import no.lis.tender.shared.domain.DomainException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/**
 * The caller's own personal API tokens. A token is made with the password (HTTP Basic, or on the
 * user's page), never with another token: a stolen token must not be able to outlive itself.
 */
@Path("/me/tokens")
@RequestScoped
@RolesAllowed({Role.BUYER_NAME, Role.SPECIALIST_NAME, Role.SUPPLIER_NAME, Role.PRICE_VIEWER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Identity: API tokens")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class ApiTokenResource {

    @Inject
    CurrentUser currentUser;
    @Inject
    ApiTokenQueries queries;
    @Inject
    IssueApiToken issueApiToken;
    @Inject
    RevokeApiToken revokeApiToken;
    @Context
    HttpServletRequest request;

    @GET
    @APIResponse(responseCode = "200")
    @Operation(summary = "The caller's API tokens, newest first, with status and last use (never the secret)")
    public List<TokenSummary> list() {
        return queries.tokensOf(currentUser.username());
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Operation(summary = "Issue a token: name (what it is for), validDays (1–365, default 90). The answer holds the "
            + "secret `token` this once; send it as `Authorization: Bearer <token>`. Not with a token.")
    public Response issue(TokenBody body, @Context UriInfo uri) {
        if (request.getAttribute(AuthenticateToken.BEARER_ATTRIBUTE) != null) {
            throw new DomainException(null, "token.passwordOnly");
        }
        TokenBody typed = body == null ? new TokenBody(null, null) : body;
        ApiToken.Issued issued = issueApiToken.issue(currentUser.username(), typed.name(), typed.validDays());
        ApiToken token = issued.token();
        return Created.below(uri, token.getId(),
                new IssuedJson(token.getId(), token.getName(), issued.secret(), token.getExpiresAt()));
    }

    @DELETE
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}")
    @Operation(summary = "Revoke one of the caller's tokens; calls with it get 401 from then on")
    public Response revoke(@PathParam("id") long id) {
        revokeApiToken.revoke(currentUser.username(), id);
        return Response.noContent().build();
    }

    /** What to issue: a name, and days of validity (null: 90). */
    public record TokenBody(String name, Integer validDays) {
    }

    /** A token just issued: the only answer that holds its secret. */
    public record IssuedJson(long id, String name, String token, Instant expiresAt) {
    }
}
