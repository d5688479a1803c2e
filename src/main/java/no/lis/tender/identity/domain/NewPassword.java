package no.lis.tender.identity.domain;

import no.lis.tender.shared.domain.DomainException;

/**
 * A password someone chose for an account, before it is hashed: at least {@value #MIN_LENGTH}
 * characters (length is what makes a password hard to guess), and not a published one. It is never
 * stored or logged; only {@link #hashWith its hash} is kept.
 */
public final class NewPassword {

    public static final int MIN_LENGTH = 12;

    private final String value;

    private NewPassword(String value) {
        this.value = value;
    }

    public static NewPassword of(String value, PublishedPasswords published) {
        if (value == null || value.codePointCount(0, value.length()) < MIN_LENGTH) {
            throw new DomainException("password", "user.password.tooShort", MIN_LENGTH);
        }
        if (published.includes(value)) {
            throw new DomainException("password", "user.password.published");
        }
        return new NewPassword(value);
    }

    public String hashWith(PasswordHashing hashing) {
        return hashing.hash(value);
    }

    @Override
    public String toString() {
        return "NewPassword[hidden]";
    }
}
