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
import no.lis.tender.catalogue.api.CatalogueJson.SubstanceJson;
import no.lis.tender.catalogue.application.CatalogueQueries;
import no.lis.tender.catalogue.application.DddInput;
import no.lis.tender.catalogue.application.RegisterSubstance;
import no.lis.tender.catalogue.application.UpdateSubstance;
import no.lis.tender.catalogue.domain.AdministrationRoute;
import no.lis.tender.catalogue.domain.DoseUnit;
import no.lis.tender.catalogue.domain.Substance;
import no.lis.tender.catalogue.domain.SubstanceQuery;
import no.lis.tender.shared.api.Created;
import no.lis.tender.shared.api.NotFound;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Validation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The active substances with their ATC codes and the WHO's defined daily doses. */
@Path("/substances")
@RequestScoped
@RolesAllowed({CatalogueRoles.BUYER, CatalogueRoles.ADMIN, CatalogueRoles.SPECIALIST})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue: substances")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class SubstanceResource {

    @Inject
    CatalogueQueries queries;
    @Inject
    RegisterSubstance registerSubstance;
    @Inject
    UpdateSubstance updateSubstance;

    @GET
    @APIResponse(responseCode = "200")
    @Operation(summary = "List substances, narrowed by text (in the name, or the start of the ATC code), ATC group "
            + "(e.g. L04AB) and therapeutic area; sort NAME, ATC_CODE or PATENT_EXPIRY, order asc or desc")
    public List<SubstanceJson> list(@QueryParam("q") String text, @QueryParam("atc") String atcPrefix,
                                    @QueryParam("therapeuticAreaId") Long therapeuticAreaId,
                                    @QueryParam("sort") String sort, @QueryParam("order") String order,
                                    @QueryParam("first") @DefaultValue("0") int first,
                                    @QueryParam("max") @DefaultValue(ApiInput.DEFAULT_PAGE) int max) {
        Validation validation = new Validation();
        SubstanceQuery.Sort sortBy = ApiInput.constant(SubstanceQuery.Sort.class, sort, "sort", validation);
        boolean ascending = ApiInput.ascending(order, validation);
        validation.throwIfInvalid();
        return queries.substances(new SubstanceQuery(text, atcPrefix, therapeuticAreaId), ApiInput.first(first),
                        ApiInput.max(max), sortBy == null ? SubstanceQuery.Sort.ATC_CODE : sortBy, ascending)
                .stream().map(SubstanceJson::of).toList();
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed({CatalogueRoles.BUYER, CatalogueRoles.ADMIN})
    @Operation(summary = "Register a substance under an ATC code no other substance has, with its DDD "
            + "(left out where the WHO has assigned none)")
    public Response register(SubstanceBody body, @Context UriInfo uri) {
        SubstanceBody typed = body == null ? SubstanceBody.EMPTY : body;
        DddInput ddd = typed.dddInput();
        long id = registerSubstance.register(new RegisterSubstance.Command(typed.atcCode(), typed.name(), ddd,
                typed.patentExpiry(), typed.therapeuticAreaId()));
        return Created.below(uri, id, SubstanceJson.of(substance(id)));
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("{id}")
    @Operation(summary = "One substance")
    public SubstanceJson get(@PathParam("id") long id) {
        return SubstanceJson.of(substance(id));
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}")
    @RolesAllowed({CatalogueRoles.BUYER, CatalogueRoles.ADMIN})
    @Operation(summary = "Change a substance's ATC code, name, DDD, patent expiry or therapeutic area, as of the "
            + "version the caller read (409 if someone else has changed it since)")
    public SubstanceJson update(@PathParam("id") long id, SubstanceBody body) {
        SubstanceBody typed = body == null ? SubstanceBody.EMPTY : body;
        ApiInput.requireVersion(typed.version());
        DddInput ddd = typed.dddInput();
        ApiInput.change(() -> updateSubstance.update(new UpdateSubstance.Command(id, typed.version(), typed.atcCode(),
                typed.name(), ddd, typed.patentExpiry(), typed.therapeuticAreaId())));
        return get(id);
    }

    private Substance substance(long id) {
        return queries.substance(id).orElseThrow(() -> NotFound.thing(Thing.SUBSTANCE, id));
    }

    /**
     * A substance as sent; {@code version} is required for a change and ignored when registering;
     * {@code ddd} left out (or all its parts) where the substance has none.
     */
    public record SubstanceBody(Long version, String atcCode, String name, DddBody ddd, LocalDate patentExpiry,
                                Long therapeuticAreaId) {

        static final SubstanceBody EMPTY = new SubstanceBody(null, null, null, null, null, null);

        /** The DDD as the use case takes it; an unknown unit or route is reported under {@code ddd.unit}/{@code ddd.route}. */
        DddInput dddInput() {
            if (ddd == null) {
                return null;
            }
            Validation validation = new Validation();
            DoseUnit unit = ApiInput.constant(DoseUnit.class, ddd.unit(), "unit", validation);
            AdministrationRoute route = ApiInput.constant(AdministrationRoute.class, ddd.route(), "route", validation,
                    AdministrationRoute::whoCode);
            ApiInput.throwIfInvalid(validation, "ddd");
            return new DddInput(ddd.amount(), unit, route);
        }
    }

    /** A DDD as sent: the unit by name ({@code MG}), the route by name or WHO code ({@code PARENTERAL} or {@code P}). */
    public record DddBody(BigDecimal amount, String unit, String route) {
    }
}
