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
 * The manager of a supplier's users (the user who registered it) invites a colleague: an account of the
 * same supplier that cannot log in until she follows the mailed link (seven days) and chooses her
 * password. The colleague needs no approval: the company is approved already.
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

    /** The colleague as typed by her manager. */
    public record Command(String username, String fullName, String email) {
    }

    public UserAccount invite(String manager, Command command) {
        UserAccount inviter = ColleagueQueries.manager(users, manager);
        Validation validation = new Validation();
        UserDetails details = UserDetails.check(validation, command.username(), command.fullName(), command.email(),
                taken -> users.findByUsername(taken).isPresent());
        validation.throwIfInvalid();
        byte[] unknowable = new byte[32];
        RANDOM.nextBytes(unknowable);
        UserAccount colleague = users.save(UserAccount.invited(details.username(), details.fullName(), details.email(),
                hashing.hash(Base64.getEncoder().encodeToString(unknowable)), inviter.getSupplierId()));
        links.send(AccountToken.Purpose.INVITATION, colleague, inviter.getFullName());
        securityEvents.fire(SecurityEvent.of(SecurityEvent.Kind.USER_INVITED, manager, "user:" + colleague.getUsername(),
                "invited to act for supplier:" + inviter.getSupplierId()));
        return colleague;
    }
}
