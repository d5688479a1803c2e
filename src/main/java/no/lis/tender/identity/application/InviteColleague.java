package no.lis.tender.identity.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.lis.tender.identity.domain.AccountToken;
import no.lis.tender.identity.domain.PasswordHashing;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.identity.domain.UserAccountRepository;
import no.lis.tender.identity.domain.UserDetails;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.SecurityEvent;
import no.lis.tender.shared.domain.Validation;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The manager of a supplier's users (the user who registered it) invites a colleague by her e-mail address:
 * an account of the same supplier, with a username made from the address, that cannot log in until she
 * follows the mailed link (seven days) and gives her name and password ({@link AcceptInvitation}). The
 * colleague needs no approval: the company is approved already. An address one of the supplier's users has
 * already is refused.
 */
@UseCase
public class InviteColleague {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository users;
    private final PasswordHashing hashing;
    private final AccountLinks links;
    private final Event<SecurityEvent> securityEvents;

    @Inject
    public InviteColleague(UserAccountRepository users, PasswordHashing hashing, AccountLinks links,
                           Event<SecurityEvent> securityEvents) {
        this.users = users;
        this.hashing = hashing;
        this.links = links;
        this.securityEvents = securityEvents;
    }

    /** For the CDI proxy. */
    protected InviteColleague() {
        this(null, null, null, null);
    }

    /** The colleague's address as typed by her manager. */
    public record Command(String email) {
    }

    /** @return the invited colleague, named by her address until she gives her name */
    public UserAccount invite(String manager, Command command) {
        UserAccount inviter = ColleagueQueries.manager(users, manager);
        Validation validation = new Validation();
        String address = validation.requiredText("email", command == null ? null : command.email(), UserAccount.NAME_LENGTH);
        if (address != null && validation.check(UserAccount.isEmailAddress(address), "email", "user.email.invalid")) {
            validation.check(users.findByEmail(address).stream().noneMatch(inviter::isColleagueOf),
                    "email", "colleagues.email.taken", address);
        }
        validation.throwIfInvalid();
        byte[] unknowable = new byte[32];
        RANDOM.nextBytes(unknowable);
        String username = UserDetails.usernameFor(address, taken -> users.findByUsername(taken).isPresent());
        UserAccount colleague = users.save(UserAccount.invited(username, address, address,
                hashing.hash(Base64.getEncoder().encodeToString(unknowable)), inviter.getSupplierId()));
        links.send(AccountToken.Purpose.INVITATION, colleague, inviter.getFullName());
        securityEvents.fire(SecurityEvent.of(SecurityEvent.Kind.USER_INVITED, manager, "user:" + colleague.getUsername(),
                "invited to act for supplier:" + inviter.getSupplierId()));
        return colleague;
    }
}
