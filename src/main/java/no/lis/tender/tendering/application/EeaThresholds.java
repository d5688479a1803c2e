package no.lis.tender.tendering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import no.lis.tender.tendering.domain.EeaThreshold;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;

/**
 * The one place of the EEA threshold's configuration: {@code lis.eea.threshold} in NOK excluding
 * VAT (environment {@code LIS_EEA_THRESHOLD}), by default 2 300 000, the threshold for goods
 * contracts of contracting authorities other than central government, such as the health trusts
 * (anskaffelsesforskriften § 5-3, the figures in force from 2024; see docs/domain.md).
 */
@ApplicationScoped
public class EeaThresholds {

    public static final String DEFAULT = "2300000";

    /** Dependent: a record cannot be proxied, and the figure is read where it is injected. */
    @Produces
    EeaThreshold threshold(@ConfigProperty(name = "lis.eea.threshold", defaultValue = DEFAULT) BigDecimal value) {
        return new EeaThreshold(value);
    }
}
