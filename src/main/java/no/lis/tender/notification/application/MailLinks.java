package no.lis.tender.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The links in mails: absolute, from the address at which users reach the application
 * ({@code lis.mail.linkBase}, e.g. {@code https://anbud.sykehusinnkjop.no}).
 */
@ApplicationScoped
public class MailLinks {

    static final String CHOICES = "/account/notices.xhtml";

    private final String base;

    @Inject
    public MailLinks(@ConfigProperty(name = "lis.mail.linkBase") Optional<String> base) {
        // Optional: MicroProfile Config reads an empty value as none at all; links are then relative
        this.base = base.orElse("").replaceAll("/+$", "");
    }

    /** For the CDI proxy. */
    protected MailLinks() {
        this.base = "";
    }

    /** The page at {@code path} (from the application's root, starting with /) as a link. */
    public String to(String path) {
        return base + path;
    }

    /** The page where a user chooses her notices. */
    public String choices() {
        return to(CHOICES);
    }
}
