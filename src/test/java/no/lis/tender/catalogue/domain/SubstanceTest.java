package no.lis.tender.catalogue.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static no.lis.tender.catalogue.domain.Violations.violation;
import static org.assertj.core.api.Assertions.assertThat;

class SubstanceTest {

    @Test
    void substanceMayHaveNoDddNoPatentExpiryAndNoTherapeuticArea() {
        Substance substance = new Substance(new AtcCode("L01FA01"), "rituksimab");

        assertThat(substance.getDdd()).isNull();
        assertThat(substance.getPatentExpiry()).isNull();
        assertThat(substance.getTherapeuticArea()).isNull();
    }

    @Test
    void substanceIsReclassifiedAndPlaced() {
        Substance substance = Examples.adalimumab();
        TherapeuticArea rheumatology = Examples.rheumatology();

        substance.reclassify(new AtcCode("L04AB05"));
        substance.changePatentExpiry(LocalDate.of(2018, 10, 16));
        substance.assignTo(rheumatology);

        assertThat(substance.getAtcCode().value()).isEqualTo("L04AB05");
        assertThat(substance.getPatentExpiry()).isEqualTo(LocalDate.of(2018, 10, 16));
        assertThat(substance.getTherapeuticArea()).isSameAs(rheumatology);
    }

    @Test
    void dddCanBeTakenAway() {
        Substance substance = Examples.adalimumab();

        substance.defineDdd(null);

        assertThat(substance.getDdd()).isNull();
    }

    @Test
    void substanceWithoutAtcCodeIsRefused() {
        assertThat(Violations.of(() -> new Substance(null, "adalimumab")))
                .containsExactly(violation(null, "validation.required"));
    }
}
