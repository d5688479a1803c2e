package no.lis.tender.identity.application;

import jakarta.inject.Inject;
import no.lis.tender.identity.domain.AccountToken;
import no.lis.tender.identity.domain.NewPassword;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.SecurityEvent;
import no.lis.tender.shared.domain.Validation;

/**
 * A colleague invited by her supplier's manager follows the mailed link (seven days, once) and gives her
 * name and her password; the link proved the address hers, so she may log in at once. Name and password
 * are checked before the link is used, so a refused one leaves the link working. An invitation of a
 * colleague deactivated meanwhile works no more. The link is used as a reset link is
 * ({@link ChooseNewPassword#throughLink}).
 */
@UseCase
public class AcceptInvitation {

    private final ChooseNewPassword passwords;

    @Inject
    public AcceptInvitation(ChooseNewPassword passwords) {
        this.passwords = passwords;
    }

    /** For the CDI proxy. */
    protected AcceptInvitation() {
        this(null);
    }

    /** @return her username, to log in with */
    public String accept(String token, String fullName, String password) {
        Validation validation = new Validation();
        String name = validation.requiredSafeText("fullName", fullName, UserAccount.NAME_LENGTH, false);
        NewPassword chosen = validation.field("password", () -> passwords.check(password));
        validation.throwIfInvalid();
        return passwords.throughLink(AccountToken.Purpose.INVITATION, token, chosen,
                (user, hash) -> user.acceptInvitation(name, hash), SecurityEvent.Kind.INVITATION_ACCEPTED,
                "invitation accepted; name and password chosen");
    }
}
