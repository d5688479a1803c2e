package no.lis.tender.agreements.recommendations.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.lis.tender.agreements.recommendations.application.DecidePriceAccess;
import no.lis.tender.agreements.recommendations.application.ExpirePriceAccess;
import no.lis.tender.agreements.recommendations.application.PriceAccessQueries;
import no.lis.tender.agreements.recommendations.application.PriceAccessQueries.PriceAccessRow;
import no.lis.tender.agreements.recommendations.application.RequestPriceAccess;
import no.lis.tender.agreements.recommendations.domain.PriceAccess;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.shared.api.Created;
import no.lis.tender.shared.api.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/**
 * Priced access on request: a hospital employee asks for the priced recommendations for her
 * hospital trust; a buyer or an administrator grants it until a last day or refuses it; access ends
 * by itself. The answers hold no price.
 */
@Path("/price-access")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations: priced access")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class PriceAccessResource {

    @Inject
    PriceAccessQueries queries;
    @Inject
    RequestPriceAccess requestPriceAccess;
    @Inject
    DecidePriceAccess decidePriceAccess;
    @Inject
    ExpirePriceAccess expirePriceAccess;
    @Inject
    CurrentUser user;

    @GET
    @APIResponse(responseCode = "200")
    @Path("mine")
    @RolesAllowed({Role.BUYER_NAME, Role.SPECIALIST_NAME, Role.PRICE_VIEWER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The caller's requests and grants of priced access, the newest first")
    public List<PriceAccessRow> mine() {
        return queries.of(user.username());
    }

    @GET
    @APIResponse(responseCode = "200")
    @RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Every request and grant, by hospital trust: who holds priced access until when, who waits, who was refused")
    public List<PriceAccessRow> all() {
        return queries.all();
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed({Role.BUYER_NAME, Role.SPECIALIST_NAME, Role.PRICE_VIEWER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Ask for the priced recommendations: hospitalTrust (as the list of trusts names it), reason")
    public Response request(RequestBody body, @Context UriInfo uri) {
        RequestBody b = body == null ? new RequestBody(null, null) : body;
        PriceAccess asked = requestPriceAccess.request(user.username(), user.fullName(), user.has(Role.SUPPLIER),
                b.hospitalTrust(), b.reason());
        return Created.below(uri, asked.getId(), row(asked.getId()));
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}/decision")
    @RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Grant (grant true, validUntil: the last day, default 12 months, at most 24) or refuse "
            + "(grant false, reason) a request: version as last read")
    public PriceAccessRow decide(@PathParam("id") Long id, DecisionBody body) {
        row(id);
        DecisionBody b = body == null ? new DecisionBody(null, null, null, null) : body;
        if (Boolean.TRUE.equals(b.grant())) {
            decidePriceAccess.grant(id, b.version(), b.validUntil(), user.username());
        } else if (Boolean.FALSE.equals(b.grant())) {
            decidePriceAccess.refuse(id, b.version(), b.reason(), user.username());
        } else {
            throw new no.lis.tender.shared.domain.DomainException("grant", "validation.required");
        }
        return row(id);
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("expiry")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "End now the grants whose last day has passed (every server also does it each hour)")
    public ExpiryJson expire() {
        return new ExpiryJson(expirePriceAccess.expireDue());
    }

    private PriceAccessRow row(Long id) {
        return queries.one(id).orElseThrow(() -> new NotFound("priceAccess.notFound"));
    }

    public record RequestBody(String hospitalTrust, String reason) {
    }

    public record DecisionBody(Long version, Boolean grant, LocalDate validUntil, String reason) {
    }

    public record ExpiryJson(int ended) {
    }
}
