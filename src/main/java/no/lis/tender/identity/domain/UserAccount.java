package no.lis.tender.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Versioned;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who logs in. Only a PBKDF2 hash of the password is ever stored. A supplier's user is
 * linked to exactly one supplier of the catalogue (by id), and only a supplier's user is. Failed
 * logins in a row are counted on the account itself ({@link LockoutPolicy#ACCOUNT}), so that an
 * administrator sees a lockout and can lift it, and a restart does not forget it.
 */
@Entity
@Table(name = "IDN_USER")
@NamedQuery(name = "UserAccount.findByUsername", query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = "UserAccount.findAll", query = "SELECT u FROM UserAccount u ORDER BY u.username")
@NamedQuery(name = "UserAccount.findWithFailedLogins",
        query = "SELECT u FROM UserAccount u WHERE u.failedLogins > 0 ORDER BY u.username")
@NamedQuery(name = "UserAccount.findByPasswordHashes",
        query = "SELECT u FROM UserAccount u WHERE u.passwordHash IN :hashes ORDER BY u.username")
@NamedQuery(name = "UserAccount.countActiveWithRole",
        query = "SELECT COUNT(u) FROM UserAccount u JOIN u.roles r WHERE r = :role AND u.active = TRUE")
@NamedQuery(name = "UserAccount.findActiveBySupplierIds", query = "SELECT u FROM UserAccount u"
        + " WHERE u.active = TRUE AND u.supplierId IN :supplierIds ORDER BY u.username")
@NamedQuery(name = "UserAccount.count", query = "SELECT COUNT(u) FROM UserAccount u")
@NamedQuery(name = "UserAccount.findByEmail", query = "SELECT u FROM UserAccount u WHERE LOWER(u.email) = :email ORDER BY u.username")
@NamedQuery(name = "UserAccount.findBySupplierId",
        query = "SELECT u FROM UserAccount u WHERE u.supplierId = :supplierId ORDER BY u.username")
public class UserAccount extends Versioned {

    /** What a username may be: lower case letters, digits, {@code . _ -}; 2 to 60 of them. */
    public static final String USERNAME_PATTERN = "[a-z0-9._-]{2,60}";
    /** The longest full name and e-mail address. */
    public static final int NAME_LENGTH = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Column(name = "USERNAME", nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "FULL_NAME", nullable = false, length = 200)
    private String fullName;

    @Column(name = "EMAIL", length = 200)
    private String email;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 300)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "IDN_USER_ROLE", joinColumns = @JoinColumn(name = "USER_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE_NAME", length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "SUPPLIER_ID")
    private Long supplierId;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    /** Whether she proved the address is hers (a token link); users made by an administrator have. */
    @Column(name = "EMAIL_VERIFIED", nullable = false)
    private boolean emailVerified = true;

    /** Whether an administrator approved the company she registered; only a self-registered first user waits. */
    @Column(name = "APPROVED", nullable = false)
    private boolean approved = true;

    /** Whether she manages the users of her supplier (the user who registered it). */
    @Column(name = "COMPANY_MANAGER", nullable = false)
    private boolean companyManager;

    /** What she registered as, for the administrator who approves it: the company's name and organisation number. */
    @Column(name = "REGISTERED_AS", length = 250)
    private String registeredAs;

    @Column(name = "FAILED_LOGINS", nullable = false)
    private int failedLogins;

    @Column(name = "LAST_FAILED_LOGIN")
    private Instant lastFailedLogin;

    @Column(name = "LOCKED_UNTIL")
    private Instant lockedUntil;

    /**
     * Written by {@link UserAccountRepository#recordLogin} alone, without the version: a login is not a
     * change of the account that an administrator's edit could conflict with.
     */
    @Column(name = "LAST_LOGIN_AT", insertable = false, updatable = false)
    private Instant lastLoginAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String fullName, String email, String passwordHash,
                       Set<Role> roles, Long supplierId) {
        if (username == null || !username.matches(USERNAME_PATTERN)) {
            throw new DomainException("username", "user.username.invalid");
        }
        requireFitting(roles, supplierId);
        this.username = username;
        this.fullName = Objects.requireNonNull(fullName, "fullName");
        this.email = email;
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.roles = EnumSet.copyOf(roles);
        this.supplierId = supplierId;
    }

    /**
     * The first user of a supplier that registered itself: she manages its users, and may log in once
     * she has verified her address and an administrator has approved the company.
     *
     * @param registeredAs the company's name and organisation number, as the administrator sees them
     */
    public static UserAccount registered(String username, String fullName, String email, String passwordHash,
                                         long supplierId, String registeredAs) {
        UserAccount user = new UserAccount(username, fullName, email, passwordHash, Set.of(Role.SUPPLIER), supplierId);
        user.emailVerified = false;
        user.approved = false;
        user.companyManager = true;
        user.registeredAs = registeredAs;
        return user;
    }

    /**
     * A colleague invited by her supplier's manager: she may log in once she has followed the invitation's
     * link (which proves her address) and chosen her password; until then her hash is of a secret nobody knows.
     */
    public static UserAccount invited(String username, String fullName, String email, String unknowablePasswordHash,
                                      long supplierId) {
        UserAccount user = new UserAccount(username, fullName, email, unknowablePasswordHash, Set.of(Role.SUPPLIER), supplierId);
        user.emailVerified = false;
        return user;
    }

    /**
     * An invited colleague followed her invitation's link: she gives her name and her first password, and
     * the link proved the address hers.
     */
    public void acceptInvitation(String newFullName, String newPasswordHash) {
        this.fullName = Objects.requireNonNull(newFullName, "fullName");
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "passwordHash");
        this.emailVerified = true;
    }

    /** She followed a link sent to her address. */
    public void verifyEmail() {
        this.emailVerified = true;
    }

    /** An administrator approved the company she registered. */
    public void approve() {
        if (approved) {
            throw new DomainException("approved", "user.approve.notAwaiting");
        }
        this.approved = true;
    }

    /** Whether a right password lets her in: active, her address verified, her company approved. */
    public boolean mayLogIn() {
        return active && emailVerified && approved;
    }

    /**
     * Why a right password does not let her in yet, for her to be told after she gave it: {@code null}
     * where nothing she can wait for stands in the way (she may log in, or she was deactivated).
     */
    public LoginHold loginHold() {
        if (!active || mayLogIn()) {
            return null;
        }
        return emailVerified ? LoginHold.AWAITING_APPROVAL : LoginHold.EMAIL_UNVERIFIED;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public boolean awaitsApproval() {
        return !approved;
    }

    public boolean isCompanyManager() {
        return companyManager;
    }

    /** What the first user of a self-registered supplier registered as; {@code null} for everyone else. */
    public String getRegisteredAs() {
        return registeredAs;
    }

    /** Whether {@code other} is a user of the same supplier as she. */
    public boolean isColleagueOf(UserAccount other) {
        return supplierId != null && supplierId.equals(other.supplierId);
    }

    /** A user has at least one role, and the supplier's role exactly when she is linked to a supplier. */
    private static void requireFitting(Set<Role> roles, Long supplierId) {
        if (roles == null || roles.isEmpty()) {
            throw new DomainException("roles", "user.roles.required");
        }
        if (roles.contains(Role.SUPPLIER) != (supplierId != null)) {
            throw new DomainException(supplierId == null ? "roles" : "supplierId", "user.supplier.link");
        }
    }

    /** Gives the user {@code newRoles} instead of those she has; a supplier's user keeps being one. */
    public void changeRoles(Set<Role> newRoles) {
        requireFitting(newRoles, supplierId);
        this.roles = EnumSet.copyOf(newRoles);
    }

    /** Gives her {@code role} as well (the price viewer's, when priced access is granted). */
    public void giveRole(Role role) {
        if (role == Role.SUPPLIER) {
            throw new IllegalArgumentException("the supplier's role comes with the supplier");
        }
        roles.add(role);
    }

    /**
     * Takes {@code role} from her (the price viewer's, when her last grant of priced access ends); a
     * user left with no role can log in and read what everyone may read.
     */
    public void takeRole(Role role) {
        roles.remove(role);
    }

    /** Lets a deactivated user log in again (her roles and history are as they were). */
    public void reactivate() {
        this.active = true;
    }

    /** Whether {@code text} reads as an e-mail address (something@domain.tld, no spaces). */
    public static boolean isEmailAddress(String text) {
        return text != null && EMAIL.matcher(text).matches();
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public void deactivate() {
        this.active = false;
    }

    /** The failed logins in a row against this account. */
    public FailedLogins failedLogins() {
        return new FailedLogins(failedLogins, lastFailedLogin, lockedUntil);
    }

    /** Whether logins are refused at {@code now}, whatever password is given. */
    public boolean isLockedAt(Instant now) {
        return failedLogins().lockedAt(now);
    }

    /**
     * Counts a login attempt at {@code now} as failed before its password is checked, so that
     * attempts made in parallel cannot together guess more often than the policy allows; a correct
     * password then clears the count ({@link #loggedIn()}). Must not be called while locked.
     *
     * @param policy the accounts' throttle ({@link LoginPolicies#account()})
     * @return the count after this attempt; {@link FailedLogins#locks()} if it locked the account
     */
    public FailedLogins countLoginAttempt(Instant now, LockoutPolicy policy) {
        if (isLockedAt(now)) {
            throw new IllegalStateException("account " + username + " is locked until " + lockedUntil);
        }
        set(failedLogins().afterFailure(now, policy));
        return failedLogins();
    }

    /** The password was right: the failed attempts before it no longer count. */
    public void loggedIn() {
        set(FailedLogins.NONE);
    }

    /** An administrator lets the user try again at once. */
    public void liftLockout() {
        set(FailedLogins.NONE);
    }

    private void set(FailedLogins count) {
        this.failedLogins = count.count();
        this.lastFailedLogin = count.lastFailure();
        this.lockedUntil = count.lockedUntil();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    /** The stored PBKDF2 hash ({@code algorithm:iterations:salt:hash}), for the login's check. */
    public String getPasswordHash() {
        return passwordHash;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public boolean isActive() {
        return active;
    }

    /** When the user last logged in with her password; {@code null} if never. */
    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
