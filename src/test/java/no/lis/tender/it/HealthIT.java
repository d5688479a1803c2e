package no.lis.tender.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ArquillianExtension.class)
class HealthIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void readinessReportsTheMigratedDatabase() {
        Api.Reply reply = Api.anonymous().get("health/ready");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        var check = reply.object().getJsonArray("checks").getJsonObject(0);
        assertThat(check.getString("name")).isEqualTo("database-ready");
        assertThat(check.getString("status")).isEqualTo("UP");
        assertThat(check.getJsonObject("data").getString("database")).isEqualTo(expectedDatabaseProduct());
        assertThat(check.getJsonObject("data").getBoolean("schemaMigrated")).isTrue();
    }

    @Test
    void livenessReportsTheDatabase() {
        Api.Reply reply = Api.anonymous().get("health/live");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.body()).contains("database-live").contains("\"UP\"");
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        Api.Reply reply = Api.anonymous().get("openapi");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("LIS Tender API").contains("/api/tenders");
    }

    @Test
    void theMigratedSchemaHoldsTheSeededCriteriaLibrary() {
        Api.Reply reply = Api.as("kari").get("api/criteria-library");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.array().getValuesAs(jakarta.json.JsonObject.class))
                .extracting(t -> t.getString("type"))
                .contains("ENVIRONMENT", "SUPPLY_SECURITY", "QUALITY");
        assertThat(reply.body()).containsIgnoringCase("sikkerhetslager");
    }

    @Test
    void theTestServersClockCanBeMovedByAnAdministratorOnly() {
        Api admin = Api.as("admin");
        assertThat(Api.as("kari").put("api/test/clock?now=2030-01-01T00:00:00Z", jakarta.json.JsonValue.EMPTY_JSON_OBJECT).status())
                .isEqualTo(403);
        try {
            Api.Reply moved = admin.put("api/test/clock?now=2030-01-01T00:00:00Z", jakarta.json.JsonValue.EMPTY_JSON_OBJECT);
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
            assertThat(moved.object().getString("now")).startsWith("2030-01-01T00:00");
        } finally {
            Api.Reply reset = admin.delete("api/test/clock");
            assertThat(reset.object().getString("now")).doesNotStartWith("2030");
        }
    }

    /** The database the suite runs on (failsafe's it.database): both passes check their own. */
    private static String expectedDatabaseProduct() {
        return "postgresql".equals(System.getProperty("it.database")) ? "PostgreSQL" : "Apache Derby";
    }
}
