package no.lis.tender.shared.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Checks, before anything touches the database, that the settings that differ between sites are
 * there. A server on PostgreSQL needs its connection ({@code LIS_PG_HOST}, {@code LIS_PG_DATABASE},
 * {@code LIS_PG_USER}, {@code LIS_PG_PASSWORD}); a production server ({@code lis.production=true},
 * set by the production package) needs PostgreSQL and the offer master key as well; sessions in the
 * database ({@code LIS_SESSIONS=database}) need PostgreSQL too. A missing one
 * stops the start with a message naming every missing environment variable, instead of a
 * connection failure deep in the log or, worse, a production server quietly on embedded Derby.
 */
@ApplicationScoped
public class SiteSettings {

    private static final Logger LOG = Logger.getLogger(SiteSettings.class.getName());
    private static final List<String> POSTGRESQL_CONNECTION = List.of("lis.pg.host", "lis.pg.database", "lis.pg.user",
            "lis.pg.password");

    /** Before the schema migration (priority 1), which would fail on a missing connection setting first. */
    void onStartup(@Observes @Priority(0) Startup startup) {
        Config config = ConfigProvider.getConfig();
        List<String> problems = problems(name -> config.getOptionalValue(name, String.class));
        if (!problems.isEmpty()) {
            String message = "This server does not start: " + String.join(" ", problems)
                    + " See docs/operations.md (Configuration).";
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
    }

    /** What is missing or wrong, one sentence each naming the environment variable; empty when all is there. */
    static List<String> problems(Function<String, Optional<String>> settings) {
        List<String> problems = new ArrayList<>();
        boolean production = settings.apply("lis.production").map(Boolean::parseBoolean).orElse(false);
        String database = settings.apply("lis.db").filter(value -> !value.isBlank()).orElse("derby");
        if (production && !database.equals("postgresql")) {
            problems.add("A production server runs on PostgreSQL, but lis.db is '" + database + "': set LIS_DB=postgresql.");
        }
        if (settings.apply("lis.sessions").filter("database"::equals).isPresent() && !database.equals("postgresql")) {
            problems.add("Sessions in the database need the shared PostgreSQL database, but lis.db is '" + database
                    + "': set LIS_DB=postgresql, or LIS_SESSIONS=memory for one server.");
        }
        if (production || database.equals("postgresql")) {
            List<String> missing = POSTGRESQL_CONNECTION.stream().filter(name -> absent(settings, name))
                    .map(SiteSettings::environmentVariable).toList();
            if (!missing.isEmpty()) {
                problems.add("The PostgreSQL connection is incomplete: set " + String.join(", ", missing) + ".");
            }
        }
        if (production && absent(settings, "lis.offer.masterkey")) {
            problems.add("The offer master key file is not named: set LIS_OFFER_MASTERKEY.");
        }
        return problems;
    }

    private static boolean absent(Function<String, Optional<String>> settings, String name) {
        return settings.apply(name).filter(value -> !value.isBlank()).isEmpty();
    }

    /** {@code lis.pg.host} is read from {@code LIS_PG_HOST}: MicroProfile Config's mapping of names to the environment. */
    static String environmentVariable(String property) {
        return property.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    }
}
