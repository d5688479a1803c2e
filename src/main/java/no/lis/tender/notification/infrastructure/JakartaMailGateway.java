package no.lis.tender.notification.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import no.lis.tender.notification.domain.MailGateway;
import no.lis.tender.notification.domain.MailMessage;

import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Sends through the server's mail session ({@code mail/lis}, Liberty's mail feature), configured in
 * server.xml from the {@code lis.mail.*} variables: host, port, STARTTLS, login and sender address.
 */
@ApplicationScoped
public class JakartaMailGateway implements MailGateway {

    @Resource(lookup = "mail/lis")
    Session session;

    @Override
    public void send(MailMessage mail) throws MailFailure {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom();
            message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            throw new MailFailure(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
