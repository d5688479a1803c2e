package no.lis.tender.agreements.recommendations.domain;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PriceAccessTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static PriceAccess asked() {
        return PriceAccess.request("lars", "Lars Moe", " oslo  universitetssykehus hf ", "Legemiddelkomiteen trenger prisene", NOW);
    }

    @Test
    void aRequestNamesAKnownTrustAsTheListWritesItAndWaitsForADecision() {
        PriceAccess access = asked();

        assertThat(access.getHospitalTrust()).isEqualTo("Oslo universitetssykehus HF");
        assertThat(access.getStatus()).isEqualTo(PriceAccessStatus.REQUESTED);
        assertThat(access.isValidOn(TODAY)).isFalse();
        assertThat(access.isOpenOrValidOn(TODAY)).isTrue();
    }

    @Test
    void anUnknownTrustAndAMissingReasonAreBothNamed() {
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> PriceAccess.request("lars", "Lars Moe", "Sykehuset i Atlantis HF", " ", NOW));

        assertThat(refused.violations()).containsExactly(
                new Violation("hospitalTrust", "priceAccess.trust.unknown", "Sykehuset i Atlantis HF"),
                new Violation("reason", "validation.required"));
    }

    @Test
    void aGrantLastsTwelveMonthsUnlessALastDayIsChosenAndEndsTheDayAfterIt() {
        PriceAccess byDefault = asked();
        byDefault.grant("kari", null, TODAY, NOW);
        assertThat(byDefault.getValidUntil()).isEqualTo(LocalDate.of(2027, 12, 6));
        assertThat(byDefault.getDecidedBy()).isEqualTo("kari");

        PriceAccess chosen = asked();
        chosen.grant("kari", LocalDate.of(2027, 3, 31), TODAY, NOW);
        assertThat(chosen.isValidOn(LocalDate.of(2027, 3, 31))).isTrue();
        assertThat(chosen.endsSoon(LocalDate.of(2027, 3, 1))).as("30 days before: warned").isTrue();
        assertThat(chosen.endsSoon(LocalDate.of(2027, 2, 28))).isFalse();
        assertThat(chosen.expireIfDue(LocalDate.of(2027, 3, 31))).as("its last day still counts").isFalse();
        assertThat(chosen.expireIfDue(LocalDate.of(2027, 4, 1))).isTrue();
        assertThat(chosen.getStatus()).isEqualTo(PriceAccessStatus.EXPIRED);
        assertThat(chosen.isValidOn(LocalDate.of(2027, 4, 1))).isFalse();
        assertThat(chosen.expireIfDue(LocalDate.of(2027, 4, 2))).as("once").isFalse();
    }

    @Test
    void theHolderIsWarnedOnceWithinThirtyDaysOfTheLastDayAndNeverBeforeOrAfterIt() {
        PriceAccess access = asked();
        access.grant("kari", LocalDate.of(2027, 3, 31), TODAY, NOW);

        assertThat(access.warnIfEndingSoon(LocalDate.of(2027, 2, 28), NOW)).as("31 days before").isFalse();
        assertThat(access.warnIfEndingSoon(LocalDate.of(2027, 3, 1), NOW)).as("30 days before").isTrue();
        assertThat(access.getWarnedAt()).isEqualTo(NOW);
        assertThat(access.warnIfEndingSoon(LocalDate.of(2027, 3, 2), NOW)).as("once").isFalse();

        PriceAccess waiting = asked();
        assertThat(waiting.warnIfEndingSoon(TODAY, NOW)).as("nothing granted, nothing ends").isFalse();
    }

    @Test
    void aLastDayTodayOrBeyondTwentyFourMonthsIsRefusedAndADecidedRequestCannotBeDecidedAgain() {
        PriceAccess access = asked();
        assertThat(catchThrowableOfType(DomainException.class, () -> access.grant("kari", TODAY, TODAY, NOW)).violations())
                .containsExactly(new Violation("validUntil", "priceAccess.validUntil.notAfterToday"));
        assertThat(catchThrowableOfType(DomainException.class,
                () -> access.grant("kari", TODAY.plusMonths(24).plusDays(1), TODAY, NOW)).violations())
                .containsExactly(new Violation("validUntil", "priceAccess.validUntil.tooLate", 24L));
        assertThat(access.getStatus()).isEqualTo(PriceAccessStatus.REQUESTED);

        access.grant("kari", TODAY.plusMonths(24), TODAY, NOW);
        assertThat(catchThrowableOfType(DomainException.class, () -> access.refuse("per", "Nei", NOW)).violations())
                .containsExactly(new Violation(null, "priceAccess.decided"));
    }

    @Test
    void aRefusalNeedsAReasonAndThenNoLongerCountsAgainstANewRequest() {
        PriceAccess access = asked();
        assertThat(catchThrowableOfType(DomainException.class, () -> access.refuse("kari", "", NOW)).violations())
                .containsExactly(new Violation("refusalReason", "validation.required"));

        access.refuse("kari", "Ikke tjenstlig behov i denne rollen", NOW);

        assertThat(access.getStatus()).isEqualTo(PriceAccessStatus.REFUSED);
        assertThat(access.getRefusalReason()).isEqualTo("Ikke tjenstlig behov i denne rollen");
        assertThat(access.isOpenOrValidOn(TODAY)).isFalse();
    }
}
