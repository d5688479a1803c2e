package no.lis.tender.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.shared.infrastructure.DatabaseMigration.SchemaReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.logging.Logger;

/**
 * Loads realistic demo data (the TNF-alpha inhibitors and a few generics, suppliers, specialist
 * groups, tender rounds in several phases and statuses, one of them with opened offers in the middle
 * of its evaluation, one user per role) into an empty database, and only where
 * {@code lis.demo=true}: the demo run ({@code mvn liberty:run}) and the integration-test server.
 * Every other server leaves it off (the default in server-config), and refuses to start on a
 * database that holds demo users: their password is published, so anyone could log in as a buyer.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "lis.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoCatalogue catalogue;

    @Inject
    DemoUsers users;

    @Inject
    DemoTenders tenders;

    @Inject
    DemoEvaluation evaluation;

    @Inject
    DemoAgreements agreements;

    @Inject
    DemoConsumption consumption;

    @Inject
    DemoRecommendations recommendations;

    @Inject
    DemoNegotiations negotiations;

    @Transactional
    void load(@Observes SchemaReady ready) {
        if (!enabled) {
            refuseDemoUsers();
            return;
        }
        if (users.present()) {
            LOG.info("Demo data already present; nothing loaded.");
            return;
        }
        if (!users.none()) {
            LOG.warning("lis.demo is true, but the database holds users that are not the demo's. Demo data goes "
                    + "only into an empty database, so none was loaded.");
            return;
        }
        DemoCatalogue.Loaded loaded = catalogue.load();
        users.load(loaded.supplierIds());
        tenders.load(loaded.areaIds(), loaded.groupIds());
        evaluation.load(tenders.inEvaluation(loaded.areaIds(), loaded.groupIds()), loaded.supplierIds());
        agreements.load();
        consumption.load();
        recommendations.load(loaded.areaIds());
        negotiations.load();
        LOG.info("Demo data loaded.");
    }

    /** Stops the start of a server without demo data whose database holds demo users. */
    private void refuseDemoUsers() {
        List<String> present = users.presentUsernames();
        if (present.isEmpty()) {
            return;
        }
        String message = "This server runs without demo data (lis.demo is not true), but its database holds demo "
                + "users with the demo password published in the README: " + String.join(", ", present) + ". "
                + "Anyone could log in as them, so the application is not started. Start on a new, empty database "
                + "(a demo database also holds made-up tenders and suppliers) or remove these users, or run the "
                + "demo with mvn liberty:run.";
        LOG.severe(message);
        throw new IllegalStateException(message);
    }
}
