package no.lis.tender.evaluation.domain;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.tendering.domain.ComparisonBasis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Objects;

/**
 * An offered price put on the lot's common basis of comparison, never per pack, with the
 * computation written out so that a buyer can check it by hand.
 *
 * <p>Rounding: the price per DDD is pack price / DDDs per pack, rounded half up to
 * {@value #SCALE} decimals; per treatment period and per patient-year it is that rounded price
 * per DDD times the number of DDD-days (N, or {@value #DAYS_PER_PATIENT_YEAR}), which stays exact.
 * The result is shown with {@value #SHOWN_SCALE} decimals, half up.
 *
 * @param basis       the lot's comparison basis
 * @param amount      NOK on that basis, {@value #SCALE} decimals
 * @param computation e.g. {@code 8 390,00 kr / 27,5862 DDD = 304,14 kr per DDD}
 */
public record PricePerUnit(ComparisonBasis basis, BigDecimal amount, String computation) {

    public static final int SCALE = 4;
    public static final int SHOWN_SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final int DAYS_PER_PATIENT_YEAR = 365;

    public PricePerUnit {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(computation, "computation");
    }

    /**
     * Normalises {@code packPrice} (NOK per pack) by {@code dddsPerPack} onto {@code basis};
     * {@code treatmentPeriodDays} is read only for {@link ComparisonBasis#PER_TREATMENT_PERIOD}.
     * Refuses a missing, zero or negative number of DDDs per pack ({@code evaluation.ddd.invalid}).
     */
    public static PricePerUnit normalise(BigDecimal packPrice, BigDecimal dddsPerPack, ComparisonBasis basis,
                                         Integer treatmentPeriodDays) {
        Objects.requireNonNull(packPrice, "packPrice");
        Objects.requireNonNull(basis, "basis");
        if (dddsPerPack == null || dddsPerPack.signum() <= 0) {
            throw new DomainException("dddsPerPack", "evaluation.ddd.invalid");
        }
        BigDecimal perDdd = packPrice.divide(dddsPerPack, SCALE, ROUNDING);
        String division = kroner(packPrice, SHOWN_SCALE) + " / " + number(dddsPerPack, dddsPerPack.scale()) + " DDD";
        if (basis == ComparisonBasis.PER_DDD) {
            return new PricePerUnit(basis, perDdd, division + " = " + kroner(perDdd, SHOWN_SCALE) + " per DDD");
        }
        int days = basis.needsTreatmentPeriod() ? positiveDays(treatmentPeriodDays) : DAYS_PER_PATIENT_YEAR;
        BigDecimal amount = perDdd.multiply(BigDecimal.valueOf(days));
        return new PricePerUnit(basis, amount, division + " = " + kroner(perDdd, SCALE) + " per DDD × " + days
                + " DDD = " + kroner(amount, SHOWN_SCALE));
    }

    private static int positiveDays(Integer treatmentPeriodDays) {
        if (treatmentPeriodDays == null || treatmentPeriodDays <= 0) {
            throw new IllegalArgumentException("a treatment period needs a positive number of days");
        }
        return treatmentPeriodDays;
    }

    private static String kroner(BigDecimal value, int decimals) {
        return number(value, decimals) + " kr";
    }

    /** In bokmål: grouped by no-break spaces, a decimal comma, exactly {@code decimals} decimals (half up). */
    private static String number(BigDecimal value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(Messages.BOKMAL);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(ROUNDING);
        return format.format(value);
    }
}
