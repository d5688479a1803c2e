package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tamper-evident security log through the running application: a change of a specialist group's
 * logins is recorded as ROLE_CHANGED; an entry changed in the database behind the application's back
 * is named as the first broken link by the API and on the administrator's page; only administrators
 * see the log.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityLogIT {

    private static final Api ADMIN = Api.as("admin");
    private static final Api BUYER = Api.as("kari");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anEntryChangedInTheDatabaseIsNamedAsTheFirstBrokenLink() {
        assertIntact();
        String username = newUsername();
        createGroupWithLogin(username);
        JsonObject entry = onlyEntry("api/security-log?kind=ROLE_CHANGED&actor=KARI&max=20", "user:" + username);
        long sequence = entry.getJsonNumber("sequence").longValue();
        assertThat(entry.getString("detail")).startsWith("added to specialist group ");

        String original = tamper(sequence, "nothing happened here");
        try {
            Api.Reply reply = ADMIN.get("api/security-log/verification");
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            JsonObject verification = reply.object();
            assertThat(verification.getBoolean("intact")).isFalse();
            JsonObject firstBreak = verification.getJsonObject("firstBreak");
            assertThat(firstBreak.getJsonNumber("sequence").longValue()).isEqualTo(sequence);
            assertThat(firstBreak.getString("reason")).isEqualTo("ENTRY_ALTERED");
            assertThat(firstBreak.getString("message")).startsWith("Entry no. " + sequence + " has been changed");
            assertThat(verification.getJsonNumber("entriesChecked").longValue()).isEqualTo(sequence - 1);

            try (Browser browser = Browser.open()) {
                browser.logInAs("admin").go("admin/security-log.xhtml").waitForText("nothing happened here");
                browser.click("verify:verifyChain");
                browser.waitForText("Kjeden er brutt ved oppføring nr. " + sequence + ".");
                assertThat(browser.element("verify:outcome").getText())
                        .contains("Oppføring nr. " + sequence + " er endret");
                browser.screenshot("security-log-broken");

                tamper(sequence, original);
                browser.click("verify:verifyChain");
                browser.waitForText("Kjeden holder: ");
                assertThat(browser.element("verify:outcome").getText()).contains("Siste oppføring er nr. ");
            }
        } finally {
            tamper(sequence, original);
        }
        assertIntact();
    }

    @Test
    void theHeadNotedOutsideProvesTheChainUpToIt() {
        createGroupWithLogin(newUsername());
        JsonObject head = ADMIN.get("api/security-log/head").object();
        long sequence = head.getJsonNumber("sequence").longValue();
        String hash = head.getString("hash");

        JsonObject same = ADMIN.get("api/security-log/verification?sequence=" + sequence + "&hash=" + hash).object();
        JsonObject other = ADMIN.get("api/security-log/verification?sequence=" + sequence + "&hash="
                + "0".repeat(64)).object();
        Api.Reply halfAnAnchor = ADMIN.get("api/security-log/verification?sequence=" + sequence);

        assertThat(same.getBoolean("intact")).as(same.toString()).isTrue();
        assertThat(other.getJsonObject("firstBreak").getString("reason")).isEqualTo("ANCHOR_MISMATCH");
        assertThat(other.getJsonObject("firstBreak").getJsonNumber("sequence").longValue()).isEqualTo(sequence);
        assertThat(halfAnAnchor.status()).isEqualTo(400);
        assertThat(halfAnAnchor.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("hash");
    }

    @Test
    void appendsFromManyRequestsAtOnceFormOneUnbrokenChain() throws Exception {
        long before = ADMIN.get("api/security-log/head").object().getJsonNumber("sequence").longValue();
        int requests = 6;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Callable<Integer>> saves = IntStream.range(0, requests)
                    .<Callable<Integer>>mapToObj(i -> () -> createGroupWithLogin(newUsername())).toList();
            for (Future<Integer> status : pool.invokeAll(saves)) {
                assertThat(status.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }

        JsonObject verification = assertIntact();
        assertThat(verification.getJsonObject("head").getJsonNumber("sequence").longValue())
                .isEqualTo(before + requests);
    }

    @Test
    void theLogIsListedNewestFirstAndFilteredByKindAndActor() {
        createGroupWithLogin(newUsername());
        createGroupWithLogin(newUsername());

        JsonObject page = ADMIN.get("api/security-log?kind=role_changed&actor=kari&max=5").object();
        List<JsonObject> entries = page.getJsonArray("entries").getValuesAs(JsonObject.class);
        Api.Reply unknownKind = ADMIN.get("api/security-log?kind=PRICES");

        assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(2);
        assertThat(entries).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(e -> {
                    assertThat(e.getString("kind")).isEqualTo("ROLE_CHANGED");
                    assertThat(e.getString("actor")).isEqualTo("kari");
                });
        assertThat(entries.get(0).getJsonNumber("sequence").longValue())
                .isGreaterThan(entries.get(1).getJsonNumber("sequence").longValue());
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("kind");
    }

    @Test
    void onlyAdministratorsSeeTheLog() {
        for (String path : List.of("api/security-log", "api/security-log/verification", "api/security-log/head")) {
            assertThat(BUYER.get(path).status()).as(path).isEqualTo(403);
            assertThat(Api.as("hanne").get(path).status()).as(path).isEqualTo(403);
            assertThat(Api.anonymous().get(path).status()).as(path).isEqualTo(401);
        }
        assertThat(PageSession.loggedInAs("kari").get("admin/security-log.xhtml").statusCode()).isEqualTo(403);
        assertThat(PageSession.loggedInAs("admin").get("admin/security-log.xhtml").statusCode()).isEqualTo(200);
    }

    private static JsonObject assertIntact() {
        Api.Reply reply = ADMIN.get("api/security-log/verification");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.object().getBoolean("intact")).as(reply.toString()).isTrue();
        return reply.object();
    }

    private static String newUsername() {
        return "it-" + ThreadLocalRandom.current().nextInt(100_000_000);
    }

    /** A buyer creates a specialist group whose one member logs in as {@code username}: a role change. */
    private static int createGroupWithLogin(String username) {
        long areaId = BUYER.get("api/therapeutic-areas").array().getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply reply = BUYER.post("api/specialist-groups", Json.createObjectBuilder()
                .add("name", "Sikkerhetsloggruppe " + username)
                .add("therapeuticAreaId", areaId)
                .add("members", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("fullName", "Lege " + username).add("email", username + "@sykehus.example")
                        .add("profession", "CLINICIAN").add("username", username)))
                .build());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.status();
    }

    private static JsonObject onlyEntry(String path, String subject) {
        Api.Reply reply = ADMIN.get(path);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<JsonObject> matching = reply.object().getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("subject").equals(subject)).toList();
        assertThat(matching).as(reply.toString()).hasSize(1);
        return matching.get(0);
    }

    /** Changes the detail of entry {@code sequence} in the database; returns the detail it had. */
    private static String tamper(long sequence, String detail) {
        Api.Reply reply = ADMIN.put("api/test/security-log/entries/" + sequence + "/detail",
                Json.createObjectBuilder().add("detail", detail).build());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object().getString("detail");
    }
}
