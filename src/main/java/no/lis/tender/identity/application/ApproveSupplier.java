package no.lis.tender.identity.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.identity.domain.UserAccountRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.SecurityEvent;

/**
 * An administrator approves a company that registered itself, by approving its first user (the only one
 * it has until then: she invites the others once she can log in). Before, nobody can act for the company.
 */
@UseCase
public class ApproveSupplier {

    private final UserAccountRepository users;
    private final Event<SecurityEvent> securityEvents;

    @Inject
    public ApproveSupplier(UserAccountRepository users, Event<SecurityEvent> securityEvents) {
        this.users = users;
        this.securityEvents = securityEvents;
    }

    /** For the CDI proxy. */
    protected ApproveSupplier() {
        this(null, null);
    }

    public UserAccount approve(String username, Long version, String administrator) {
        UserAccount user = UserAdministration.load(users, username, version);
        user.approve();
        securityEvents.fire(SecurityEvent.of(SecurityEvent.Kind.SUPPLIER_APPROVED, administrator,
                "supplier:" + user.getSupplierId(), "approved " + user.getRegisteredAs() + ", registered by user:" + username));
        return user;
    }
}
