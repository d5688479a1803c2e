package no.lis.tender.agreements.recommendations.application;

import no.lis.tender.shared.domain.DomainException;

import java.util.Set;

/**
 * Who asks for a priced edition: the username, the full name for the log and the watermark, and
 * whether one of the roles with a need to know (PRICE_VIEWER, BUYER, ADMIN) is theirs.
 */
public record PriceReader(String username, String fullName, boolean entitled) {

    /** The roles that may see prices, by the names the identity store gives them. */
    public static final Set<String> PRICE_ROLES = Set.of("PRICE_VIEWER", "BUYER", "ADMIN");

    /** The reader with {@code roleNames}; an anonymous caller ({@code username} null) is never entitled. */
    public static PriceReader of(String username, String fullName, Set<String> roleNames) {
        boolean entitled = username != null && roleNames.stream().anyMatch(PRICE_ROLES::contains);
        return new PriceReader(username, fullName, entitled);
    }

    /** Refuses a reader without a need to know ({@code recommendation.prices.priceReadersOnly}). */
    public void requireEntitled() {
        if (!entitled) {
            throw new DomainException(null, "recommendation.prices.priceReadersOnly");
        }
    }
}
