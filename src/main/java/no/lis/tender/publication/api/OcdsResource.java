package no.lis.tender.publication.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import no.lis.tender.publication.application.OcdsQueries;
import no.lis.tender.publication.domain.OcdsReleasePackage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The open data (issue 13): tenders, awards and contracts as an OCDS 1.1 release package, for anyone
 * (web.xml opens GET on this path). The package's types have no price field, so the answer has none,
 * whoever asks.
 */
@Path("/ocds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open data (OCDS)")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class OcdsResource {

    @Inject
    OcdsQueries queries;
    @Context
    UriInfo uriInfo;

    @GET
    @APIResponse(responseCode = "200")
    @Path("releases")
    @PermitAll
    @Operation(summary = "Tenders, awards and contracts as an OCDS 1.1 release package (public: no login, no prices)",
            description = "One release per contracting process: every published tender round (lots, drugs by ATC code, "
                    + "volumes, weighted criteria, dates, status), its awards per lot and market with the suppliers "
                    + "(organisation number, scheme NO-BRC) once the award letters are out, and its framework agreements "
                    + "(period, options, status); then every direct agreement. No unit price, rebate or value of any "
                    + "kind: they are business secrets. Paged by the process's age; links.next gives the next page.")
    public OcdsReleasePackage releases(
            @QueryParam("since") @Parameter(description = "Only releases dated at or after this instant "
                    + "(2026-01-31T12:00:00Z, with an offset) or date (from the start of the day in Norway)") String since,
            @QueryParam("page") @Parameter(description = "The page, from 1 (default 1)") String page,
            @QueryParam("size") @Parameter(description = "Releases per page, 1 to " + OcdsQueries.MAX_SIZE
                    + " (default " + OcdsQueries.DEFAULT_SIZE + ")") String size) {
        return queries.releasePackage(since, page, size,
                number -> uriInfo.getRequestUriBuilder().replaceQueryParam("page", number).build());
    }
}
