package no.lis.tender.notification.domain;

import java.util.Objects;

/** A user that a notice goes to: her username (for her choice of notices) and her e-mail address. */
public record Recipient(String username, String email) {

    public Recipient {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
    }
}
