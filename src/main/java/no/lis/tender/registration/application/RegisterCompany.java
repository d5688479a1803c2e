package no.lis.tender.registration.application;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import no.lis.tender.catalogue.domain.EmailAddress;
import no.lis.tender.catalogue.domain.OrganisationNumber;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.SupplierRepository;
import no.lis.tender.identity.domain.AccountLinkSent;
import no.lis.tender.identity.domain.AccountToken;
import no.lis.tender.identity.domain.AccountTokenRepository;
import no.lis.tender.identity.domain.LinkRequestThrottle;
import no.lis.tender.identity.domain.NewPassword;
import no.lis.tender.identity.domain.PasswordHashing;
import no.lis.tender.identity.domain.PublishedPasswords;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.identity.domain.UserAccountRepository;
import no.lis.tender.identity.domain.UserDetails;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.SecurityEvent;
import no.lis.tender.shared.domain.Validation;

import java.time.Clock;

/**
 * A pharmaceutical company registers itself: the supplier (its name and organisation number, which no
 * other supplier may have), and its first user, who manages its users. Every broken rule is named at
 * once, under its field. A link to verify her address is mailed to her (48 hours); she can log in once
 * she has followed it and an administrator has approved the company.
 */
@UseCase
public class RegisterCompany {

    /**
     * What the registration form holds.
     *
     * @param organisationNumber nine digits, the last a mod-11 check digit; spaces allowed
     * @param companyName        the company's name
     * @param fullName           the first user's name
     * @param email              her address: the supplier's contact address too, and where the link goes
     * @param username           her login name
     * @param password           her password (NIST SP 800-63B: 12 to 256 characters, not a common one)
     */
    public record Command(String organisationNumber, String companyName, String fullName, String email, String username,
                          String password) {

        @Override
        public String toString() {
            return "Command[" + organisationNumber + ", " + companyName + ", " + username + "]";
        }
    }

    private final SupplierRepository suppliers;
    private final UserAccountRepository users;
    private final AccountTokenRepository tokens;
    private final PasswordHashing hashing;
    private final PublishedPasswords published;
    private final Event<AccountLinkSent> links;
    private final Event<SecurityEvent> securityEvents;
    private final LinkRequestThrottle throttle;
    private final Clock clock;

    @Inject
    public RegisterCompany(SupplierRepository suppliers, UserAccountRepository users, AccountTokenRepository tokens,
                           PasswordHashing hashing, Instance<PublishedPasswords> published, Event<AccountLinkSent> links,
                           Event<SecurityEvent> securityEvents, LinkRequestThrottle throttle, Clock clock) {
        this(suppliers, users, tokens, hashing, PublishedPasswords.all(published),
                links, securityEvents, throttle, clock);
    }

    RegisterCompany(SupplierRepository suppliers, UserAccountRepository users, AccountTokenRepository tokens,
                    PasswordHashing hashing, PublishedPasswords published, Event<AccountLinkSent> links,
                    Event<SecurityEvent> securityEvents, LinkRequestThrottle throttle, Clock clock) {
        this.suppliers = suppliers;
        this.users = users;
        this.tokens = tokens;
        this.hashing = hashing;
        this.published = published;
        this.links = links;
        this.securityEvents = securityEvents;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected RegisterCompany() {
        this(null, null, null, null, (PublishedPasswords) null, null, null, null, null);
    }

    /**
     * @param address the network address the registration comes from, for the throttle
     *                ({@link LinkRequestThrottle}: counted once the form is valid, as it then costs a mail)
     * @return the first user, who is to verify her address
     */
    public UserAccount register(Command command, String address) {
        Validation validation = new Validation();
        OrganisationNumber number = validation.field("organisationNumber",
                () -> new OrganisationNumber(command.organisationNumber()));
        if (number != null) {
            validation.check(suppliers.findByOrganisationNumber(number).isEmpty(), "organisationNumber",
                    "registration.organisationNumber.taken", number.value());
        }
        String companyName = validation.requiredSafeText("companyName", command.companyName(), Supplier.NAME_LENGTH,
                false);
        UserDetails details = UserDetails.check(validation, command.username(), command.fullName(), command.email(),
                taken -> users.findByUsername(taken).isPresent());
        EmailAddress contact = details.email() == null ? null
                : validation.field("email", () -> new EmailAddress(details.email()));
        NewPassword password = validation.field("password", () -> NewPassword.of(command.password(), published));
        validation.throwIfInvalid();
        throttle.admit(address, details.email());

        Supplier supplier = suppliers.save(new Supplier(companyName, number, contact));
        String registeredAs = companyName + " (" + number.value() + ")";
        UserAccount user = users.save(UserAccount.registered(details.username(), details.fullName(), details.email(),
                password.hashWith(hashing), supplier.getId(), registeredAs));
        AccountToken.Issued issued = AccountToken.issue(AccountToken.Purpose.VERIFY_EMAIL, user, clock.instant());
        tokens.save(issued.token());
        links.fire(new AccountLinkSent(AccountToken.Purpose.VERIFY_EMAIL, user.getUsername(), user.getFullName(),
                user.getEmail(), issued.secret(), companyName));
        securityEvents.fire(SecurityEvent.of(SecurityEvent.Kind.SUPPLIER_REGISTERED, user.getUsername(),
                "supplier:" + supplier.getId(), "registered " + registeredAs + "; awaits verification and approval"));
        return user;
    }
}
