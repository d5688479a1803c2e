package no.lis.tender.identity.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.lis.tender.identity.domain.AccountToken;
import no.lis.tender.identity.domain.LinkRequestThrottle;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.identity.domain.UserAccountRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.SecurityEvent;
import no.lis.tender.shared.domain.Validation;

/**
 * Someone asks for a link to choose a new password, by e-mail address. Whether the address is known or
 * not, the answer is the same (the caller is told a link is on its way if the address is known), so that
 * the form cannot be used to find out who has an account. A link goes to each active account with the
 * address whose e-mail was verified; it works once, for an hour.
 */
@UseCase
public class RequestPasswordReset {

    private final UserAccountRepository users;
    private final AccountLinks links;
    private final Event<SecurityEvent> securityEvents;
    private final LinkRequestThrottle throttle;

    @Inject
    public RequestPasswordReset(UserAccountRepository users, AccountLinks links, Event<SecurityEvent> securityEvents,
                                LinkRequestThrottle throttle) {
        this.users = users;
        this.links = links;
        this.securityEvents = securityEvents;
        this.throttle = throttle;
    }

    /** For the CDI proxy. */
    protected RequestPasswordReset() {
        this(null, null, null, null);
    }

    /**
     * Only a text that cannot be an address at all is refused (under {@code email}); a well-formed one is
     * counted by the {@link LinkRequestThrottle}, known or not, and refused alike when asked too often.
     *
     * @param from the network address the request comes from
     */
    public void request(String email, String from) {
        Validation validation = new Validation();
        String address = validation.requiredText("email", email, UserAccount.NAME_LENGTH);
        if (address != null) {
            validation.check(UserAccount.isEmailAddress(address), "email", "user.email.invalid");
        }
        validation.throwIfInvalid();
        throttle.admit(from, address);
        int sent = 0;
        for (UserAccount user : users.findByEmail(address)) {
            if (user.isActive() && user.isEmailVerified()) {
                links.send(AccountToken.Purpose.PASSWORD_RESET, user, "");
                securityEvents.fire(SecurityEvent.of(SecurityEvent.Kind.PASSWORD_RESET_REQUESTED, SecurityEvent.SYSTEM,
                        "user:" + user.getUsername(), "a link to choose a new password was mailed"));
                sent++;
            }
        }
        if (sent == 0) {
            // the address is not written down: it may be anyone's, typed by mistake
            securityEvents.fire(SecurityEvent.of(SecurityEvent.Kind.PASSWORD_RESET_REQUESTED, SecurityEvent.SYSTEM,
                    "address:unknown", "no active account with that address; nothing was mailed"));
        }
    }
}
