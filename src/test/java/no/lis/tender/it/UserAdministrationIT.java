package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator makes an internal user over the API, who then logs in with her first password;
 * gives her other roles, deactivates her (her password and her token stop working) and lets her in
 * again; every change is in the security log with the administrator's name. Bad input is refused
 * per field with nothing made, and no one but an administrator may do any of it.
 */
@ExtendWith(ArquillianExtension.class)
class UserAdministrationIT {

    private static final Api ADMIN = Api.as("admin");
    private static final String PASSWORD = "Et langt nok passord for testen";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aNewBuyerLogsInGetsOtherRolesIsDeactivatedAndLetInAgainEveryStepLogged() {
        String username = "nina-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply made = ADMIN.post("api/users", Json.createObjectBuilder().add("username", username)
                .add("fullName", "Nina Berg").add("email", username + "@example.org")
                .add("roles", Json.createArrayBuilder().add("BUYER")).add("password", PASSWORD).build());
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.object().getJsonArray("roles").getString(0)).isEqualTo("BUYER");

        Api nina = Api.as(username, PASSWORD);
        assertThat(nina.get("api/tenders").status()).as("a buyer reads the tenders").isEqualTo(200);
        JsonObject listed = user(username);
        assertThat(listed.getBoolean("active")).isTrue();
        assertThat(listed.getString("lastLoginAt", null)).as("her login is shown").isNotNull();

        Api.Reply token = nina.post("api/me/tokens", Json.createObjectBuilder().add("name", "skript").build());
        assertThat(token.status()).as(token.toString()).isEqualTo(201);
        Api ninasScript = Api.withToken(token.object().getString("token"));

        Api.Reply outdated = ADMIN.put("api/users/" + username + "/roles", Json.createObjectBuilder()
                .add("version", listed.getInt("version") + 5).add("roles", Json.createArrayBuilder().add("SPECIALIST")).build());
        assertThat(outdated.status()).as(outdated.toString()).isEqualTo(409);
        Api.Reply roles = ADMIN.put("api/users/" + username + "/roles", Json.createObjectBuilder()
                .add("version", listed.getInt("version")).add("roles", Json.createArrayBuilder().add("SPECIALIST")).build());
        assertThat(roles.status()).as(roles.toString()).isEqualTo(200);
        assertThat(Api.as(username, PASSWORD).get("api/tenders").status()).as("no longer a buyer").isEqualTo(403);

        Api.Reply deactivated = ADMIN.put("api/users/" + username + "/status", Json.createObjectBuilder()
                .add("version", roles.object().getInt("version")).add("active", false).build());
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(deactivated.object().getBoolean("active")).isFalse();
        assertThat(Api.as(username, PASSWORD).get("api/me/tokens").status()).as("her password").isEqualTo(401);
        assertThat(ninasScript.get("api/me/tokens").status()).as("her token").isEqualTo(401);

        Api.Reply again = ADMIN.put("api/users/" + username + "/status", Json.createObjectBuilder()
                .add("version", deactivated.object().getInt("version")).add("active", true).build());
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(Api.as(username, PASSWORD).get("api/me/tokens").status()).isEqualTo(200);

        List<String> logged = ADMIN.get("api/security-log?actor=admin&max=200").object().getJsonArray("entries")
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("subject").equals("user:" + username))
                .map(e -> e.getString("kind")).toList();
        assertThat(logged).containsExactlyInAnyOrder("USER_CREATED", "ROLE_CHANGED", "USER_DEACTIVATED", "USER_REACTIVATED");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsMade() {
        String username = "Ugyldig Navn " + UUID.randomUUID().toString().substring(0, 4);
        int before = ADMIN.get("api/users").array().size();

        Api.Reply refused = ADMIN.post("api/users", Json.createObjectBuilder().add("username", username)
                .add("fullName", "").add("email", "ikke en adresse")
                .add("roles", Json.createArrayBuilder().add("SUPPLIER")).add("password", "kort").build());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field", "")).contains("username", "fullName", "email", "roles", "password");
        assertThat(refused.body()).doesNotContain("Exception").doesNotContain("SQL");
        assertThat(ADMIN.get("api/users").array()).hasSize(before);

        assertThat(ADMIN.get("api/users/nobody-" + UUID.randomUUID().toString().substring(0, 6)).status()).isEqualTo(404);
        Api.Reply self = ADMIN.put("api/users/admin/status", Json.createObjectBuilder()
                .add("version", user("admin").getInt("version")).add("active", false).build());
        assertThat(self.status()).as(self.toString()).isEqualTo(400);
        assertThat(self.body()).contains("You cannot deactivate yourself.");
    }

    @Test
    void onlyAnAdministratorSeesOrChangesUsers() {
        assertThat(Api.as("kari").get("api/users").status()).isEqualTo(403);
        assertThat(Api.as("kari").post("api/users", Json.createObjectBuilder().add("username", "kari2")
                .add("fullName", "Kari To").add("email", "kari2@example.org")
                .add("roles", Json.createArrayBuilder().add("ADMIN")).add("password", PASSWORD).build()).status()).isEqualTo(403);
        assertThat(Api.anonymous().get("api/users").status()).isEqualTo(401);
        assertThat(ADMIN.get("api/users/kari2").status()).as("nothing was made").isEqualTo(404);
    }

    private static JsonObject user(String username) {
        Api.Reply reply = ADMIN.get("api/users/" + username);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }
}
