package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Priced access on request, over the API: a hospital pharmacist (a specialist of her own, made for
 * the test) asks for the priced recommendations for her trust; bad requests are refused per field; a
 * buyer grants it until a last day and she reads the priced edition; after the last day the expiry
 * ends it and she no longer can; another request is refused with a reason she reads. Grants,
 * refusals and the expiry are in the security log.
 */
@ExtendWith(ArquillianExtension.class)
class PriceAccessIT {

    private static final String BASE = "api/price-access";
    private static final String PASSWORD = "Et langt nok passord for testen";
    private static final Api ADMIN = Api.as("admin");
    private static final Api KARI = Api.as("kari");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aGrantGivesThePricedEditionUntilItsLastDayAndTheExpiryEndsIt() {
        String pharmacist = specialist("farm");
        Api her = Api.as(pharmacist, PASSWORD);
        long recommendation = Api.anonymous().get("api/recommendations").array().getJsonObject(0)
                .getJsonNumber("recommendationId").longValue();
        String priced = "api/recommendations/" + recommendation + "/priced";
        assertThat(her.get(priced).status()).as("no access yet").isEqualTo(403);

        Api.Reply asked = her.post(BASE, Json.createObjectBuilder().add("hospitalTrust", "oslo universitetssykehus hf")
                .add("reason", "Legemiddelkomiteen ved OUS vurderer bytte til førstevalg").build());
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        assertThat(asked.object().getString("hospitalTrust")).isEqualTo("Oslo universitetssykehus HF");
        assertThat(asked.object().getString("status")).isEqualTo("REQUESTED");
        long id = asked.object().getJsonNumber("id").longValue();

        Api.Reply twice = her.post(BASE, Json.createObjectBuilder().add("hospitalTrust", "Oslo universitetssykehus HF")
                .add("reason", "Igjen").build());
        assertThat(twice.status()).as(twice.toString()).isEqualTo(400);
        assertThat(twice.body()).contains("already have a request");

        assertThat(her.get(BASE).status()).as("only buyers and administrators see every request").isEqualTo(403);
        JsonObject waiting = KARI.get(BASE).array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        LocalDate lastDay = LocalDate.now(ZoneId.of("Europe/Oslo")).plusMonths(6);
        Api.Reply granted = KARI.put(BASE + "/" + id + "/decision", Json.createObjectBuilder()
                .add("version", waiting.getJsonNumber("version").longValue()).add("grant", true)
                .add("validUntil", lastDay.toString()).build());
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        assertThat(granted.object().getString("status")).isEqualTo("GRANTED");
        assertThat(granted.object().getBoolean("validNow")).isTrue();

        assertThat(Api.as(pharmacist, PASSWORD).get(priced).status()).as("the grant gives the price viewer's role").isEqualTo(200);
        assertThat(kinds(pharmacist)).contains("PRICE_ACCESS_GRANTED");

        try {
            moveClock(lastDay.plusDays(2) + "T08:00:00Z");
            Api.Reply expiry = ADMIN.post(BASE + "/expiry", JsonValue.EMPTY_JSON_OBJECT);
            assertThat(expiry.status()).as(expiry.toString()).isEqualTo(200);
            assertThat(expiry.object().getInt("ended")).isGreaterThanOrEqualTo(1);
            assertThat(Api.as(pharmacist, PASSWORD).get(priced).status()).as("ended by itself").isEqualTo(403);
            assertThat(Api.as(pharmacist, PASSWORD).get(BASE + "/mine").array().getJsonObject(0).getString("status"))
                    .isEqualTo("EXPIRED");
        } finally {
            ADMIN.delete("api/test/clock");
        }
        assertThat(kinds(pharmacist)).contains("PRICE_ACCESS_EXPIRED");
    }

    @Test
    void badRequestsAreRefusedFieldByFieldARefusalIsReadWithItsReasonAndSuppliersCannotAsk() {
        String pharmacist = specialist("avsl");
        Api her = Api.as(pharmacist, PASSWORD);

        Api.Reply bad = her.post(BASE, Json.createObjectBuilder().add("hospitalTrust", "Sykehuset i Atlantis HF")
                .add("reason", "").build());
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field", "")).containsExactlyInAnyOrder("hospitalTrust", "reason");
        assertThat(her.post(BASE, JsonValue.EMPTY_JSON_OBJECT).status()).as("nothing said").isEqualTo(400);
        assertThat(Api.as("sandoz").post(BASE, Json.createObjectBuilder().add("hospitalTrust", "Helse Bergen HF")
                .add("reason", "Vi vil se konkurrentenes priser").build()).status()).isEqualTo(403);

        long id = her.post(BASE, Json.createObjectBuilder().add("hospitalTrust", "Helse Bergen HF")
                .add("reason", "Nysgjerrig").build()).object().getJsonNumber("id").longValue();
        JsonObject mine = her.get(BASE + "/mine").array().getJsonObject(0);
        Api.Reply noReason = KARI.put(BASE + "/" + id + "/decision", Json.createObjectBuilder()
                .add("version", mine.getJsonNumber("version").longValue()).add("grant", false).build());
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        Api.Reply refused = KARI.put(BASE + "/" + id + "/decision", Json.createObjectBuilder()
                .add("version", mine.getJsonNumber("version").longValue()).add("grant", false)
                .add("reason", "Nysgjerrighet er ikke tjenstlig behov").build());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);

        JsonObject read = her.get(BASE + "/mine").array().getJsonObject(0);
        assertThat(read.getString("status")).isEqualTo("REFUSED");
        assertThat(read.getString("refusalReason")).isEqualTo("Nysgjerrighet er ikke tjenstlig behov");
        assertThat(KARI.put(BASE + "/999999999/decision", Json.createObjectBuilder().add("version", 0).add("grant", true)
                .build()).status()).isEqualTo(404);
        assertThat(kinds(pharmacist)).contains("PRICE_ACCESS_REFUSED");
    }

    /** A specialist of the test's own (so that no demo user keeps a grant). */
    private static String specialist(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply made = ADMIN.post("api/users", Json.createObjectBuilder().add("username", username)
                .add("fullName", "Farmasøyt " + username).add("email", username + "@sykehus.example")
                .add("roles", Json.createArrayBuilder().add("SPECIALIST")).add("password", PASSWORD).build());
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return username;
    }

    private static List<String> kinds(String username) {
        return ADMIN.get("api/security-log?max=200").object().getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("subject").equals("user:" + username)).map(e -> e.getString("kind")).toList();
    }

    private static void moveClock(String now) {
        Api.Reply moved = ADMIN.put("api/test/clock?now=" + now, JsonValue.EMPTY_JSON_OBJECT);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    }
}
