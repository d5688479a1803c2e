package no.lis.tender.agreements.recommendations.domain;

import java.time.LocalDate;

/**
 * Something the holder of priced access is to be told: it was granted, or it ends within
 * {@value PriceAccess#WARNING_DAYS} days. It says the trust and the last day, nothing else.
 */
public record PriceAccessNotice(Kind kind, String username, String hospitalTrust, LocalDate validUntil) {

    public enum Kind {
        GRANTED,
        ENDING
    }
}
