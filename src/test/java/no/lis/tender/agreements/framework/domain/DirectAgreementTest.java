package no.lis.tender.agreements.framework.domain;

import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.Money;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.TenderFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.CLOCK;
import static no.lis.tender.tendering.domain.TenderFixtures.oslo;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class DirectAgreementTest {

    private static final LocalDate FROM = LocalDate.of(2026, 2, 1);
    private static final LocalDate TO = LocalDate.of(2027, 1, 31);

    private static DirectAgreementTerms terms(String agreedPrice, String rebatePercent) {
        return new DirectAgreementTerms(new NyeMetoderId("ID2025_047"), 101L, "Alfa Pharma AS",
                new Varenummer("123456"), "Nyvirk 100 mg", new BigDecimal("1234.55"),
                agreedPrice == null ? null : new BigDecimal(agreedPrice),
                rebatePercent == null ? null : new BigDecimal(rebatePercent), FROM, TO, DirectAwardGround.EXCLUSIVE_RIGHTS,
                "Patentbeskyttet; bare innehaveren av markedsføringstillatelsen leverer.");
    }

    @Test
    void aRebateIsTakenOffTheMaximumPriceAndRoundedToOre() {
        DirectAgreement agreement = DirectAgreement.conclude(terms(null, "27.5"), BUYER, CLOCK);

        assertThat(agreement.isRebate()).isTrue();
        assertThat(agreement.getRebatePercent()).isEqualTo(new BigDecimal("27.50"));
        assertThat(agreement.effectivePrice()).as("1234,55 × 72,5 % = 895,04875").isEqualTo(new BigDecimal("895.05"));
        assertThat(agreement.getDecision()).isEqualTo(new NyeMetoderId("ID2025_047"));
    }

    @Test
    void anAgreedPriceIsThePriceThatApplies() {
        DirectAgreement agreement = DirectAgreement.conclude(terms("999.9", null), BUYER, CLOCK);

        assertThat(agreement.isRebate()).isFalse();
        assertThat(agreement.effectivePrice()).isEqualTo(new BigDecimal("999.90"));
        assertThat(agreement.getMaximumPrice()).isEqualTo(new BigDecimal("1234.55"));
    }

    @Test
    void eitherAnAgreedPriceOrARebateNeverBothOrNeither() {
        Violation rule = new Violation("agreedPrice", "agreements.direct.priceOrRebate");

        assertThat(refusal(() -> DirectAgreement.conclude(terms("900", "10"), BUYER, CLOCK))).containsExactly(rule);
        assertThat(refusal(() -> DirectAgreement.conclude(terms(null, null), BUYER, CLOCK))).containsExactly(rule);
    }

    @Test
    void theAgreedPriceIsNoHigherThanTheMaximumPrice() {
        assertThat(refusal(() -> DirectAgreement.conclude(terms("1234.56", null), BUYER, CLOCK)))
                .containsExactly(new Violation("agreedPrice", "agreements.direct.aboveMaximumPrice", Money.of("1234.55")));
        assertThat(DirectAgreement.conclude(terms("1234.55", null), BUYER, CLOCK).effectivePrice())
                .isEqualTo(new BigDecimal("1234.55"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "100", "-5", "12.345"})
    void aRebateIsAboveNothingAndBelowAllWithTwoDecimalsAtMost(String rebate) {
        assertThat(refusal(() -> DirectAgreement.conclude(terms(null, rebate), BUYER, CLOCK)))
                .containsExactly(new Violation("rebatePercent", "agreements.direct.rebateOutOfRange"));
    }

    @Test
    void itIsValidFromItsFirstToItsLastDayBothIncluded() {
        DirectAgreement agreement = DirectAgreement.conclude(terms(null, "10"), BUYER, CLOCK);

        assertThat(agreement.isValidOn(FROM.minusDays(1))).isFalse();
        assertThat(agreement.isValidOn(FROM)).isTrue();
        assertThat(agreement.isValidOn(TO)).isTrue();
        assertThat(agreement.isValid(TenderFixtures.at(oslo(2027, 2, 1, 0)))).isFalse();
    }

    @Test
    void everyMissingTermIsReportedAtOnce() {
        DirectAgreementTerms empty = new DirectAgreementTerms(null, null, " ", null, null, null, null,
                BigDecimal.TEN, FROM, FROM.minusDays(1), null, " ");

        assertThat(refusal(() -> DirectAgreement.conclude(empty, BUYER, CLOCK))).containsExactly(
                new Violation("decision", "validation.required"),
                new Violation("supplierId", "validation.required"),
                new Violation("supplierName", "validation.required"),
                new Violation("varenummer", "validation.required"),
                new Violation("productName", "validation.required"),
                new Violation("maximumPrice", "validation.required"),
                new Violation("validTo", "agreements.direct.validToBeforeFrom"),
                new Violation("legalGround", "validation.required"),
                new Violation("groundReason", "validation.required"));
    }

    @Test
    void theLegalGroundAndItsReasonAreKeptForTheTransparencyNotice() {
        DirectAgreement agreement = DirectAgreement.conclude(terms(null, "27.5"), BUYER, CLOCK);

        assertThat(agreement.getLegalGround()).isEqualTo(DirectAwardGround.EXCLUSIVE_RIGHTS);
        assertThat(agreement.getLegalGround().provision()).startsWith("§ 13-4");
        assertThat(agreement.getLegalGround().eformsCode()).isEqualTo("exclusive");
        assertThat(agreement.getGroundReason()).startsWith("Patentbeskyttet");
    }
}
