package no.lis.tender.catalogue.application;

import jakarta.inject.Inject;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.ProductType;
import no.lis.tender.shared.application.UseCase;

import java.math.BigDecimal;

/** Registers a pack of a medicine under a varenummer no other product has. */
@UseCase
public class RegisterProduct {

    public record Command(String varenummer, String name, Long substanceId, PackInput pack,
                          Long marketingAuthorisationHolderId, BigDecimal maximumPricePerPack,
                          ProductType productType) implements ProductDetails {
    }

    @Inject
    ProductRepository products;

    @Inject
    ProductDetailsCheck details;

    /** @return the new product's id */
    public long register(Command command) {
        return products.save(details.check(command, null).toProduct()).getId();
    }
}
