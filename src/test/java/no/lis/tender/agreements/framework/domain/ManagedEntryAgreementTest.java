package no.lis.tender.agreements.framework.domain;

import no.lis.tender.agreements.framework.domain.ManagedEntryTerms.CapBasis;
import no.lis.tender.agreements.framework.domain.ManagedEntryTerms.FlatRebate;
import no.lis.tender.agreements.framework.domain.ManagedEntryTerms.OutcomeBasedPayment;
import no.lis.tender.agreements.framework.domain.ManagedEntryTerms.PriceVolumeCap;
import no.lis.tender.agreements.framework.domain.ManagedEntryTerms.TemporaryPrice;
import no.lis.tender.agreements.framework.domain.ManagedEntryTerms.VolumeTier;
import no.lis.tender.agreements.framework.domain.ManagedEntryTerms.VolumeTiers;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.Money;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class ManagedEntryAgreementTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T08:00:00Z"), ZoneOffset.UTC);
    private static final BigDecimal PRICE = new BigDecimal("1000.00");
    private static final BigDecimal MAXIMUM = new BigDecimal("1500.00");
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
    /** 1 000 a pack up to 100 packs, 900 from the 101st, 800 from the 201st. */
    private static final VolumeTiers TIERS = new VolumeTiers(List.of(
            new VolumeTier(new BigDecimal("100"), new BigDecimal("900.00")),
            new VolumeTier(new BigDecimal("200"), new BigDecimal("800.00"))));

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static ManagedEntryCost cost(ManagedEntryTerms terms, String packs) {
        return ManagedEntryAgreement.agree(AgreementKind.DIRECT, 7L, null, n(packs), terms, PRICE, "kari", CLOCK)
                .expectedYear(PRICE, MAXIMUM, TODAY);
    }

    @ParameterizedTest(name = "{0} packs: {1} at the agreed price, tiers take off {2}, {3} to pay")
    @CsvSource({
            "99, 99000.00, 0.00, 99000.00",
            "100, 100000.00, 0.00, 100000.00",
            "101, 101000.00, 100.00, 100900.00",
            "200, 200000.00, 10000.00, 190000.00",
            "201, 201000.00, 10200.00, 190800.00"})
    void volumeTiersPriceOnlyThePacksAboveEachTierVolumeLower(String packs, String list, String effect, String expected) {
        ManagedEntryCost cost = cost(TIERS, packs);

        assertThat(cost.listCost()).isEqualByComparingTo(list);
        assertThat(cost.priceEffect()).as("the tier price effect").isEqualByComparingTo(effect);
        assertThat(cost.payback()).isEqualByComparingTo("0");
        assertThat(cost.expectedCost()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "cost cap: {0} packs owe {1} back")
    @CsvSource({"99, 0.00", "100, 0.00", "101, 500.00", "150, 25000.00"})
    void aCostCapPaysBackItsRateOfTheCostAboveTheCap(String packs, String payback) {
        ManagedEntryCost cost = cost(new PriceVolumeCap(CapBasis.COST, n("100000"), n("50")), packs);

        assertThat(cost.payback()).isEqualByComparingTo(payback);
        assertThat(cost.expectedCost()).isEqualByComparingTo(cost.listCost().subtract(n(payback)));
    }

    @ParameterizedTest(name = "volume cap: {0} packs owe {1} back")
    @CsvSource({"100, 0.00", "101, 1000.00", "110.5, 10500.00"})
    void aVolumeCapPaysBackThePacksAboveTheCapAtTheAgreedPrice(String packs, String payback) {
        assertThat(cost(new PriceVolumeCap(CapBasis.VOLUME, n("100"), n("100")), packs).payback())
                .isEqualByComparingTo(payback);
    }

    @Test
    void aFlatRebateTakesItsPercentOffTheCostAtTheAgreedPrice() {
        ManagedEntryCost cost = cost(new FlatRebate(n("27.5")), "12");

        assertThat(cost.listCost()).isEqualByComparingTo("12000.00");
        assertThat(cost.priceEffect()).isEqualByComparingTo("3300.00");
        assertThat(cost.expectedCost()).isEqualByComparingTo("8700.00");
    }

    @Test
    void paymentPerResponderPaysThePricePerPatientOnlyForTheRespondersShare() {
        OutcomeBasedPayment terms = new OutcomeBasedPayment(n("200000"), n("26"), n("60"));
        ManagedEntryCost cost = cost(terms, "260");

        assertThat(terms.patients(n("260"))).isEqualByComparingTo("10");
        assertThat(cost.listCost()).as("every treated patient").isEqualByComparingTo("2000000.00");
        assertThat(cost.priceEffect()).as("the non-responders").isEqualByComparingTo("800000.00");
        assertThat(cost.expectedCost()).as("6 responders").isEqualByComparingTo("1200000.00");
    }

    @Test
    void aTemporaryPriceAppliesToItsReassessmentDateThenTheMaximumPrice() {
        TemporaryPrice terms = new TemporaryPrice(n("500"), LocalDate.of(2026, 6, 30));
        ManagedEntryAgreement mea = ManagedEntryAgreement.agree(AgreementKind.FRAMEWORK, 3L, new Varenummer("411881"),
                n("10"), terms, PRICE, "kari", CLOCK);

        assertThat(mea.expectedYear(PRICE, MAXIMUM, LocalDate.of(2026, 6, 30)).expectedCost()).isEqualByComparingTo("5000");
        ManagedEntryCost after = mea.expectedYear(PRICE, MAXIMUM, LocalDate.of(2026, 7, 1));
        assertThat(after.expectedCost()).isEqualByComparingTo("15000");
        assertThat(after.priceEffect()).as("dearer, not cheaper").isEqualByComparingTo("-10000");
        assertThat(mea.isReassessmentDue(LocalDate.of(2026, 3, 31))).as("91 days before").isFalse();
        assertThat(mea.isReassessmentDue(LocalDate.of(2026, 4, 1))).as("90 days before").isTrue();
        assertThat(mea.isReassessmentDue(LocalDate.of(2026, 8, 1))).as("past it, not renewed").isTrue();

        mea.revise(new Varenummer("411881"), n("10"), new TemporaryPrice(n("500"), LocalDate.of(2027, 6, 30)), PRICE,
                "kari", CLOCK);
        assertThat(mea.isReassessmentDue(LocalDate.of(2026, 8, 1))).as("renewed").isFalse();
        assertThat(mea.terms()).isEqualTo(new TemporaryPrice(n("500"), LocalDate.of(2027, 6, 30)));
    }

    @Test
    void theTermsReadBackAsAgreedAndARevisionReplacesThem() {
        ManagedEntryAgreement mea = ManagedEntryAgreement.agree(AgreementKind.DIRECT, 7L, null, n("150"), TIERS, PRICE,
                "kari", CLOCK);
        assertThat(mea.terms()).isEqualTo(TIERS);
        assertThat(mea.getKind()).isEqualTo(ManagedEntryKind.VOLUME_TIERS);

        mea.revise(null, n("150"), new FlatRebate(n("10")), PRICE, "kari", CLOCK);
        assertThat(mea.terms()).isEqualTo(new FlatRebate(n("10")));
    }

    @Test
    void tiersRiseInVolumeAndFallInPriceBelowTheAgreedPrice() {
        VolumeTiers wrong = new VolumeTiers(List.of(new VolumeTier(n("100"), n("1000.00")),
                new VolumeTier(n("100"), n("1200")), new VolumeTier(n("-3"), n("0"))));

        assertThat(refusal(() -> ManagedEntryAgreement.agree(AgreementKind.DIRECT, 7L, null, n("0"), wrong, PRICE,
                "kari", CLOCK))).containsExactlyInAnyOrder(
                new Violation("estimatedPacks", "mea.packs.invalid"),
                new Violation("tiers[0].pricePerPack", "mea.tiers.priceOrder", Money.of(PRICE)),
                new Violation("tiers[1].fromPacks", "mea.tiers.volumeOrder"),
                new Violation("tiers[1].pricePerPack", "mea.tiers.priceOrder", Money.of(PRICE)),
                new Violation("tiers[2].fromPacks", "mea.packs.invalid"),
                new Violation("tiers[2].pricePerPack", "mea.amount.invalid"));
        assertThat(refusal(() -> ManagedEntryAgreement.agree(AgreementKind.DIRECT, 7L, null, n("1"),
                new VolumeTiers(List.of()), PRICE, "kari", CLOCK)))
                .containsExactly(new Violation("tiers", "mea.tiers.required"));
    }

    @Test
    void percentsAreAboveNothingAndARebateBelowAll() {
        assertThat(refusal(() -> cost(new FlatRebate(n("100")), "1")))
                .containsExactly(new Violation("rebatePercent", "mea.percent.belowHundred"));
        assertThat(refusal(() -> cost(new PriceVolumeCap(null, null, n("100.5")), "1"))).containsExactly(
                new Violation("capBasis", "validation.required"), new Violation("cap", "validation.required"),
                new Violation("paybackPercent", "mea.percent.upToHundred"));
        assertThat(refusal(() -> cost(new TemporaryPrice(n("1.234"), null), "1"))).containsExactly(
                new Violation("temporaryPrice", "mea.amount.invalid"), new Violation("reassessBy", "validation.required"));
        assertThat(refusal(() -> cost(null, "1"))).containsExactly(new Violation("kind", "validation.required"));
    }

    @Test
    void theAgreementYearRunsFromAnAnniversaryOfTheStart() {
        LocalDate start = LocalDate.of(2026, 3, 15);

        assertThat(AgreementYear.containing(start, LocalDate.of(2027, 3, 14)))
                .isEqualTo(new AgreementYear(start, LocalDate.of(2027, 3, 14)));
        assertThat(AgreementYear.containing(start, LocalDate.of(2027, 3, 15)).first()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(AgreementYear.containing(start, LocalDate.of(2026, 1, 1)).first()).as("before the start").isEqualTo(start);
    }
}
