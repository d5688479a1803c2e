package no.lis.tender.identity.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import no.lis.tender.identity.application.CreateFirstAdministrator;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.identity.domain.UserAccountRepository;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.infrastructure.DatabaseMigration.SchemaReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * A production installation starts with no user. Its first administrator comes from
 * {@code lis.admin.password} (the environment variable {@code LIS_ADMIN_PASSWORD}), set for one start:
 * the administrator {@code lis.admin.username} (default {@code admin}) is created if none exists, and
 * once one exists the variable is ignored, with a warning to remove it. A password that breaks the
 * rules stops the start: the operator asked for an administrator, and a server without one cannot
 * be administered.
 */
@ApplicationScoped
public class FirstAdministratorAtStartup {

    private static final Logger LOG = Logger.getLogger(FirstAdministratorAtStartup.class.getName());

    @Inject
    @ConfigProperty(name = "lis.admin.username", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "lis.admin.password")
    Optional<String> password;

    @Inject
    CreateFirstAdministrator createFirstAdministrator;

    @Inject
    UserAccountRepository users;

    /** After the demo data (observers without a priority come first), which brings its own administrator. */
    void onSchemaReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) SchemaReady ready) {
        if (password.isEmpty() || password.get().isBlank()) {
            if (!users.anyActiveWith(Role.ADMIN)) {
                LOG.warning("No administrator exists yet. Set LIS_ADMIN_PASSWORD (at least 12 characters) for one "
                        + "start to create the administrator '" + username + "'; see docs/operations.md.");
            }
            return;
        }
        boolean created;
        try {
            created = createFirstAdministrator.createUnlessAnAdministratorExists(username, password.get());
        } catch (DomainException refused) {
            String message = "The first administrator was not created from LIS_ADMIN_PASSWORD (lis.admin.password): "
                    + refused.getMessage() + " Correct it and start again; see docs/operations.md.";
            LOG.severe(message);
            throw new IllegalStateException(message, refused);
        }
        if (created) {
            LOG.info("The first administrator '" + username + "' was created from LIS_ADMIN_PASSWORD. Remove "
                    + "LIS_ADMIN_PASSWORD from the server's environment now: it is not used again.");
        } else {
            LOG.warning("LIS_ADMIN_PASSWORD (lis.admin.password) is set but an administrator exists already, so it "
                    + "is ignored. Remove it from the server's environment.");
        }
    }
}
