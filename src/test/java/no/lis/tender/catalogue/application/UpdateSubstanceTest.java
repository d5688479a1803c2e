package no.lis.tender.catalogue.application;

import no.lis.tender.catalogue.domain.AdministrationRoute;
import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.catalogue.domain.DoseUnit;
import no.lis.tender.catalogue.domain.Examples;
import no.lis.tender.catalogue.domain.Substance;
import no.lis.tender.catalogue.domain.Violations;
import no.lis.tender.shared.domain.Thing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static no.lis.tender.catalogue.domain.Violations.violation;
import static org.assertj.core.api.Assertions.assertThat;

class UpdateSubstanceTest {

    private final InMemorySubstanceRepository substances = new InMemorySubstanceRepository();
    private final UpdateSubstance updateSubstance = new UpdateSubstance();
    private Substance adalimumab;

    @BeforeEach
    void wire() {
        updateSubstance.substances = substances;
        updateSubstance.details = DetailsChecks.substanceDetails(substances, new InMemoryTherapeuticAreaRepository());
        adalimumab = substances.save(Examples.adalimumab());
    }

    @Test
    void dddIsChangedAndTheSubstanceKeepsItsOwnCode() {
        updateSubstance.update(new UpdateSubstance.Command(adalimumab.getId(), 1L, "L04AB04", "adalimumab",
                new DddInput(new BigDecimal("2.9"), DoseUnit.MG, AdministrationRoute.PARENTERAL), null, null));
        updateSubstance.update(new UpdateSubstance.Command(adalimumab.getId(), 2L, "L04AB04", "adalimumab",
                null, null, null));

        assertThat(adalimumab.getDdd()).isNull();
    }

    @Test
    void codeOfAnotherSubstanceIsRefusedAsTaken() {
        substances.save(new Substance(new AtcCode("L04AB01"), "etanercept"));

        assertThat(Violations.of(() -> updateSubstance.update(new UpdateSubstance.Command(adalimumab.getId(), 1L,
                "L04AB01", "adalimumab", null, null, null))))
                .containsExactly(violation("atcCode", "substance.atcCode.taken", "L04AB01"));
        assertThat(adalimumab.getAtcCode().value()).isEqualTo("L04AB04");
    }

    @Test
    void changeToAnOlderVersionIsRefusedAsChangedBySomeoneElse() {
        InMemoryRepository.storedAsVersion(adalimumab, 2);

        assertThat(Violations.of(() -> updateSubstance.update(new UpdateSubstance.Command(adalimumab.getId(), 1L,
                "L04AB04", "adalimumab", null, null, null))))
                .containsExactly(violation(null, "concurrent.modification", Thing.SUBSTANCE.named("adalimumab")));
        assertThat(adalimumab.getDdd()).isNotNull();
    }

    @Test
    void commandWithoutVersionIsRefusedAsChangedBySomeoneElse() {
        assertThat(Violations.of(() -> updateSubstance.update(new UpdateSubstance.Command(adalimumab.getId(), null,
                "L04AB04", "adalimumab", null, null, null))))
                .containsExactly(violation(null, "concurrent.modification", Thing.SUBSTANCE.named("adalimumab")));
    }
}
