package no.lis.tender.shared.infrastructure;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with the versioned Liquibase change log at start-up, before any
 * request is served, then announces {@link SchemaReady} (the demo data waits for it).
 * The same change log runs on Derby and PostgreSQL; nothing is ever dropped and re-created.
 */
@ApplicationScoped
public class DatabaseMigration {

    static final String CHANGELOG = "db/changelog/master.xml";
    static final String ANALYTICS_ENABLED = "liquibase.analytics.enabled";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/lis")
    DataSource dataSource;

    @Inject
    Event<SchemaReady> schemaReady;

    private volatile boolean migrated;

    void onStartup(@Observes @Priority(1) Startup startup) {
        migrate();
        schemaReady.fire(new SchemaReady());
    }

    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(CHANGELOG,
                    new ClassLoaderResourceAccessor(DatabaseMigration.class.getClassLoader()), database);
            // Liquibase 4.33 asks its vendor for usage analytics unless told not to: a hospital server never phones out.
            Scope.child(Map.of(ANALYTICS_ENABLED, false), () -> liquibase.update(new Contexts(), new LabelExpression()));
            connection.setAutoCommit(true);
            migrated = true;
            LOG.info(() -> "Database schema is up to date (" + database.getDatabaseProductName() + ")");
        } catch (Exception e) {
            throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
        }
    }

    public boolean isMigrated() {
        return migrated;
    }

    /** Fired once the schema is up to date. */
    public record SchemaReady() {
    }
}
