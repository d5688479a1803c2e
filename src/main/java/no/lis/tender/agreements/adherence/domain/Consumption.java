package no.lis.tender.agreements.adherence.domain;

import no.lis.tender.catalogue.domain.Varenummer;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/** How many packs of one drug one hospital trust (helseforetak) used in one month. */
public record Consumption(String hospitalTrust, Varenummer varenummer, YearMonth month, BigDecimal packs) {

    public Consumption {
        Objects.requireNonNull(hospitalTrust, "hospitalTrust");
        Objects.requireNonNull(varenummer, "varenummer");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(packs, "packs");
        if (packs.signum() < 0) {
            throw new IllegalArgumentException("packs may not be negative: " + packs);
        }
    }
}
