package no.lis.tender.identity.domain;

/**
 * Passwords that are printed somewhere (the demo's, in the README), so that anyone can log in with
 * them: none may guard a real account. Contributed as CDI beans by whoever publishes them; where no
 * bean exists, no password is published.
 */
@FunctionalInterface
public interface PublishedPasswords {

    boolean includes(String password);

    /** Every list of {@code lists} as one (a CDI {@code Instance} of them): a password is published if any has it. */
    static PublishedPasswords all(Iterable<? extends PublishedPasswords> lists) {
        return password -> {
            for (PublishedPasswords list : lists) {
                if (list.includes(password)) {
                    return true;
                }
            }
            return false;
        };
    }
}
