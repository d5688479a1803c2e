package no.lis.tender.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import no.lis.tender.shared.domain.Stamp;
import no.lis.tender.shared.domain.Validation;

/**
 * A clinician or hospital pharmacist in a specialist group. A member who logs in is linked to the
 * login of the identity context by its username; a member without one is only on the list.
 */
@Embeddable
public class GroupMember {

    public static final int FULL_NAME_LENGTH = 200;
    public static final int USERNAME_LENGTH = Stamp.USERNAME_LENGTH;

    @Column(name = "FULL_NAME", nullable = false, length = FULL_NAME_LENGTH)
    private String fullName;

    @Column(name = "EMAIL", nullable = false, length = EmailAddress.MAX_LENGTH)
    private EmailAddress email;

    @Enumerated(EnumType.STRING)
    @Column(name = "PROFESSION", nullable = false, length = 30)
    private Profession profession;

    @Column(name = "USERNAME", length = USERNAME_LENGTH)
    private String username;

    protected GroupMember() {
    }

    /**
     * Reports every missing or wrong part at once, each under the name of its parameter; a blank
     * username means the member has no login.
     */
    public GroupMember(String fullName, String email, Profession profession, String username) {
        Validation validation = new Validation();
        this.fullName = validation.field("fullName", () -> Checks.text(fullName, FULL_NAME_LENGTH));
        this.email = validation.field("email", () -> new EmailAddress(email));
        this.profession = validation.field("profession", () -> Checks.present(profession));
        this.username = validation.field("username", () -> Checks.optionalText(username, USERNAME_LENGTH));
        validation.throwIfInvalid();
    }

    public boolean hasUsername(String someUsername) {
        return username != null && username.equals(someUsername);
    }

    /** Whether this member has {@code usernameOrEmail} as username or as e-mail address (in any case). */
    public boolean isIdentifiedBy(String usernameOrEmail) {
        return hasUsername(usernameOrEmail) || email.value().equalsIgnoreCase(usernameOrEmail);
    }

    public String getFullName() {
        return fullName;
    }

    public EmailAddress getEmail() {
        return email;
    }

    public Profession getProfession() {
        return profession;
    }

    public String getUsername() {
        return username;
    }
}
