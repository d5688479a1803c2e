package no.lis.tender.catalogue.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubstanceQueryTest {

    @Test
    void blankTextLetsAllThroughAndAtcPrefixIsUpperCased() {
        SubstanceQuery query = new SubstanceQuery(" ", "l04", null);

        assertThat(query.text()).isNull();
        assertThat(query.atcPrefix()).isEqualTo("L04");
    }
}
