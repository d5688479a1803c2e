package no.lis.tender.tendering.domain;

import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Violation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Tenders and their parts as the tests need them; "now" is 10 January 2026 at 10:00 UTC. */
public final class TenderFixtures {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-10T10:00:00Z"), ZoneOffset.UTC);
    public static final String BUYER = "kari.buyer";
    /** The EEA threshold for goods of authorities other than central government, NOK 2 300 000. */
    public static final EeaThreshold THRESHOLD = new EeaThreshold(new BigDecimal("2300000"));
    /** An estimated value below {@link #THRESHOLD}: no contract notice needed. */
    public static final BigDecimal BELOW_THRESHOLD = new BigDecimal("1500000");

    private TenderFixtures() {
    }

    /** The library with every template the phase defaults draw on. */
    public static List<CriterionTemplate> library() {
        return MarketPhase.defaultTemplateCodes().stream().map(TenderFixtures::template).toList();
    }

    static CriterionTemplate template(String code) {
        CriterionType type = code.startsWith("ENV") ? CriterionType.ENVIRONMENT
                : code.startsWith("SUP") ? CriterionType.SUPPLY_SECURITY : CriterionType.QUALITY;
        return new CriterionTemplate(code, type, "Mal " + code, null, new Scale(0, 10), true);
    }

    /** A draft in {@code phase}, its value estimated below the EEA threshold. */
    public static Tender planned(MarketPhase phase) {
        Tender tender = Tender.plan(new TenderReference("2026-LIS-TNF-01"), "TNF-alfa-hemmere", 7L, 3L, phase,
                library(), BUYER, CLOCK);
        tender.prepareNotice(BELOW_THRESHOLD, java.util.Map.of(), BUYER, CLOCK);
        return tender;
    }

    public static LotSpecification adalimumab() {
        return new LotSpecification("Adalimumab", "Revmatoid artritt", Set.of(new AtcCode("L04AB04")),
                new BigDecimal("125000"), VolumeUnit.DDD, ComparisonBasis.PER_DDD, null, MarketSplit.NONE.markets());
    }

    /** A complete timeline with its submission deadline on 1 March 2026, well after "now". */
    public static Timeline timeline() {
        return new Timeline(null, oslo(2026, 2, 15, 12), oslo(2026, 3, 1, 12), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 9, 1), LocalDate.of(2028, 8, 31), List.of(1, 1));
    }

    public static Instant oslo(int year, int month, int day, int hour) {
        return Timeline.atOslo(LocalDateTime.of(year, month, day, hour, 0));
    }

    /** A draft in phase 3 that can be published: default criteria, one lot, a complete timeline. */
    public static Tender publishable() {
        Tender tender = planned(MarketPhase.GENERIC_ENTRY);
        tender.addLot(adalimumab(), BUYER, CLOCK);
        tender.reschedule(timeline(), BUYER, CLOCK);
        return tender;
    }

    public static Tender published() {
        Tender tender = publishable();
        tender.publish(BUYER, CLOCK, THRESHOLD);
        return tender;
    }

    public static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    /** The violations {@code action} is refused with; fails if it is not refused with a DomainException. */
    public static List<Violation> refusal(ThrowingCallable action) {
        DomainException refused = catchThrowableOfType(DomainException.class, action);
        assertThat(refused).as("refused with a DomainException").isNotNull();
        return refused.violations();
    }
}
