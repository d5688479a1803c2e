package no.lis.tender.notification.domain;

import java.util.Objects;

/** One plain-text mail to one address, as the {@link MailGateway} sends it. */
public record MailMessage(String to, String subject, String body) {

    public MailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
