package no.lis.tender.agreements.adherence.domain;

import no.lis.tender.catalogue.domain.Varenummer;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * How many packs of one drug one hospital trust (helseforetak) used in one month; where the file
 * has it, in which department (avdeling) and for which indication (issue 16 item 5), else null.
 */
public record Consumption(String hospitalTrust, Varenummer varenummer, YearMonth month, BigDecimal packs,
                          String department, String indication) {

    public Consumption {
        Objects.requireNonNull(hospitalTrust, "hospitalTrust");
        Objects.requireNonNull(varenummer, "varenummer");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(packs, "packs");
        if (packs.signum() < 0) {
            throw new IllegalArgumentException("packs may not be negative: " + packs);
        }
        department = department == null || department.isBlank() ? null : department;
        indication = indication == null || indication.isBlank() ? null : indication;
    }

    /** The trust's use as a whole, with neither department nor indication. */
    public Consumption(String hospitalTrust, Varenummer varenummer, YearMonth month, BigDecimal packs) {
        this(hospitalTrust, varenummer, month, packs, null, null);
    }

    /** Whether the file told the department or the indication. */
    public boolean isBelowTrust() {
        return department != null || indication != null;
    }
}
