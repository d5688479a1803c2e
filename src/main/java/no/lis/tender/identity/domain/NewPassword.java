package no.lis.tender.identity.domain;

import no.lis.tender.shared.domain.DomainException;

/**
 * A password someone chose for an account, before it is hashed, by NIST SP 800-63B (rev. 4): at least
 * {@value #MIN_LENGTH} characters (length is what makes a password hard to guess), at most
 * {@value #MAX_LENGTH} (room for a pass phrase; the bound only keeps a request from feeding the hash
 * megabytes), any characters, spaces and emoji included, and no composition rule (no demand for a digit
 * or a capital letter). Refused: a published one (the demo's) and a common one ({@link CommonPasswords}).
 * It is never stored or logged; only {@link #hashWith its hash} is kept.
 */
public final class NewPassword {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    private final String value;

    private NewPassword(String value) {
        this.value = value;
    }

    public static NewPassword of(String value, PublishedPasswords published) {
        if (value == null || value.codePointCount(0, value.length()) < MIN_LENGTH) {
            throw new DomainException("password", "user.password.tooShort", MIN_LENGTH);
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new DomainException("password", "user.password.tooLong", MAX_LENGTH);
        }
        if (CommonPasswords.includes(value)) {
            throw new DomainException("password", "user.password.common");
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
