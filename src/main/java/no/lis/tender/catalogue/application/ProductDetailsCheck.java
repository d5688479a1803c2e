package no.lis.tender.catalogue.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import no.lis.tender.catalogue.domain.Checks;
import no.lis.tender.catalogue.domain.Pack;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.Substance;
import no.lis.tender.catalogue.domain.SubstanceRepository;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.SupplierRepository;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Validation;

import java.math.BigDecimal;

/**
 * Checks what a product is registered or updated with, reporting every broken rule at once under
 * its field; the parts of the pack under {@code pack.form}, {@code pack.strengthAmount} and so on.
 */
@Dependent
class ProductDetailsCheck {

    @Inject
    ProductRepository products;

    @Inject
    SubstanceRepository substances;

    @Inject
    SupplierRepository suppliers;

    /** @param ownId the product being updated, {@code null} for a new one */
    CheckedProductDetails check(ProductDetails typed, Long ownId) {
        Validation validation = new Validation();
        Varenummer varenummer = validation.field("varenummer", () -> new Varenummer(typed.varenummer()));
        String name = validation.field("name", () -> Checks.text(typed.name(), Product.NAME_LENGTH));
        Substance substance = CommandChecks.reference(validation, "substanceId", typed.substanceId(),
                substances::findById, Thing.SUBSTANCE);
        Pack pack = Checks.nested(validation, "pack", () -> Checks.present(typed.pack()).toPack());
        Supplier holder = CommandChecks.reference(validation, "marketingAuthorisationHolderId",
                typed.marketingAuthorisationHolderId(), suppliers::findById, Thing.SUPPLIER);
        BigDecimal price = validation.field("maximumPricePerPack", () -> Checks.price(typed.maximumPricePerPack()));
        validation.required(typed.productType(), "productType");
        if (varenummer != null) {
            validation.check(products.findByVarenummer(varenummer).filter(other -> !other.getId().equals(ownId)).isEmpty(),
                    "varenummer", "product.varenummer.taken", varenummer.value());
        }
        validation.throwIfInvalid();
        return new CheckedProductDetails(varenummer, name, substance, pack, holder, price, typed.productType());
    }
}
