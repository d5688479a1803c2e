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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /**
     * Runs Liquibase unless the database holds the stamp of this very change log ({@link ChangeLogStamp}):
     * then every change set in it has run (issue 14: on an up-to-date database Liquibase still parsed
     * the whole change log and read its history at every start). After a run the stamp is stored.
     */
    void migrate() {
        String stamp = ChangeLogStamp.of(DatabaseMigration.class.getClassLoader(), CHANGELOG);
        try (Connection connection = dataSource.getConnection()) {
            if (stamp.equals(storedStamp(connection))) {
                migrated = true;
                LOG.info(() -> "Database schema is up to date: the change log is the one that last ran (" + stamp + ")");
                return;
            }
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(CHANGELOG,
                    new ClassLoaderResourceAccessor(DatabaseMigration.class.getClassLoader()), database);
            // Liquibase 4.33 asks its vendor for usage analytics unless told not to: a hospital server never phones out.
            Scope.child(Map.of(ANALYTICS_ENABLED, false), () -> liquibase.update(new Contexts(), new LabelExpression()));
            connection.setAutoCommit(true);
            store(connection, stamp);
            migrated = true;
            LOG.info(() -> "Database schema is up to date (" + database.getDatabaseProductName() + ")");
        } catch (Exception e) {
            throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
        }
    }

    /** The stamp stored by the last run, null if none (or no stamp table yet: a database before issue 14). */
    private static String storedStamp(Connection connection) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT CHANGELOG_SHA256 FROM SYS_SCHEMA_STAMP WHERE ID = 1");
             ResultSet row = select.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        } catch (SQLException noTableYet) {
            return null;
        }
    }

    private static void store(Connection connection, String stamp) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE SYS_SCHEMA_STAMP SET CHANGELOG_SHA256 = ?, STAMPED_AT = CURRENT_TIMESTAMP WHERE ID = 1")) {
            update.setString(1, stamp);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO SYS_SCHEMA_STAMP (ID, CHANGELOG_SHA256, STAMPED_AT) VALUES (1, ?, CURRENT_TIMESTAMP)")) {
            insert.setString(1, stamp);
            insert.executeUpdate();
        }
    }

    public boolean isMigrated() {
        return migrated;
    }

    /** Fired once the schema is up to date. */
    public record SchemaReady() {
    }
}
