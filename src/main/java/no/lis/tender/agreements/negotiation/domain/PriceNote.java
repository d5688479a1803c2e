package no.lis.tender.agreements.negotiation.domain;

import no.lis.tender.shared.domain.Formats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The price note (prisnotat) at one net price: what the drug costs a patient in a year, the
 * incremental cost per QALY gained (ICER, IKER) at that price, and whether it is within the
 * willingness to pay of the condition's {@link SeverityClass}; and the answer the negotiator needs,
 * the highest net price per pack (and the lowest rebate off the maximum price) that still meets it:
 *
 * <pre>
 * yearly drug cost      = net price × packs per patient-year
 * incremental cost      = yearly drug cost + other incremental costs
 * ICER                  = incremental cost ÷ incremental QALYs
 * highest drug cost     = incremental QALYs × willingness to pay − other incremental costs
 * break-even net price  = highest drug cost ÷ packs per patient-year   (rounded down to øre)
 * lowest rebate         = (1 − break-even net price ÷ maximum price) × 100   (rounded up to 0.01 %)
 * </pre>
 *
 * The ICER is shown in whole kroner, but whether it meets the limit is decided on the exact figures.
 * Where the maximum price itself meets the limit no rebate is needed (the break-even price is the
 * maximum price); where even a price of nothing does not (the other costs alone exceed the limit)
 * no price meets it and {@link #breakEvenNetPrice()} is null.
 *
 * @param netPrice the price per pack offered, NOK
 */
public record PriceNote(HealthEconomics economics, BigDecimal maximumPrice, BigDecimal netPrice,
                        BigDecimal yearlyDrugCost, BigDecimal incrementalCost, BigDecimal icer,
                        SeverityClass severity, boolean meetsLimit, BigDecimal highestIncrementalCost,
                        BigDecimal highestYearlyDrugCost, BigDecimal breakEvenNetPrice,
                        BigDecimal lowestRebatePercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The note at {@code netPrice} per pack, for a product of {@code maximumPrice} per pack. */
    public static PriceNote at(HealthEconomics economics, BigDecimal maximumPrice, BigDecimal netPrice) {
        Objects.requireNonNull(economics, "economics");
        Objects.requireNonNull(maximumPrice, "maximumPrice");
        Objects.requireNonNull(netPrice, "netPrice");
        SeverityClass severity = economics.severity();
        BigDecimal drugCost = netPrice.multiply(economics.packsPerPatientYear()).setScale(2, RoundingMode.HALF_UP);
        BigDecimal incremental = drugCost.add(economics.otherIncrementalCosts());
        BigDecimal icer = incremental.divide(economics.incrementalQalys(), 0, RoundingMode.HALF_UP);
        BigDecimal highestIncremental = economics.incrementalQalys().multiply(severity.willingnessToPay());
        BigDecimal highestDrugCost = highestIncremental.subtract(economics.otherIncrementalCosts());
        BigDecimal breakEven = highestDrugCost.divide(economics.packsPerPatientYear(), 2, RoundingMode.FLOOR);
        BigDecimal rebate;
        if (breakEven.signum() <= 0) {
            breakEven = null;
            rebate = null;
        } else if (breakEven.compareTo(maximumPrice) >= 0) {
            breakEven = maximumPrice.setScale(2, RoundingMode.HALF_UP);
            rebate = BigDecimal.ZERO.setScale(2);
        } else {
            rebate = HUNDRED.subtract(breakEven.multiply(HUNDRED).divide(maximumPrice, 2, RoundingMode.FLOOR));
        }
        return new PriceNote(economics, maximumPrice, netPrice, drugCost, incremental, icer, severity,
                incremental.compareTo(highestIncremental) <= 0, highestIncremental.setScale(2, RoundingMode.HALF_UP),
                highestDrugCost.setScale(2, RoundingMode.HALF_UP), breakEven, rebate);
    }

    /** The willingness to pay of the severity class, NOK per QALY. */
    public BigDecimal willingnessToPay() {
        return severity.willingnessToPay();
    }

    /** Whether some price above nothing meets the limit. */
    public boolean isReachable() {
        return breakEvenNetPrice != null;
    }

    /** How much the offered price must come down per pack to meet the limit; zero where it meets it already. */
    public BigDecimal reductionNeeded() {
        if (meetsLimit) {
            return BigDecimal.ZERO.setScale(2);
        }
        return breakEvenNetPrice == null ? netPrice : netPrice.subtract(breakEvenNetPrice).max(BigDecimal.ZERO);
    }

    /**
     * The computation step by step with the figures, as {@code formats} writes numbers, one line each:
     * the ICER at the offered price, then the highest drug cost, the break-even price and the lowest rebate.
     */
    public List<String> computation(Formats formats) {
        List<String> lines = new ArrayList<>();
        lines.add(formats.money(netPrice) + " × " + formats.number(economics.packsPerPatientYear()) + " = "
                + formats.money(yearlyDrugCost));
        lines.add("(" + formats.money(yearlyDrugCost) + " + " + formats.money(economics.otherIncrementalCosts()) + ") ÷ "
                + formats.number(economics.incrementalQalys()) + " = " + formats.number(icer)
                + (meetsLimit ? " ≤ " : " > ") + formats.number(willingnessToPay()));
        lines.add(formats.number(economics.incrementalQalys()) + " × " + formats.number(willingnessToPay()) + " − "
                + formats.money(economics.otherIncrementalCosts()) + " = " + formats.money(highestYearlyDrugCost));
        if (breakEvenNetPrice != null) {
            lines.add(formats.money(highestYearlyDrugCost) + " ÷ " + formats.number(economics.packsPerPatientYear())
                    + " = " + formats.money(breakEvenNetPrice));
            lines.add("(1 − " + formats.money(breakEvenNetPrice) + " ÷ " + formats.money(maximumPrice) + ") × 100 = "
                    + formats.decimal(lowestRebatePercent) + " %");
        }
        return lines;
    }
}
