package no.lis.tender.catalogue.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.lis.tender.catalogue.api.CatalogueJson.SupplierJson;
import no.lis.tender.catalogue.application.CatalogueQueries;
import no.lis.tender.catalogue.application.RegisterSupplier;
import no.lis.tender.catalogue.application.UpdateSupplier;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.SupplierQuery;
import no.lis.tender.shared.api.Created;
import no.lis.tender.shared.api.NotFound;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Validation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The pharmaceutical companies that hold marketing authorisations and make offers. */
@Path("/suppliers")
@RequestScoped
@RolesAllowed({CatalogueRoles.BUYER, CatalogueRoles.ADMIN, CatalogueRoles.SPECIALIST})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue: suppliers")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class SupplierResource {

    @Inject
    CatalogueQueries queries;
    @Inject
    RegisterSupplier registerSupplier;
    @Inject
    UpdateSupplier updateSupplier;

    @GET
    @APIResponse(responseCode = "200")
    @Operation(summary = "List suppliers, narrowed by text (in the name, or the start of the organisation number); "
            + "sort NAME or ORGANISATION_NUMBER, order asc or desc")
    public List<SupplierJson> list(@QueryParam("q") String text, @QueryParam("sort") String sort,
                                   @QueryParam("order") String order,
                                   @QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("max") @DefaultValue(ApiInput.DEFAULT_PAGE) int max) {
        Validation validation = new Validation();
        SupplierQuery.Sort sortBy = ApiInput.constant(SupplierQuery.Sort.class, sort, "sort", validation);
        boolean ascending = ApiInput.ascending(order, validation);
        validation.throwIfInvalid();
        return queries.suppliers(new SupplierQuery(text), ApiInput.first(first), ApiInput.max(max),
                sortBy == null ? SupplierQuery.Sort.NAME : sortBy, ascending).stream().map(SupplierJson::of).toList();
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed({CatalogueRoles.BUYER, CatalogueRoles.ADMIN})
    @Operation(summary = "Register a supplier under an organisation number (nine digits, modulus-11 check digit) "
            + "no other supplier has")
    public Response register(SupplierBody body, @Context UriInfo uri) {
        SupplierBody typed = body == null ? SupplierBody.EMPTY : body;
        long id = registerSupplier.register(new RegisterSupplier.Command(typed.name(), typed.organisationNumber(),
                typed.contactEmail()));
        return Created.below(uri, id, SupplierJson.of(supplier(id)));
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("{id}")
    @Operation(summary = "One supplier")
    public SupplierJson get(@PathParam("id") long id) {
        return SupplierJson.of(supplier(id));
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}")
    @RolesAllowed({CatalogueRoles.BUYER, CatalogueRoles.ADMIN})
    @Operation(summary = "Change a supplier's name, organisation number or contact e-mail, as of the version "
            + "the caller read (409 if someone else has changed it since)")
    public SupplierJson update(@PathParam("id") long id, SupplierBody body) {
        SupplierBody typed = body == null ? SupplierBody.EMPTY : body;
        ApiInput.requireVersion(typed.version());
        ApiInput.change(() -> updateSupplier.update(new UpdateSupplier.Command(id, typed.version(), typed.name(),
                typed.organisationNumber(), typed.contactEmail())));
        return get(id);
    }

    private Supplier supplier(long id) {
        return queries.supplier(id).orElseThrow(() -> NotFound.thing(Thing.SUPPLIER, id));
    }

    /** A supplier as sent; {@code version} is required for a change and ignored when registering. */
    public record SupplierBody(Long version, String name, String organisationNumber, String contactEmail) {
        static final SupplierBody EMPTY = new SupplierBody(null, null, null, null);
    }
}
