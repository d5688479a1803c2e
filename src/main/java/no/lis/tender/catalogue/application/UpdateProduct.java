package no.lis.tender.catalogue.application;

import jakarta.inject.Inject;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.ProductType;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Versions;

import java.math.BigDecimal;

/** Changes a product, its pack or its maximum price, as of the version the user read. */
@UseCase
public class UpdateProduct {

    public record Command(Long id, Long version, String varenummer, String name, Long substanceId, PackInput pack,
                          Long marketingAuthorisationHolderId, BigDecimal maximumPricePerPack,
                          ProductType productType) implements ProductDetails {
    }

    @Inject
    ProductRepository products;

    @Inject
    ProductDetailsCheck details;

    /** @return the product's id */
    public long update(Command command) {
        Product product = Existing.require(command.id(), products::findById, Thing.PRODUCT);
        Versions.require(product.getVersion(), command.version(), Thing.PRODUCT.named(product.getName()));
        details.check(command, product.getId()).applyTo(product);
        return products.save(product).getId();
    }
}
