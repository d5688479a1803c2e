package no.lis.tender.agreements.framework.domain;

import no.lis.tender.agreements.award.domain.AwardFixtures;
import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.Stored;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.TenderFixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static no.lis.tender.agreements.award.domain.AwardFixtures.AFTER_STANDSTILL;
import static no.lis.tender.agreements.award.domain.AwardFixtures.ALFA;
import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.oslo;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/** Months of cover, stock reports against them, and the shortage register (issue 16 item 6). */
class SupplySecurityTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate END = LocalDate.of(2028, 8, 31);
    private static final Varenummer PEN = new Varenummer("123456");
    private static final AtcCode ADALIMUMAB = new AtcCode("L04AB04");
    private static final Clock IN_FORCE = TenderFixtures.at(oslo(2027, 3, 1, 12));

    private final FrameworkAgreement agreement = Stored.withId(FrameworkAgreement.conclude(AwardFixtures.issued(), 1,
            "NO", List.of(new FrameworkAgreementPrice(ALFA, PEN, "Hyrimoz 40 mg penn", new BigDecimal("2150.50"))),
            START, END, List.of(), BUYER, AFTER_STANDSTILL), 7L);

    private StockReport report(Long supplier, String months) {
        return StockReport.report(agreement, supplier, LocalDate.of(2027, 2, 28), 1200L, new BigDecimal(months),
                "alfa", IN_FORCE);
    }

    @Test
    void theCoverIsOneToTwentyFourMonthsAndNotAfterTermination() {
        assertThat(refusal(() -> agreement.agreeCover(0)))
                .containsExactly(new Violation("months", "agreements.cover.monthsOutOfRange", 24));
        assertThat(refusal(() -> agreement.agreeCover(null)))
                .containsExactly(new Violation("months", "validation.required"));
        agreement.agreeCover(6);
        assertThat(agreement.getCoverMonths()).isEqualTo(6);

        agreement.terminate(LocalDate.of(2027, 1, 31), "Leverandøren har trukket produktet.", BUYER, IN_FORCE);
        assertThat(refusal(() -> agreement.agreeCover(3)))
                .containsExactly(new Violation(null, "agreements.agreement.terminated", LocalDate.of(2027, 1, 31)));
    }

    @Test
    void aReportBelowTheAgreedCoverIsMarkedAndOneAtItIsNot() {
        agreement.agreeCover(6);

        StockReport below = report(ALFA, "4.5");
        StockReport enough = report(ALFA, "6");

        assertThat(below.isBelowCover()).isTrue();
        assertThat(below.getCoverMonths()).isEqualTo(6);
        assertThat(below.getSupplierName()).isEqualTo("Alfa Pharma AS");
        assertThat(enough.isBelowCover()).isFalse();
        assertThat(enough.getMonthsOfStock()).isEqualTo(new BigDecimal("6.0"));
    }

    @Test
    void onlyTheAgreementsOwnSupplierReportsAndOnlyWhereCoverIsAgreed() {
        assertThat(refusal(() -> report(ALFA, "6"))).containsExactly(new Violation(null, "agreements.stock.noCover"));
        agreement.agreeCover(6);
        assertThat(refusal(() -> report(AwardFixtures.BETA, "6")))
                .as("another supplier's agreement is as unknown as none")
                .containsExactly(new Violation(null, "agreements.stock.notYours", 7L));
    }

    @Test
    void aReportNamesEveryBrokenRuleAtOnce() {
        agreement.agreeCover(6);

        assertThat(refusal(() -> StockReport.report(agreement, ALFA, LocalDate.of(2027, 3, 2), -1L,
                new BigDecimal("2.25"), "alfa", IN_FORCE))).containsExactly(
                new Violation("countedOn", "agreements.stock.countedInFuture"),
                new Violation("packsInStock", "agreements.stock.packs", StockReport.MAX_PACKS),
                new Violation("monthsOfStock", "agreements.stock.months", StockReport.MAX_MONTHS));
        assertThat(refusal(() -> StockReport.report(agreement, ALFA, LocalDate.of(2027, 2, 1), 10L, BigDecimal.ONE,
                "alfa", TenderFixtures.at(oslo(2028, 9, 1, 12)))))
                .as("expired").containsExactly(new Violation(null, "agreements.stock.notInForce"));
    }

    @Test
    void theLatestReportOfEachSupplierCounts() {
        agreement.agreeCover(6);
        StockReport latest = Stored.withId(report(ALFA, "6"), 2L);
        StockReport earlier = Stored.withId(report(ALFA, "2"), 1L);

        assertThat(StockReport.latestOfEachSupplier(List.of(latest, earlier))).containsExactly(latest);
    }

    @Test
    void aShortageIsOfAPackOfTheAgreementWithItsPeriodSubstituteAndCostInOre() {
        Shortage shortage = Shortage.record(agreement, PEN, ADALIMUMAB, LocalDate.of(2027, 2, 1), null,
                "Amgevita 40 mg penn", new BigDecimal("125000.5"), BUYER, IN_FORCE);

        assertThat(shortage.getPack().getSupplierName()).isEqualTo("Alfa Pharma AS");
        assertThat(shortage.getPack().getProductName()).isEqualTo("Hyrimoz 40 mg penn");
        assertThat(shortage.getAtcCode()).isEqualTo("L04AB04");
        assertThat(shortage.getSubstituteCost()).isEqualTo(new BigDecimal("125000.50"));
        assertThat(shortage.isOngoingOn(LocalDate.of(2027, 6, 1))).as("open while it lasts").isTrue();

        shortage.end(LocalDate.of(2027, 3, 15));
        assertThat(shortage.isOngoingOn(LocalDate.of(2027, 3, 16))).isFalse();
        assertThat(refusal(() -> shortage.end(LocalDate.of(2027, 4, 1))))
                .containsExactly(new Violation(null, "agreements.shortage.alreadyEnded", LocalDate.of(2027, 3, 15)));
    }

    @Test
    void aShortageNamesEveryBrokenRuleAtOnce() {
        assertThat(refusal(() -> Shortage.record(agreement, new Varenummer("654321"), null, LocalDate.of(2026, 8, 1),
                LocalDate.of(2026, 7, 1), " ", new BigDecimal("-1.001"), BUYER, IN_FORCE))).containsExactly(
                new Violation("varenummer", "agreements.shortage.notOnAgreement", "654321"),
                new Violation("from", "agreements.shortage.beforeStart", START),
                new Violation("to", "agreements.shortage.endBeforeStart"),
                new Violation("substitute", "validation.required"),
                new Violation("substituteCost", "agreements.shortage.cost"));
    }
}
