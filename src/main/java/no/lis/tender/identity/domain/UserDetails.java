package no.lis.tender.identity.domain;

import no.lis.tender.shared.domain.Validation;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * A new user's username, name and e-mail address as typed, checked the same way wherever a user is made
 * (by an administrator, by a registering company, by an invitation): every broken rule goes into the
 * caller's {@link Validation} under its field.
 */
public record UserDetails(String username, String fullName, String email) {

    /**
     * The details checked; {@code null} parts where a rule is broken (the validation says which).
     *
     * @param taken whether a username (lower case) is someone's already
     */
    public static UserDetails check(Validation validation, String username, String fullName, String email,
                                    Predicate<String> taken) {
        String name = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
        if (validation.required(name, "username")
                && validation.check(name.matches(UserAccount.USERNAME_PATTERN), "username", "user.username.invalid")) {
            validation.check(!taken.test(name), "username", "user.username.taken", name);
        }
        String full = validation.requiredSafeText("fullName", fullName, UserAccount.NAME_LENGTH, false);
        String address = validation.requiredText("email", email, UserAccount.NAME_LENGTH);
        if (address != null) {
            validation.check(UserAccount.isEmailAddress(address), "email", "user.email.invalid");
        }
        return new UserDetails(name, full, address);
    }

    /**
     * A username made from an e-mail address, for a colleague invited by address alone: the part before
     * the {@code @} in lower case, with what a username may not hold dropped, and {@code -2}, {@code -3} …
     * added while it is taken.
     */
    public static String usernameFor(String email, Predicate<String> taken) {
        String local = email.substring(0, Math.max(0, email.indexOf('@'))).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "");
        String base = local.length() < 2 ? "bruker" + local : local.substring(0, Math.min(local.length(), 50));
        String name = base;
        for (int n = 2; taken.test(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }
}
