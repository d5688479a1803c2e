package no.lis.tender.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reports the database: ready when a connection answers and the schema is migrated; live as long
 * as the database answers at all.
 */
@ApplicationScoped
public class DatabaseHealthCheck {

    @Resource(lookup = "jdbc/lis")
    DataSource dataSource;

    @Inject
    DatabaseMigration migration;

    @Produces
    @Readiness
    HealthCheck readiness() {
        return () -> probe("database-ready").withData("schemaMigrated", migration.isMigrated())
                .status(answers() && migration.isMigrated()).build();
    }

    @Produces
    @Liveness
    HealthCheck liveness() {
        return () -> probe("database-live").status(answers()).build();
    }

    private HealthCheckResponseBuilder probe(String name) {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(name);
        try (Connection connection = dataSource.getConnection()) {
            builder.withData("database", connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            builder.withData("error", e.getMessage());
        }
        return builder;
    }

    private boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
