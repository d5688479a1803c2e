package no.lis.tender.catalogue.application;

/** The checks of the use cases, wired to the repositories of a test. */
final class DetailsChecks {

    private DetailsChecks() {
    }

    static SupplierDetailsCheck supplierDetails(InMemorySupplierRepository suppliers) {
        SupplierDetailsCheck check = new SupplierDetailsCheck();
        check.suppliers = suppliers;
        return check;
    }

    static SubstanceDetailsCheck substanceDetails(InMemorySubstanceRepository substances,
                                                  InMemoryTherapeuticAreaRepository areas) {
        SubstanceDetailsCheck check = new SubstanceDetailsCheck();
        check.substances = substances;
        check.areas = areas;
        return check;
    }

    static ProductDetailsCheck productDetails(InMemoryProductRepository products, InMemorySubstanceRepository substances,
                                              InMemorySupplierRepository suppliers) {
        ProductDetailsCheck check = new ProductDetailsCheck();
        check.products = products;
        check.substances = substances;
        check.suppliers = suppliers;
        return check;
    }
}
