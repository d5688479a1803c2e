package no.lis.tender.notification.domain;

/** The port to the SMTP server: hands one mail over, or says why it could not. */
public interface MailGateway {

    /** Hands {@code message} to the SMTP server; throws {@link MailFailure} if the server did not take it. */
    void send(MailMessage message) throws MailFailure;

    /** The SMTP server refused the mail or could not be reached; the outbox tries again later. */
    final class MailFailure extends Exception {

        public MailFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
