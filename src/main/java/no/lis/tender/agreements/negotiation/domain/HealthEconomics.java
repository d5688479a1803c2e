package no.lis.tender.agreements.negotiation.domain;

import no.lis.tender.shared.domain.Validation;

import java.math.BigDecimal;

/**
 * The figures of the health-technology assessment (metodevurdering) a price note rests on, as the
 * buyer enters them from the assessment report, per patient and year of treatment: the QALYs gained
 * over the comparator, the incremental costs other than the drug itself (administration, monitoring,
 * hospital stays saved, less the comparator's drug cost; negative where the new drug saves more than
 * it adds), the packs a patient uses in a year (to turn a price per pack into a yearly drug cost),
 * and the absolute shortfall that places the condition in its {@link SeverityClass}.
 *
 * @param incrementalQalys      QALYs gained per patient, above 0, at most three decimals
 * @param otherIncrementalCosts NOK per patient, two decimals at most, may be negative
 * @param packsPerPatientYear   packs a patient uses in a year, above 0, at most two decimals
 * @param absoluteShortfall     QALYs lost without the treatment, 0 to 100, at most one decimal
 */
public record HealthEconomics(BigDecimal incrementalQalys, BigDecimal otherIncrementalCosts,
                              BigDecimal packsPerPatientYear, BigDecimal absoluteShortfall) {

    public static final int QALY_SCALE = 3;
    public static final int PACKS_SCALE = 2;
    public static final int SHORTFALL_SCALE = 1;
    /** No treatment gains or costs more than this per patient-year: beyond it a figure is mistyped. */
    private static final BigDecimal LIMIT = new BigDecimal("1000000000");

    /**
     * Checks the figures, each under its own name: required; QALYs gained above 0 and at most 100
     * ({@code negotiation.qalys.outOfRange}); packs above 0 ({@code negotiation.packs.outOfRange});
     * the shortfall from 0 to 100 ({@code negotiation.shortfall.outOfRange}); other costs within a
     * billion either way ({@code negotiation.costs.outOfRange}); and no more decimals than each has
     * ({@code negotiation.decimals}).
     */
    public static HealthEconomics checked(Validation validation, BigDecimal incrementalQalys,
                                          BigDecimal otherIncrementalCosts, BigDecimal packsPerPatientYear,
                                          BigDecimal absoluteShortfall) {
        int before = validation.violations().size();
        if (validation.required(incrementalQalys, "incrementalQalys")
                && validation.check(incrementalQalys.signum() > 0
                && incrementalQalys.compareTo(BigDecimal.valueOf(100)) <= 0, "incrementalQalys",
                "negotiation.qalys.outOfRange")) {
            decimals(validation, "incrementalQalys", incrementalQalys, QALY_SCALE);
        }
        if (validation.required(otherIncrementalCosts, "otherIncrementalCosts")
                && validation.check(otherIncrementalCosts.abs().compareTo(LIMIT) <= 0, "otherIncrementalCosts",
                "negotiation.costs.outOfRange")) {
            decimals(validation, "otherIncrementalCosts", otherIncrementalCosts, 2);
        }
        if (validation.required(packsPerPatientYear, "packsPerPatientYear")
                && validation.check(packsPerPatientYear.signum() > 0 && packsPerPatientYear.compareTo(LIMIT) <= 0,
                "packsPerPatientYear", "negotiation.packs.outOfRange")) {
            decimals(validation, "packsPerPatientYear", packsPerPatientYear, PACKS_SCALE);
        }
        if (validation.required(absoluteShortfall, "absoluteShortfall")
                && validation.field("absoluteShortfall", () -> SeverityClass.ofShortfall(absoluteShortfall)) != null) {
            decimals(validation, "absoluteShortfall", absoluteShortfall, SHORTFALL_SCALE);
        }
        return validation.violations().size() > before ? null : new HealthEconomics(incrementalQalys,
                otherIncrementalCosts, packsPerPatientYear, absoluteShortfall);
    }

    private static void decimals(Validation validation, String field, BigDecimal value, int scale) {
        validation.check(value.stripTrailingZeros().scale() <= scale, field, "negotiation.decimals", scale);
    }

    /** The class the absolute shortfall places the condition in. */
    public SeverityClass severity() {
        return SeverityClass.ofShortfall(absoluteShortfall);
    }
}
