package no.lis.tender.catalogue.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SupplierQueryTest {

    @Test
    void textIsStrippedAndBlankLetsAllThrough() {
        assertThat(new SupplierQuery(" abbvie ").text()).isEqualTo("abbvie");
        assertThat(new SupplierQuery("   ").text()).isNull();
    }
}
