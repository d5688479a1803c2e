package no.lis.tender.offers.domain;

import java.util.Set;

/**
 * The user who asks to read or change an offer: username, roles (the names of the identity
 * roles, e.g. {@value #BUYER}) and, for a supplier's user, the supplier it acts for (otherwise
 * null). Built from the logged-in user by the application layer's OfferReaders.
 */
public record Reader(String username, Set<String> roles, Long supplierId) {

    public static final String BUYER = "BUYER";
    public static final String SUPPLIER = "SUPPLIER";

    public Reader {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean isBuyer() {
        return roles.contains(BUYER);
    }

    /** A supplier's user: the role and the supplier it acts for. */
    public boolean isSupplier() {
        return roles.contains(SUPPLIER) && supplierId != null;
    }

    /** Whether this user acts for supplier {@code id}. */
    public boolean actsFor(Long id) {
        return isSupplier() && supplierId.equals(id);
    }
}
