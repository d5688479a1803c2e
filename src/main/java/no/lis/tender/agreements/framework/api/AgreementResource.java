package no.lis.tender.agreements.framework.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.lis.tender.agreements.framework.application.AgreementQueries;
import no.lis.tender.agreements.framework.application.AgreementRows;
import no.lis.tender.agreements.framework.application.ConcludeAgreementCommand;
import no.lis.tender.agreements.framework.application.ConcludeDirectAgreement;
import no.lis.tender.agreements.framework.application.ConcludeFrameworkAgreement;
import no.lis.tender.agreements.framework.application.DecideAgreementOption;
import no.lis.tender.agreements.framework.application.DirectAgreementCommand;
import no.lis.tender.agreements.framework.application.TerminateAgreement;
import no.lis.tender.agreements.framework.domain.DirectAgreement;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.shared.api.ApiLocale;
import no.lis.tender.shared.api.SheetDownloads;
import no.lis.tender.shared.application.PricedRead;
import no.lis.tender.shared.domain.Spreadsheets;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Framework agreements concluded after the standstill, their options, and direct agreements of
 * phase-1 negotiations. Prices are business secrets: buyers (and administrators, to read) only.
 */
@Path("/agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class AgreementResource {

    @Inject
    AgreementQueries queries;
    @Inject
    ConcludeFrameworkAgreement concludeFramework;
    @Inject
    DecideAgreementOption decideOption;
    @Inject
    ConcludeDirectAgreement concludeDirect;
    @Inject
    Spreadsheets spreadsheets;
    @Context
    HttpHeaders headers;
    @Inject
    TerminateAgreement terminate;
    @Inject
    CurrentUser user;

    @GET
    @APIResponse(responseCode = "200")
    @RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
    @PricedRead("agreements")
    @Operation(summary = "Framework and direct agreements with their prices: those in force today, or all with "
            + "?all=true; framework agreements with their suppliers by rank and their options with decision dates")
    public AgreementRows agreements(@QueryParam("all") @DefaultValue("false") boolean all) {
        return queries.agreements(all);
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("export.xlsx")
    @Produces(Spreadsheets.XLSX)
    @RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
    @PricedRead("agreements")
    @Operation(summary = "The agreements as a spreadsheet (XLSX) with their prices: framework agreements, a row per "
            + "supplier by rank, and direct agreements; those in force today, or all with ?all=true")
    public Response export(@QueryParam("all") @DefaultValue("false") boolean all) {
        return SheetDownloads.attachment(spreadsheets, "avtaler.xlsx",
                AgreementSheets.of(queries.agreements(all), ApiLocale.of(headers)));
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("framework/{id}")
    @RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
    @PricedRead("framework-agreement:{id}")
    @Operation(summary = "One framework agreement")
    public AgreementRows.Framework framework(@PathParam("id") Long id) {
        return queries.framework(id);
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("framework")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead("framework-agreement")
    @Operation(summary = "Conclude the framework agreement of one market of one lot after the standstill: the awarded "
            + "suppliers' products with agreed prices, start, end and options; the tender's agreement becomes active "
            + "with its first market")
    public AgreementRows.Framework conclude(FrameworkBody body) {
        FrameworkBody b = body == null ? new FrameworkBody(null, 0, null, null, null, null, null) : body;
        return queries.row(concludeFramework.conclude(new ConcludeAgreementCommand(b.tenderId(), b.lotNumber(),
                b.marketCode(), b.prices(), b.start(), b.end(), b.options()), user.username()));
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("framework/{id}/options/{number}/exercise")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead("framework-agreement:{id}")
    @Operation(summary = "Exercise option n (1 for the first, in order, by its decision date): the end moves on")
    public AgreementRows.Framework exercise(@PathParam("id") Long id, @PathParam("number") int number) {
        return queries.row(decideOption.exercise(id, number, user.username()));
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("framework/{id}/options/{number}/decline")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead("framework-agreement:{id}")
    @Operation(summary = "Decline option n: the agreement ends as it stands and the later options lapse")
    public AgreementRows.Framework decline(@PathParam("id") Long id, @PathParam("number") int number) {
        return queries.row(decideOption.decline(id, number, user.username()));
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("framework/{id}/termination")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead("framework-agreement:{id}")
    @Operation(summary = "Terminate a framework agreement before its end, on the version read: its last day in force "
            + "(within its period) and the reason; the open options lapse, and the recommendations that rest on it are "
            + "flagged")
    public AgreementRows.Framework terminate(@PathParam("id") Long id, TerminationBody body) {
        TerminationBody b = body == null ? new TerminationBody(null, null, null) : body;
        return queries.row(terminate.terminate(id, b.version(), b.lastDay(), b.reason(), user.username()));
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("direct")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead("direct-agreement")
    @Operation(summary = "Record the direct agreement of a phase-1 negotiation: Nye metoder ID, the pack (its supplier "
            + "and maximum price from the catalogue), an agreed price or a flat rebate in percent, its validity, and the legal ground for agreeing without "
            + "competition (anskaffelsesforskriften §§ 13-3/13-4) with why it applies")
    public AgreementRows.Direct direct(DirectBody body) {
        DirectBody b = body == null ? new DirectBody(null, null, null, null, null, null, null, null) : body;
        DirectAgreement agreement = concludeDirect.conclude(new DirectAgreementCommand(b.nyeMetoderId(),
                b.varenummer(), b.agreedPrice(), b.rebatePercent(), b.validFrom(), b.validTo(), b.legalGround(),
                b.groundReason()), user.username());
        return queries.row(agreement);
    }

    public record FrameworkBody(Long tenderId, int lotNumber, String marketCode,
                                List<ConcludeAgreementCommand.Price> prices, LocalDate start, LocalDate end,
                                List<ConcludeAgreementCommand.Option> options) {

        public FrameworkBody {
            prices = prices == null ? List.of() : prices;
            options = options == null ? List.of() : options;
        }
    }

    /** {@code version} as read; {@code lastDay} the agreement's last day in force. */
    public record TerminationBody(Long version, LocalDate lastDay, String reason) {
    }

    /** {@code legalGround} names a ground of anskaffelsesforskriften §§ 13-3/13-4, e.g. EXCLUSIVE_RIGHTS. */
    public record DirectBody(String nyeMetoderId, String varenummer, BigDecimal agreedPrice, BigDecimal rebatePercent,
                             LocalDate validFrom, LocalDate validTo, String legalGround, String groundReason) {
    }
}
