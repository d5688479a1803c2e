package no.lis.tender.shared.infrastructure;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SiteSettingsTest {

    private static final Map<String, String> CONNECTION = Map.of("lis.pg.host", "db.example", "lis.pg.database", "lis",
            "lis.pg.user", "lis", "lis.pg.password", "s3cret");

    @Test
    void theDemoAndTestServersNeedNothingOnDerby() {
        assertThat(SiteSettings.problems(name -> Optional.empty())).isEmpty();
    }

    @Test
    void aProductionServerOnDerbyIsRefusedNamingLisDb() {
        assertThat(SiteSettings.problems(settings(Map.of("lis.production", "true", "lis.db", "derby",
                "lis.offer.masterkey", "/etc/lis/offer-master.key"), CONNECTION)))
                .containsExactly("A production server runs on PostgreSQL, but lis.db is 'derby': set LIS_DB=postgresql.");
    }

    @Test
    void aServerOnPostgresqlNamesEveryMissingConnectionVariable() {
        assertThat(SiteSettings.problems(settings(Map.of("lis.db", "postgresql", "lis.pg.host", "db.example",
                "lis.pg.password", " "))))
                .containsExactly("The PostgreSQL connection is incomplete: set LIS_PG_DATABASE, LIS_PG_USER, LIS_PG_PASSWORD.");
    }

    @Test
    void aProductionServerWithoutAMasterKeyIsRefusedNamingIt() {
        assertThat(SiteSettings.problems(settings(Map.of("lis.production", "true", "lis.db", "postgresql"), CONNECTION)))
                .containsExactly("The offer master key file is not named: set LIS_OFFER_MASTERKEY.");
    }

    @Test
    void sessionsInTheDatabaseOnDerbyAreRefusedNamingBothWaysOut() {
        assertThat(SiteSettings.problems(settings(Map.of("lis.sessions", "database"))))
                .containsExactly("Sessions in the database need the shared PostgreSQL database, but lis.db is 'derby':"
                        + " set LIS_DB=postgresql, or LIS_SESSIONS=memory for one server.");
    }

    @Test
    void aCompleteProductionServerStarts() {
        assertThat(SiteSettings.problems(settings(Map.of("lis.production", "true", "lis.db", "postgresql",
                "lis.offer.masterkey", "/etc/lis/offer-master.key"), CONNECTION))).isEmpty();
    }

    @SafeVarargs
    private static java.util.function.Function<String, Optional<String>> settings(Map<String, String>... maps) {
        return name -> java.util.Arrays.stream(maps).map(m -> m.get(name)).filter(java.util.Objects::nonNull).findFirst();
    }
}
