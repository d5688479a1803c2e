package no.lis.tender.catalogue.api;

import no.lis.tender.catalogue.domain.AdministrationRoute;
import no.lis.tender.catalogue.domain.DoseUnit;
import no.lis.tender.catalogue.domain.ProductQuery;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiInputTest {

    private final Validation validation = new Validation();

    @Test
    void constantsAreNamedInAnyCaseAndWithoutUnderscores() {
        assertThat(ApiInput.constant(DoseUnit.class, "mg", "unit", validation)).isEqualTo(DoseUnit.MG);
        assertThat(ApiInput.constant(ProductQuery.Sort.class, "atcCode", "sort", validation))
                .isEqualTo(ProductQuery.Sort.ATC_CODE);
        assertThat(ApiInput.constant(ProductQuery.Sort.class, "MAXIMUM_PRICE", "sort", validation))
                .isEqualTo(ProductQuery.Sort.MAXIMUM_PRICE);
        assertThat(validation.isValid()).isTrue();
    }

    @Test
    void aRouteMayBeGivenByItsWhoCode() {
        assertThat(ApiInput.constant(AdministrationRoute.class, "P", "ddd.route", validation,
                AdministrationRoute::whoCode)).isEqualTo(AdministrationRoute.PARENTERAL);
        assertThat(ApiInput.constant(AdministrationRoute.class, "inhal", "ddd.route", validation,
                AdministrationRoute::whoCode)).isEqualTo(AdministrationRoute.INHALATION);
    }

    @Test
    void nothingTypedIsNoConstant() {
        assertThat(ApiInput.constant(DoseUnit.class, " ", "unit", validation)).isNull();
        assertThat(validation.isValid()).isTrue();
    }

    @Test
    void anUnknownNameIsReportedUnderItsFieldWithTheAllowedNames() {
        assertThat(ApiInput.constant(DoseUnit.class, "pills", "ddd.unit", validation)).isNull();

        assertThat(validation.violations()).containsExactly(new Violation("ddd.unit", "catalogue.value.unknown",
                "pills", "G, MG, MCG, IU, TU, MU, MMOL, ML"));
    }

    @Test
    void theOrderIsAscendingUnlessDescendingIsAskedFor() {
        assertThat(ApiInput.ascending(null, validation)).isTrue();
        assertThat(ApiInput.ascending("DESC", validation)).isFalse();
        assertThat(ApiInput.ascending("sideways", validation)).isTrue();
        assertThat(validation.violations()).extracting(Violation::field).containsExactly("order");
    }

    @Test
    void pagesAreCappedAt500() {
        assertThat(ApiInput.max(10_000)).isEqualTo(500);
        assertThat(ApiInput.max(0)).isEqualTo(1);
        assertThat(ApiInput.first(-5)).isZero();
    }
}
