package no.lis.tender.agreements.framework.application;

import no.lis.tender.agreements.AgreementsWorld;
import no.lis.tender.agreements.framework.domain.AgreementOptionStatus;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.TenderStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static no.lis.tender.agreements.award.domain.AwardFixtures.ALFA;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class AgreementUseCasesTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate END = LocalDate.of(2028, 8, 31);

    private final AgreementsWorld world = new AgreementsWorld();
    private final Long tenderId = world.tender.getId();

    private static List<String> keys(List<Violation> violations) {
        return violations.stream().map(Violation::messageKey).toList();
    }

    private ConcludeAgreementCommand alfaAgreement() {
        return new ConcludeAgreementCommand(tenderId, 1, "NO", List.of(new ConcludeAgreementCommand.Price(ALFA,
                "123451", "Alfa adalimumab 40 mg penn", new BigDecimal("6950.00"))), START, END,
                List.of(new ConcludeAgreementCommand.Option(12, LocalDate.of(2028, 2, 28)),
                        new ConcludeAgreementCommand.Option(12, LocalDate.of(2029, 2, 28))));
    }

    @Test
    void concludingDuringTheStandstillIsRefusedWithItsLastDayAndAllowedAfterIt() {
        world.awardedToAlfaWithLettersIssued();

        List<Violation> refused = refusal(() -> world.concludeFramework.conclude(alfaAgreement(), "kari"));
        assertThat(keys(refused)).containsExactly("agreements.standstill.notEnded");
        assertThat(refused.get(0).arguments()).containsExactly(LocalDate.of(2026, 4, 13));

        world.at(LocalDate.of(2026, 4, 14), 0);
        FrameworkAgreement agreement = world.concludeFramework.conclude(alfaAgreement(), "kari");
        assertThat(agreement.getId()).isNotNull();
        assertThat(world.tender.getStatus()).as("active with the first market concluded")
                .isEqualTo(TenderStatus.AGREEMENT_ACTIVE);
        assertThat(world.awardQueries.award(tenderId).markets().get(0).agreementId()).isEqualTo(agreement.getId());
        assertThat(keys(refusal(() -> world.concludeFramework.conclude(alfaAgreement(), "kari"))))
                .containsExactly("agreements.agreement.alreadyConcluded");
    }

    @Test
    void aPackNumberThatIsNoVarenummerIsRefusedUnderItsLine() {
        world.awardedToAlfaWithLettersIssued();
        world.at(LocalDate.of(2026, 4, 14), 9);
        ConcludeAgreementCommand typo = new ConcludeAgreementCommand(tenderId, 1, "NO", List.of(
                new ConcludeAgreementCommand.Price(ALFA, "12345X", "Alfa", new BigDecimal("6950.00"))), START, END, null);

        assertThat(refusal(() -> world.concludeFramework.conclude(typo, "kari"))).extracting(Violation::field)
                .containsExactly("prices[0].varenummer");
    }

    @Test
    void exercisingAnOptionMovesTheEndAndDecliningTheNextLeavesItWhereItStands() {
        world.awardedToAlfaWithLettersIssued();
        world.at(LocalDate.of(2026, 4, 14), 9);
        Long id = world.concludeFramework.conclude(alfaAgreement(), "kari").getId();

        world.at(LocalDate.of(2028, 1, 15), 9);
        AgreementRows.Framework exercised = world.agreementQueries.row(world.decideOption.exercise(id, 1, "kari"));
        assertThat(exercised.end()).isEqualTo(LocalDate.of(2029, 8, 31));
        assertThat(exercised.nextOption()).isEqualTo(2);
        assertThat(keys(refusal(() -> world.decideOption.exercise(id, 1, "kari"))))
                .containsExactly("agreements.option.outOfOrder");

        AgreementRows.Framework declined = world.agreementQueries.row(world.decideOption.decline(id, 2, "kari"));
        assertThat(declined.end()).isEqualTo(LocalDate.of(2029, 8, 31));
        assertThat(declined.options()).extracting(AgreementRows.Option::status)
                .containsExactly(AgreementOptionStatus.EXERCISED, AgreementOptionStatus.DECLINED);
        assertThat(keys(refusal(() -> world.decideOption.exercise(99L, 1, "kari"))))
                .containsExactly("agreements.agreement.notFound");
    }

    @Test
    void theAgreementsInForceAreThoseStartedAndNotEndedWhileAllListsEveryOne() {
        world.awardedToAlfaWithLettersIssued();
        world.at(LocalDate.of(2026, 4, 14), 9);
        world.concludeFramework.conclude(alfaAgreement(), "kari");

        assertThat(world.agreementQueries.agreements(false).framework()).as("starts 1 September").isEmpty();
        assertThat(world.agreementQueries.agreements(true).framework()).singleElement().satisfies(row -> {
            assertThat(row.lines()).singleElement().satisfies(line -> {
                assertThat(line.supplierRank()).isEqualTo(1);
                assertThat(line.pricePerPack()).isEqualByComparingTo("6950");
            });
            assertThat(row.options()).extracting(AgreementRows.Option::decideBy)
                    .containsExactly(LocalDate.of(2028, 2, 28), LocalDate.of(2029, 2, 28));
        });
        world.at(LocalDate.of(2026, 9, 1), 9);
        assertThat(world.agreementQueries.agreements(false).framework()).hasSize(1);
    }

    @Test
    void aDirectAgreementTakesItsSupplierAndMaximumPriceFromTheCatalogueAndARebateOffIt() {
        AgreementRows.Direct direct = world.agreementQueries.row(world.concludeDirect.conclude(new DirectAgreementCommand(
                " ID2025_047 ", "123456", null, new BigDecimal("27.5"), LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31), "EXCLUSIVE_RIGHTS", "Patentbeskyttet legemiddel."), "kari"));

        assertThat(direct.nyeMetoderId()).isEqualTo("ID2025_047");
        assertThat(direct.supplierId()).isEqualTo(AgreementsWorld.ABBVIE);
        assertThat(direct.supplierName()).isEqualTo("AbbVie AS");
        assertThat(direct.maximumPrice()).isEqualByComparingTo("10000");
        assertThat(direct.effectivePrice()).isEqualByComparingTo("7250.00");
        assertThat(direct.valid()).isTrue();
        assertThat(direct.legalGround()).isEqualTo("EXCLUSIVE_RIGHTS");
        assertThat(direct.legalGroundProvision()).isEqualTo("§ 13-4 (1) a nr. 3; art. 32 (2) b iii");
        assertThat(world.agreementQueries.agreements(false).direct()).hasSize(1);
    }

    @Test
    void aDirectAgreementOnAnUnknownPackOrWithAMalformedDecisionIdIsRefusedFieldByField() {
        List<Violation> refused = refusal(() -> world.concludeDirect.conclude(new DirectAgreementCommand("ID25_47",
                "999999", new BigDecimal("5000"), null, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31),
                "BECAUSE_WE_SAY_SO", "x"), "kari"));
        assertThat(refused).extracting(Violation::field).containsExactly("decision", "varenummer", "legalGround");
        assertThat(keys(refused)).containsExactly("agreements.nyeMetoderId.invalid", "agreements.direct.productUnknown",
                "agreements.direct.legalGroundUnknown");
        List<Violation> both = refusal(() -> world.concludeDirect.conclude(new DirectAgreementCommand("ID2025_047",
                "123456", new BigDecimal("5000"), new BigDecimal("10"), LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31), "EXTREME_URGENCY", "Mangelsituasjon."), "kari"));
        assertThat(keys(both)).containsExactly("agreements.direct.priceOrRebate");
    }
}
