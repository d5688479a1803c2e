package no.lis.tender.evaluation.domain;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.shared.domain.Money;
import no.lis.tender.tendering.domain.ComparisonBasis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * An offered price put on the lot's common basis of comparison, never per pack, with the numbers
 * of the computation kept so that a buyer can check it by hand ({@link #computation(Locale)}).
 *
 * <p>Rounding: the price per DDD is pack price / DDDs per pack, rounded half up to
 * {@value #SCALE} decimals; per treatment period and per patient-year it is that rounded price
 * per DDD times the number of DDD-days (N, or {@value #DAYS_PER_PATIENT_YEAR}), which stays exact.
 * The result is shown with {@value #SHOWN_SCALE} decimals, half up.
 *
 * @param basis       the lot's comparison basis
 * @param amount      NOK on that basis, {@value #SCALE} decimals
 * @param packPrice   the offered price per pack, NOK
 * @param dddsPerPack the DDDs in one pack
 * @param perDdd      pack price / DDDs per pack, {@value #SCALE} decimals
 * @param days        the DDD-days of a treatment period or patient-year; null per DDD
 */
public record PricePerUnit(ComparisonBasis basis, BigDecimal amount, BigDecimal packPrice, BigDecimal dddsPerPack,
                           BigDecimal perDdd, Integer days) {

    public static final int SCALE = 4;
    public static final int SHOWN_SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final int DAYS_PER_PATIENT_YEAR = 365;

    public PricePerUnit {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(packPrice, "packPrice");
        Objects.requireNonNull(dddsPerPack, "dddsPerPack");
        Objects.requireNonNull(perDdd, "perDdd");
        if ((days == null) != (basis == ComparisonBasis.PER_DDD)) {
            throw new IllegalArgumentException("days are given for a price per treatment period or patient-year only");
        }
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
        if (basis == ComparisonBasis.PER_DDD) {
            return new PricePerUnit(basis, perDdd, packPrice, dddsPerPack, perDdd, null);
        }
        int days = basis.needsTreatmentPeriod() ? positiveDays(treatmentPeriodDays) : DAYS_PER_PATIENT_YEAR;
        return new PricePerUnit(basis, perDdd.multiply(BigDecimal.valueOf(days)), packPrice, dddsPerPack, perDdd, days);
    }

    /**
     * The computation written out in {@code locale}, e.g. "8 390,00 kr / 27,5862 DDD = 304,14 kr per DDD"
     * or, per treatment period, "… = 304,1376 kr per DDD × 14 DDD = 4 257,93 kr": the pack price and
     * the result in øre, the DDDs as given, the price per DDD in øre where it is the result and with
     * all its {@value #SCALE} decimals where it is multiplied.
     */
    public String computation(Locale locale) {
        if (days == null) {
            return Messages.format(locale, "evaluation.price.computation.perDdd", Money.of(packPrice), dddsPerPack,
                    Money.of(perDdd));
        }
        return Messages.format(locale, "evaluation.price.computation.perDays", Money.of(packPrice), dddsPerPack,
                perDdd, days, Money.of(amount));
    }

    private static int positiveDays(Integer treatmentPeriodDays) {
        if (treatmentPeriodDays == null || treatmentPeriodDays <= 0) {
            throw new IllegalArgumentException("a treatment period needs a positive number of days");
        }
        return treatmentPeriodDays;
    }
}
