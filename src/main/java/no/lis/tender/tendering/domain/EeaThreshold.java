package no.lis.tender.tendering.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The EEA threshold (EØS-terskelverdi, anskaffelsesforskriften § 5-3) for the goods contracts of the
 * buyer, in NOK excluding VAT: a tender whose estimated value is at or above it must be announced in
 * Doffin and TED with an eForms contract notice before suppliers are invited. The figure is
 * configured (it changes every two years); see docs/domain.md for the value chosen and why.
 */
public record EeaThreshold(BigDecimal value) implements Serializable {

    public EeaThreshold {
        Objects.requireNonNull(value, "value");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("the EEA threshold must be above 0, not " + value);
        }
    }

    /** Whether a contract of {@code estimatedValue} must be announced in the EEA (at or above the threshold). */
    public boolean requiresNotice(BigDecimal estimatedValue) {
        return estimatedValue.compareTo(value) >= 0;
    }
}
