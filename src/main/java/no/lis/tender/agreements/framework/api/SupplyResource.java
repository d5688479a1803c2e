package no.lis.tender.agreements.framework.api;

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
import jakarta.ws.rs.core.MediaType;
import no.lis.tender.agreements.framework.application.AgreeSupplyCover;
import no.lis.tender.agreements.framework.application.EndShortage;
import no.lis.tender.agreements.framework.application.RecordShortage;
import no.lis.tender.agreements.framework.application.ReportStock;
import no.lis.tender.agreements.framework.application.SupplyQueries;
import no.lis.tender.agreements.framework.application.SupplyRows;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.shared.application.PricedRead;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Supply security of framework agreements: the months of cover the buyer agrees, the stock a
 * supplier reports for its own agreements (another supplier's answers 404), and the buyers' shortage
 * register, whose substitute costs are priced data (buyers only, each read logged).
 */
@Path("/agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class SupplyResource {

    @Inject
    SupplyQueries queries;
    @Inject
    AgreeSupplyCover agreeCover;
    @Inject
    ReportStock reportStock;
    @Inject
    RecordShortage recordShortage;
    @Inject
    EndShortage endShortage;
    @Inject
    CurrentUser user;

    @GET
    @APIResponse(responseCode = "200")
    @Path("framework/{id}/supply")
    @RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
    @PricedRead("framework-agreement:{id}")
    @Operation(summary = "Supply security of one framework agreement: the months of cover agreed, the suppliers' stock "
            + "reports, the shortages with the substitute used and its cost, and each supplier's shortage history")
    public SupplyRows.Agreement supply(@PathParam("id") Long id) {
        return queries.agreement(id);
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("framework/{id}/supply/cover")
    @RolesAllowed(Role.BUYER_NAME)
    @Operation(summary = "Agree the months of normal use (1 to 24) each supplier keeps in stock, on the version read")
    public Cover cover(@PathParam("id") Long id, CoverBody body) {
        CoverBody b = body == null ? new CoverBody(null, null) : body;
        FrameworkAgreement agreement = agreeCover.agree(id, b.version(), b.months());
        return new Cover(agreement.getId(), agreement.getVersion(), agreement.getCoverMonths());
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("framework/{id}/supply/shortages")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead("framework-agreement:{id}")
    @Operation(summary = "Record a shortage of one of the agreement's packs: its period (to empty while it lasts), the "
            + "substitute used and what the substitute cost beyond the agreed product, in NOK")
    public SupplyRows.PricedShortage shortage(@PathParam("id") Long id, ShortageBody body) {
        ShortageBody b = body == null ? new ShortageBody(null, null, null, null, null) : body;
        return SupplyRows.PricedShortage.of(recordShortage.record(id, new RecordShortage.Command(b.varenummer(),
                b.from(), b.to(), b.substitute(), b.substituteCost()), user.username()));
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("framework/{id}/supply/shortages/{shortageId}/end")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead("framework-agreement:{id}")
    @Operation(summary = "End a shortage still going on, on the version read: its last day (not before its first); "
            + "the product could be delivered again from the day after")
    public SupplyRows.PricedShortage endShortage(@PathParam("id") Long id, @PathParam("shortageId") Long shortageId,
                                                 EndBody body) {
        EndBody b = body == null ? new EndBody(null, null) : body;
        return SupplyRows.PricedShortage.of(endShortage.end(id, shortageId, b.version(), b.to()));
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("framework/{id}/supply/stock-reports")
    @RolesAllowed(Role.SUPPLIER_NAME)
    @Operation(summary = "The stock reports the calling supplier made for one of its own agreements")
    public List<SupplyRows.Stock> stockReports(@PathParam("id") Long id) {
        return queries.reportsOf(id, user.supplierId().orElse(null));
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("framework/{id}/supply/stock-reports")
    @RolesAllowed(Role.SUPPLIER_NAME)
    @Operation(summary = "Report the calling supplier's stock for one of its own agreements: the day counted, the "
            + "packs in stock and the months of normal use they cover; below the agreed cover it joins the buyers' follow-up")
    public SupplyRows.Stock report(@PathParam("id") Long id, StockBody body) {
        StockBody b = body == null ? new StockBody(null, null, null) : body;
        return SupplyRows.Stock.of(reportStock.report(id, user.supplierId().orElse(null),
                new ReportStock.Command(b.countedOn(), b.packsInStock(), b.monthsOfStock()), user.username()));
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("supplied")
    @RolesAllowed(Role.SUPPLIER_NAME)
    @Operation(summary = "The framework agreements the calling supplier supplies, in force or to come, without prices: "
            + "its products, the months of cover and its stock reports")
    public List<SupplyRows.Supplied> supplied() {
        return queries.ofSupplier(user.supplierId().orElse(null));
    }

    public record CoverBody(Long version, Integer months) {
    }

    public record Cover(Long agreementId, long version, Integer coverMonths) {
    }

    public record ShortageBody(String varenummer, LocalDate from, LocalDate to, String substitute,
                               BigDecimal substituteCost) {
    }

    public record EndBody(Long version, LocalDate to) {
    }

    public record StockBody(LocalDate countedOn, Long packsInStock, BigDecimal monthsOfStock) {
    }
}
