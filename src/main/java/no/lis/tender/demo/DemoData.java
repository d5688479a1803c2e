package no.lis.tender.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.shared.infrastructure.DatabaseMigration.SchemaReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Logger;

/**
 * Loads realistic demo data (the TNF-alpha inhibitors and a few generics, suppliers, specialist
 * groups, tender rounds in several phases and statuses, one of them with opened offers in the middle
 * of its evaluation, one user per role) into an empty database, and only where
 * {@code lis.demo=true}: the demo run and the integration-test server. A production configuration
 * leaves it off (the default in server-config).
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

    @Transactional
    void load(@Observes SchemaReady ready) {
        if (!enabled) {
            return;
        }
        if (users.present()) {
            LOG.info("Demo data already present; nothing loaded.");
            return;
        }
        DemoCatalogue.Loaded loaded = catalogue.load();
        users.load(loaded.supplierIds());
        tenders.load(loaded.areaIds(), loaded.groupIds());
        evaluation.load(tenders.inEvaluation(loaded.areaIds(), loaded.groupIds()), loaded.supplierIds());
        agreements.load();
        consumption.load();
        recommendations.load(loaded.areaIds());
        LOG.info("Demo data loaded.");
    }
}
