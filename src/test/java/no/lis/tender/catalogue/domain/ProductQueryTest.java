package no.lis.tender.catalogue.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProductQueryTest {

    @Test
    void blankCriteriaLetAllThrough() {
        ProductQuery query = new ProductQuery("  ", null, " ", null, null);

        assertThat(query.text()).isNull();
        assertThat(query.atcPrefix()).isNull();
    }

    @Test
    void textIsStrippedAndAtcPrefixUpperCased() {
        ProductQuery query = new ProductQuery(" Humira ", ProductType.ORIGINATOR, "l04ab", 1L, 2L);

        assertThat(query.text()).isEqualTo("Humira");
        assertThat(query.atcPrefix()).isEqualTo("L04AB");
    }
}
