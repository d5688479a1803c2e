package no.lis.tender.catalogue.application;

import jakarta.inject.Inject;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Thing;


/** Changes a product, its pack or its maximum price, as of the version the user read. */
@UseCase
public class UpdateProduct {

    public record Command(Long id, Long version, ProductDetails details) {
    }

    @Inject
    ProductRepository products;

    @Inject
    ProductDetailsCheck details;

    /** @return the product's id */
    public long update(Command command) {
        Product product = Existing.current(command.id(), command.version(), products::findById, Thing.PRODUCT, Product::getName);
        details.check(command.details(), product.getId()).applyTo(product);
        return products.save(product).getId();
    }
}
