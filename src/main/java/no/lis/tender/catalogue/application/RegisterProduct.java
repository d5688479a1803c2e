package no.lis.tender.catalogue.application;

import jakarta.inject.Inject;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.shared.application.UseCase;


/** Registers a pack of a medicine under a varenummer no other product has. */
@UseCase
public class RegisterProduct {

    @Inject
    ProductRepository products;

    @Inject
    ProductDetailsCheck details;

    /** @return the new product's id */
    public long register(ProductDetails typed) {
        return products.save(details.check(typed, null).toProduct()).getId();
    }
}
