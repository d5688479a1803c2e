package no.lis.tender.offers.application;

import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.offers.domain.Reader;

/**
 * The logged-in user as the offers context knows a reader: roles, and the supplier only for a supplier's user.
 * It sits in the application layer so that other contexts' pages and resources (a supplier's award letters) can
 * use it without reaching into the offers context's own delivery layer.
 */
public final class OfferReaders {

    private OfferReaders() {
    }

    public static Reader of(CurrentUser user) {
        Long supplierId = user.has(Role.SUPPLIER) ? user.supplierId().orElse(null) : null;
        return new Reader(user.username(), user.roleNames(), supplierId);
    }
}
