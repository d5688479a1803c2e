package no.lis.tender.agreements.adherence.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.lis.tender.agreements.adherence.application.ManagedEntryOverview;
import no.lis.tender.agreements.adherence.application.ManagedEntryQueries;
import no.lis.tender.agreements.framework.application.ManagedEntryCommand;
import no.lis.tender.agreements.framework.application.SetManagedEntry;
import no.lis.tender.agreements.framework.domain.AgreementKind;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.shared.application.PricedRead;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The managed-entry agreement (MEA) on a direct or a framework agreement, with its expected yearly
 * cost from the estimated volume and from the consumption imported, and the payback owed above a
 * cap. Confidential: buyers only; every read is logged.
 */
@Path("/agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class ManagedEntryResource {

    private static final String TERMS = "Kind FLAT_REBATE "
            + "(rebatePercent), VOLUME_TIERS (tiers: fromPacks, pricePerPack; the packs above each tier's yearly volume "
            + "at its price), PRICE_VOLUME_CAP (capBasis COST or VOLUME, cap, paybackPercent), OUTCOME_BASED "
            + "(pricePerPatient, packsPerPatient, responderPercent) or TEMPORARY_PRICE (temporaryPrice, reassessBy; a "
            + "new date renews it); optionally one product line (varenummer); the estimated yearly volume in packs; "
            + "version: the MEA's version seen, none for a first one";

    @Inject
    ManagedEntryQueries queries;
    @Inject
    SetManagedEntry setManagedEntry;
    @Inject
    CurrentUser user;

    @GET
    @APIResponse(responseCode = "200")
    @Path("direct/{id}/managed-entry")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead("direct-agreement:{id}")
    @Operation(summary = "The managed-entry agreement of a direct agreement (terms null where none), with the expected "
            + "yearly cost from the estimated volume and from the consumption of the agreement year so far, the tier "
            + "effect and the payback owed")
    public ManagedEntryOverview direct(@PathParam("id") Long id) {
        return queries.of(AgreementKind.DIRECT, id);
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("direct/{id}/managed-entry")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead("direct-agreement:{id}")
    @Operation(summary = "Set the managed-entry agreement of a direct agreement", description = TERMS)
    public ManagedEntryOverview setDirect(@PathParam("id") Long id, ManagedEntryCommand body) {
        return set(AgreementKind.DIRECT, id, body);
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("framework/{id}/managed-entry")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead("framework-agreement:{id}")
    @Operation(summary = "The managed-entry agreement of a framework agreement, as for a direct agreement")
    public ManagedEntryOverview framework(@PathParam("id") Long id) {
        return queries.of(AgreementKind.FRAMEWORK, id);
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("framework/{id}/managed-entry")
    @RolesAllowed(Role.BUYER_NAME)
    @PricedRead("framework-agreement:{id}")
    @Operation(summary = "Set the managed-entry agreement of a framework agreement", description = TERMS)
    public ManagedEntryOverview setFramework(@PathParam("id") Long id, ManagedEntryCommand body) {
        return set(AgreementKind.FRAMEWORK, id, body);
    }

    private ManagedEntryOverview set(AgreementKind kind, Long id, ManagedEntryCommand body) {
        ManagedEntryCommand command = body == null ? new ManagedEntryCommand(null, null, null, null, null, null, null,
                null, null, null, null, null, null, null) : body;
        setManagedEntry.set(kind, id, command, user.username());
        return queries.of(kind, id);
    }
}
