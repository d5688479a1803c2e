package no.lis.tender.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.identity.domain.UserAccountRepository;
import no.lis.tender.shared.domain.PriceAccessChanged;

/**
 * The price viewer's role follows a valid grant of priced access: given when one is granted, taken
 * when the last one ends, in the transaction that granted or ended it. Takes effect at the holder's
 * next login.
 */
@ApplicationScoped
public class PriceViewerRole {

    private final UserAccountRepository users;

    @Inject
    public PriceViewerRole(UserAccountRepository users) {
        this.users = users;
    }

    /** For the CDI proxy. */
    protected PriceViewerRole() {
        this(null);
    }

    void follow(@Observes PriceAccessChanged change) {
        users.findByUsername(change.username()).ifPresent(account -> {
            if (change.holdsAccess()) {
                account.giveRole(Role.PRICE_VIEWER);
            } else {
                account.takeRole(Role.PRICE_VIEWER);
            }
        });
    }
}
