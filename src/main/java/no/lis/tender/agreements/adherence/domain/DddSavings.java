package no.lis.tender.agreements.adherence.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Savings in NOK against maximum prices and the DDDs they were realised on ({@code null} where a use
 * had no price per DDD, so the DDDs are not known). Read per DDD ({@link #perDdd}), never per pack.
 */
public record DddSavings(BigDecimal savings, BigDecimal ddds) {

    /** Savings per DDD are shown with four decimals, as prices per DDD are. */
    public static final int PER_DDD_SCALE = 4;

    /** Both added up; the DDDs stay unknown once one part lacks them. */
    public DddSavings plus(DddSavings other) {
        return new DddSavings(savings.add(other.savings),
                ddds == null || other.ddds == null ? null : ddds.add(other.ddds));
    }

    /** The savings per DDD used, half up to {@value #PER_DDD_SCALE} decimals; null where the DDDs are unknown or none. */
    public BigDecimal perDdd() {
        return ddds == null || ddds.signum() == 0 ? null
                : savings.divide(ddds, PER_DDD_SCALE, RoundingMode.HALF_UP);
    }
}
