package no.lis.tender.agreements.adherence.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.lis.tender.agreements.adherence.application.AdherenceOverview;
import no.lis.tender.agreements.adherence.application.ConsumptionImported;
import no.lis.tender.agreements.adherence.application.FollowUpQueries;
import no.lis.tender.agreements.adherence.application.ImportConsumption;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.shared.api.ApiLocale;
import no.lis.tender.shared.api.SheetDownloads;
import no.lis.tender.shared.application.PricedRead;
import no.lis.tender.shared.domain.Spreadsheets;
import no.lis.tender.shared.application.UploadLimits;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;

/**
 * The hospital trusts' consumption, for buyers: the import of a consumption file and the adherence
 * to the recommendations it shows.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class ConsumptionResource {

    @Inject
    ImportConsumption importConsumption;
    @Inject
    FollowUpQueries queries;
    @Inject
    UploadLimits limits;
    @Inject
    CurrentUser user;
    @Inject
    Spreadsheets spreadsheets;
    @Context
    HttpHeaders headers;

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("consumption")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, Spreadsheets.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Role.BUYER_NAME)
    @Operation(summary = "Import a consumption file (CSV in UTF-8 or Windows-1252, header "
            + "helseforetak;varenummer;maaned;pakninger; or XLSX, the same four columns on the first sheet): "
            + "all or nothing; a bad file answers 400 with every error by line or row (field line.N.column); an accepted file replaces what was stored for its trusts and months; over the size limit (5 MB by default) 413")
    public ConsumptionImported importFile(InputStream content) {
        return importConsumption.importFile(limits.csv("file").read(content), user.username());
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("adherence")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead("adherence")
    @Operation(summary = "Adherence per hospital trust and therapeutic area for months from..to (YYYY-MM, both "
            + "included; the last twelve months when left out): share on first choice, savings realised and missed")
    public AdherenceOverview adherence(@QueryParam("from") String from, @QueryParam("to") String to) {
        return queries.adherence(from, to);
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("adherence.xlsx")
    @Produces(Spreadsheets.XLSX)
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead("adherence")
    @Operation(summary = "The adherence for months from..to (as GET /api/adherence) as a spreadsheet (XLSX): per "
            + "hospital trust and therapeutic area the packs, the share on first choice and the savings realised and "
            + "missed; and the use placed in no recommendation")
    public Response adherenceSheet(@QueryParam("from") String from, @QueryParam("to") String to) {
        AdherenceOverview adherence = queries.adherence(from, to);
        return SheetDownloads.attachment(spreadsheets, "etterlevelse-" + adherence.from() + "-" + adherence.to() + ".xlsx",
                AdherenceSheets.of(adherence, ApiLocale.of(headers)));
    }
}
