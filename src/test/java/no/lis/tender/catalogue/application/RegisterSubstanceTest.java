package no.lis.tender.catalogue.application;

import no.lis.tender.catalogue.domain.AdministrationRoute;
import no.lis.tender.catalogue.domain.Ddd;
import no.lis.tender.catalogue.domain.DoseUnit;
import no.lis.tender.catalogue.domain.Examples;
import no.lis.tender.catalogue.domain.Substance;
import no.lis.tender.catalogue.domain.TherapeuticArea;
import no.lis.tender.catalogue.domain.Violations;
import no.lis.tender.shared.domain.Thing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static no.lis.tender.catalogue.domain.Violations.violation;
import static org.assertj.core.api.Assertions.assertThat;

class RegisterSubstanceTest {

    private final InMemorySubstanceRepository substances = new InMemorySubstanceRepository();
    private final InMemoryTherapeuticAreaRepository areas = new InMemoryTherapeuticAreaRepository();
    private final RegisterSubstance registerSubstance = new RegisterSubstance();
    private TherapeuticArea rheumatology;

    @BeforeEach
    void wire() {
        registerSubstance.substances = substances;
        registerSubstance.details = DetailsChecks.substanceDetails(substances, areas);
        rheumatology = areas.save(Examples.rheumatology());
    }

    @Test
    void substanceIsRegisteredWithItsDddPatentExpiryAndArea() {
        long id = registerSubstance.register(new RegisterSubstance.Command("l04ab04", "adalimumab",
                new DddInput(new BigDecimal("2.9"), DoseUnit.MG, AdministrationRoute.PARENTERAL),
                LocalDate.of(2018, 10, 16), rheumatology.getId()));

        Substance adalimumab = substances.findById(id).orElseThrow();
        assertThat(adalimumab.getAtcCode().value()).isEqualTo("L04AB04");
        assertThat(adalimumab.getDdd())
                .isEqualTo(new Ddd(new BigDecimal("2.9"), DoseUnit.MG, AdministrationRoute.PARENTERAL));
        assertThat(adalimumab.getPatentExpiry()).isEqualTo(LocalDate.of(2018, 10, 16));
        assertThat(adalimumab.getTherapeuticArea()).isSameAs(rheumatology);
    }

    @Test
    void dddLeftOutOrLeftEmptyMeansTheSubstanceHasNone() {
        long withoutDdd = registerSubstance.register(new RegisterSubstance.Command("L01FA01", "rituksimab",
                null, null, null));
        long withEmptyDdd = registerSubstance.register(new RegisterSubstance.Command("L01FD01", "trastuzumab",
                new DddInput(null, null, null), null, null));

        assertThat(substances.findById(withoutDdd).orElseThrow().getDdd()).isNull();
        assertThat(substances.findById(withEmptyDdd).orElseThrow().getDdd()).isNull();
        assertThat(substances.findById(withoutDdd).orElseThrow().getTherapeuticArea()).isNull();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceWithTheDddsPartsUnderDdd() {
        assertThat(Violations.of(() -> registerSubstance.register(new RegisterSubstance.Command("L04AB4", "",
                new DddInput(BigDecimal.ZERO, DoseUnit.MG, null), null, 77L))))
                .containsExactly(
                        violation("atcCode", "atc.invalid"),
                        violation("name", "validation.required"),
                        violation("ddd.amount", "amount.invalid"),
                        violation("ddd.route", "validation.required"),
                        violation("therapeuticAreaId", "not.found", Thing.THERAPEUTIC_AREA.named(77)));
    }

    @Test
    void atcCodeOfAnotherSubstanceIsRefusedAsTaken() {
        substances.save(Examples.adalimumab());

        assertThat(Violations.of(() -> registerSubstance.register(new RegisterSubstance.Command("L04AB04",
                "adalimumab", null, null, null))))
                .containsExactly(violation("atcCode", "substance.atcCode.taken", "L04AB04"));
    }
}
