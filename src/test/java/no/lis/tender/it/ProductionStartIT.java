package no.lis.tender.it;

import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Servers as an operator starts them: from server-config alone with the war as built, not the
 * integration-test deployment (see {@link StandaloneServer}). Each start takes a while, so each
 * test follows one server through the starts that matter.
 */
class ProductionStartIT {

    /** Every demo user of the README; all share the published demo password. */
    private static final List<String> DEMO_USERS = List.of("kari", "per", "admin", "ingrid", "lars", "hanne", "sandoz",
            "abbvie", "pfizer");
    private static final String ADMIN_PASSWORD = "Forste-admin-passord-2026";

    @Test
    void aProductionServerHasNoDemoUserNoTestClockAndTakesItsFirstAdministratorFromTheEnvironmentOnce() {
        try (StandaloneServer server = StandaloneServer.fresh()) {
            assertThat(server.start(Map.of("LIS_ADMIN_PASSWORD", ADMIN_PASSWORD), Map.of()))
                    .as("no offer master key given").isFalse();
            assertThat(server.log()).contains("Set lis.offer.masterkey (environment variable LIS_OFFER_MASTERKEY)");
            server.stop();

            assertThat(server.start(with(server.masterKey(), "LIS_ADMIN_PASSWORD", ADMIN_PASSWORD), Map.of()))
                    .as(server.log()).isTrue();

            for (String demoUser : DEMO_USERS) {
                assertThat(server.api(Api.as(demoUser)).get("api/tenders").status()).as(demoUser).isEqualTo(401);
            }
            Api admin = server.api(Api.as("admin", ADMIN_PASSWORD));
            Api.Reply tenders = admin.get("api/tenders");
            assertThat(tenders.status()).as(tenders.toString()).isEqualTo(200);
            assertThat(tenders.array()).as("no demo tender either").isEmpty();
            assertThat(admin.get("api/test/clock").status()).isEqualTo(404);
            assertThat(admin.put("api/test/clock?now=2030-01-01T00:00:00Z", JsonValue.EMPTY_JSON_OBJECT).status())
                    .isEqualTo(404);
            assertThat(server.log()).contains("The first administrator 'admin' was created from LIS_ADMIN_PASSWORD");

            // transport: HTTPS only, with the certificate the server made for itself, HSTS and Secure cookies
            HttpResponse<String> login = server.get("login.xhtml");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                    hsts -> assertThat(hsts).contains("max-age=31536000"));
            assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                    .startsWith("JSESSIONID=").containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax"));
            assertThatThrownBy(() -> Api.anonymous().on(server.plainBase()).get("health/ready"))
                    .as("plain HTTP is closed").isInstanceOf(UncheckedIOException.class);

            server.stop();
            assertThat(server.start(with(server.masterKey(), "LIS_ADMIN_PASSWORD", "Et-annet-passord-2027"), Map.of()))
                    .as(server.log()).isTrue();

            assertThat(server.api(Api.as("admin", "Et-annet-passord-2027")).get("api/tenders").status()).isEqualTo(401);
            assertThat(admin.get("api/tenders").status()).isEqualTo(200);
            assertThat(server.log()).contains("LIS_ADMIN_PASSWORD (lis.admin.password) is set but an administrator exists "
                    + "already, so it is ignored. Remove it");
            // issue 14: a restart with the same change log does not run Liquibase again
            assertThat(server.log()).contains("the change log is the one that last ran")
                    .doesNotContain("UPDATE SUMMARY");
        }
    }

    @Test
    void aStartWithoutDemoDataOnADatabaseWithDemoUsersRefusesAndSaysWhy() {
        try (StandaloneServer server = StandaloneServer.fresh()) {
            assertThat(server.start(server.masterKey(), Map.of("lis.demo", "true"))).as(server.log()).isTrue();
            assertThat(server.api(Api.as("kari")).get("api/tenders").status()).as("the demo ran").isEqualTo(200);
            server.stop();

            assertThat(server.start(server.masterKey(), Map.of())).as("the application started").isFalse();

            assertThat(server.log()).contains("its database holds demo users with the demo password published in the "
                    + "README: abbvie, admin, hanne, ingrid, kari, lars, per, pfizer, sandoz.");
            assertThat(server.api(Api.as("kari")).get("api/tenders").status()).as("no application").isEqualTo(404);
        }
    }

    private static Map<String, String> with(Map<String, String> environment, String name, String value) {
        Map<String, String> all = new HashMap<>(environment);
        all.put(name, value);
        return all;
    }
}
