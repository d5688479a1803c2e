package no.lis.tender.catalogue.application;

import no.lis.tender.catalogue.domain.Pack;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductType;
import no.lis.tender.catalogue.domain.Substance;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.Varenummer;

import java.math.BigDecimal;

/** {@link ProductDetails} that have passed every rule of {@link ProductDetailsCheck}. */
record CheckedProductDetails(Varenummer varenummer, String name, Substance substance, Pack pack,
                             Supplier marketingAuthorisationHolder, BigDecimal maximumPricePerPack,
                             ProductType productType) {

    Product toProduct() {
        return new Product(varenummer, name, substance, pack, marketingAuthorisationHolder, maximumPricePerPack,
                productType);
    }

    /** Gives {@code product} these details. */
    void applyTo(Product product) {
        product.correctVarenummer(varenummer);
        product.rename(name);
        product.correctSubstance(substance);
        product.repack(pack);
        product.transferMarketingAuthorisation(marketingAuthorisationHolder);
        product.changeMaximumPrice(maximumPricePerPack);
        product.classifyAs(productType);
    }
}
