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
import no.lis.tender.catalogue.api.CatalogueJson.ProductJson;
import no.lis.tender.catalogue.application.CatalogueQueries;
import no.lis.tender.catalogue.application.PackInput;
import no.lis.tender.catalogue.application.ProductDetails;
import no.lis.tender.catalogue.application.RegisterProduct;
import no.lis.tender.catalogue.application.UpdateProduct;
import no.lis.tender.catalogue.domain.Checks;
import no.lis.tender.catalogue.domain.DoseUnit;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductQuery;
import no.lis.tender.catalogue.domain.ProductType;
import no.lis.tender.shared.api.Created;
import no.lis.tender.shared.api.NotFound;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Validation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;

/** The products (one pack each, by varenummer) with maximum prices, DDDs per pack and maximum price per DDD. */
@Path("/products")
@RequestScoped
@RolesAllowed({CatalogueRoles.BUYER, CatalogueRoles.ADMIN, CatalogueRoles.SPECIALIST})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue: products")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class ProductResource {

    @Inject
    CatalogueQueries queries;
    @Inject
    RegisterProduct registerProduct;
    @Inject
    UpdateProduct updateProduct;

    @GET
    @APIResponse(responseCode = "200")
    @Operation(summary = "List products, narrowed by text (in the product's or substance's name, or the start of the "
            + "varenummer or ATC code), type (ORIGINATOR, BIOSIMILAR, GENERIC, PARALLEL_IMPORT), ATC group, substance "
            + "and marketing authorisation holder; sort NAME, VARENUMMER, SUBSTANCE, ATC_CODE, SUPPLIER, PRODUCT_TYPE "
            + "or MAXIMUM_PRICE, order asc or desc; at most 500 a call")
    public List<ProductJson> list(@QueryParam("q") String text, @QueryParam("type") String type,
                                  @QueryParam("atc") String atcPrefix, @QueryParam("substanceId") Long substanceId,
                                  @QueryParam("supplierId") Long supplierId, @QueryParam("sort") String sort,
                                  @QueryParam("order") String order,
                                  @QueryParam("first") @DefaultValue("0") int first,
                                  @QueryParam("max") @DefaultValue(ApiInput.DEFAULT_PAGE) int max) {
        Validation validation = new Validation();
        ProductType productType = ApiInput.constant(ProductType.class, type, "type", validation);
        ProductQuery.Sort sortBy = ApiInput.constant(ProductQuery.Sort.class, sort, "sort", validation);
        boolean ascending = ApiInput.ascending(order, validation);
        validation.throwIfInvalid();
        return queries.products(new ProductQuery(text, productType, atcPrefix, substanceId, supplierId),
                        ApiInput.first(first), ApiInput.max(max), sortBy == null ? ProductQuery.Sort.NAME : sortBy,
                        ascending)
                .stream().map(ProductJson::of).toList();
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed({CatalogueRoles.BUYER, CatalogueRoles.ADMIN})
    @Operation(summary = "Register a product (one pack) under a varenummer no other product has, with its maximum "
            + "price per pack (AIP, NOK)")
    public Response register(ProductBody body, @Context UriInfo uri) {
        ProductBody typed = body == null ? ProductBody.EMPTY : body;
        long id = registerProduct.register(typed.details());
        return Created.below(uri, id, ProductJson.of(product(id)));
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("{id}")
    @Operation(summary = "One product, with DDDs per pack and maximum price per DDD")
    public ProductJson get(@PathParam("id") long id) {
        return ProductJson.of(product(id));
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}")
    @RolesAllowed({CatalogueRoles.BUYER, CatalogueRoles.ADMIN})
    @Operation(summary = "Change a product, its pack or its maximum price, as of the version the caller read "
            + "(409 if someone else has changed it since)")
    public ProductJson update(@PathParam("id") long id, ProductBody body) {
        ProductBody typed = body == null ? ProductBody.EMPTY : body;
        ApiInput.requireVersion(typed.version());
        ApiInput.change(() -> updateProduct.update(new UpdateProduct.Command(id, typed.version(), typed.details())));
        return get(id);
    }

    private Product product(long id) {
        return queries.product(id).orElseThrow(() -> NotFound.thing(Thing.PRODUCT, id));
    }

    /** A product as sent; {@code version} is required for a change and ignored when registering. */
    public record ProductBody(Long version, String varenummer, String name, Long substanceId, PackBody pack,
                              Long marketingAuthorisationHolderId, BigDecimal maximumPricePerPack,
                              String productType) {

        static final ProductBody EMPTY = new ProductBody(null, null, null, null, null, null, null, null);

        /** The body as the use cases take it, its named constants parsed; an unknown one is reported under its field. */
        ProductDetails details() {
            Validation validation = new Validation();
            ProductType type = ApiInput.constant(ProductType.class, productType, "productType", validation);
            Validation packValidation = new Validation();
            DoseUnit unit = pack == null ? null
                    : ApiInput.constant(DoseUnit.class, pack.strengthUnit(), "strengthUnit", packValidation);
            packValidation.violations().forEach(violation -> validation.add(Checks.under("pack", violation)));
            validation.throwIfInvalid();
            PackInput packInput = pack == null ? null
                    : new PackInput(pack.form(), pack.strengthAmount(), unit, pack.packSize(), pack.packUnit());
            return new ProductDetails(varenummer, name, substanceId, packInput, marketingAuthorisationHolderId,
                    maximumPricePerPack, type);
        }
    }

    /** A pack as sent, e.g. "injeksjonsvæske, oppløsning i ferdigfylt penn", 40, "MG", 2, "ferdigfylt penn". */
    public record PackBody(String form, BigDecimal strengthAmount, String strengthUnit, BigDecimal packSize,
                           String packUnit) {
    }
}
