package no.lis.tender.shared.domain;

/**
 * Whether {@code username} now holds a valid grant of the priced recommendations: the price
 * viewer's role follows it (identity gives or takes the role in the same transaction).
 */
public record PriceAccessChanged(String username, boolean holdsAccess) {
}
