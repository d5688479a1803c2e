package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Login that resists abuse, API tokens, and what every answer carries (issue 10): wrong passwords
 * lock an account (with a message on the login page) until an administrator lifts it; an unknown
 * username answers like a known one; an address that keeps failing waits; a token works until it
 * is revoked or expires; a forged change is refused; the session id changes at login and logout
 * ends the session. The tests run in order: the last one throttles the test client's own address.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginAbuseIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    /** The administrator by token: tokens are not held up when the test client's address is. */
    private static String adminToken;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void anAdministratorTokenAndAFreshCountForThisAddress() {
        Api.Reply issued = Api.as("admin").post("api/me/tokens", Json.createObjectBuilder().add("name", "LoginAbuseIT").build());
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        adminToken = issued.object().getString("token");
        forgetThisAddressesFailures();
    }

    @AfterAll
    static void liftWhatTheTestsLocked() {
        for (String user : List.of("lars", "ingrid")) {
            send(request("api/users/" + user + "/lockout").header("Authorization", "Bearer " + adminToken).DELETE());
        }
        // also when the last test failed before it forgot them: the next test class must not wait
        forgetThisAddressesFailures();
    }

    @Test
    @Order(1)
    void everyAnswerForbidsFramingAndSniffingAndNoAnswerWithDataIsStored() {
        for (HttpResponse<String> answer : List.of(
                send(request("login.xhtml").GET()),
                send(request("recommendations/index.xhtml").GET()),
                send(request("api/tenders").GET()),
                send(request("api/tenders").header("Authorization", "Bearer " + adminToken).GET()))) {
            String what = answer.request().uri() + " " + answer.statusCode();
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(
                    csp -> assertThat(csp).contains("frame-ancestors 'none'"));
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(what).contains("same-origin");
            // the public recommendation list, read without a login, is a kept page a proxy may keep too
            // (PublicRecommendationCacheIT); every other answer may carry what is not for others
            String kept = answer.request().uri().getPath().endsWith("recommendations/index.xhtml") ? "public" : "no-store";
            assertThat(answer.headers().firstValue("Cache-Control")).as(what).hasValueSatisfying(
                    cache -> assertThat(cache).contains(kept));
            assertThat(answer.headers().firstValue("Strict-Transport-Security")).as("plain HTTP: no HSTS").isEmpty();
        }
        HttpResponse<String> anonymous = send(request("api/tenders").GET());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().allValues("WWW-Authenticate")).anySatisfy(c -> assertThat(c).startsWith("Bearer"));
    }

    @Test
    @Order(2)
    void aTokenCallsTheApiAsItsOwnerUntilItIsRevokedOrExpires() {
        Api kari = Api.as("kari");
        Api.Reply issued = kari.post("api/me/tokens", Json.createObjectBuilder().add("name", "nightly export").add("validDays", 1).build());
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String token = issued.object().getString("token");
        long id = issued.object().getJsonNumber("id").longValue();

        HttpResponse<String> tenders = send(request("api/tenders").header("Authorization", "Bearer " + token).GET());
        assertThat(tenders.statusCode()).isEqualTo(200);
        assertThat(tenders.headers().allValues("Set-Cookie")).as("no session for a program").isEmpty();
        HttpResponse<String> asSupplier = send(request("api/tenders/1/questions").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"?\"}")));
        assertThat(asSupplier.statusCode()).as("the token has its owner's roles, a buyer's, not a supplier's").isEqualTo(403);
        HttpResponse<String> another = send(request("api/me/tokens").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"more\"}")));
        assertThat(another.statusCode()).as("a token makes no tokens").isEqualTo(403);
        JsonObject listed = kari.get("api/me/tokens").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(listed.getString("status")).isEqualTo("ACTIVE");
        assertThat(listed.containsKey("lastUsedAt")).isTrue();
        assertThat(listed.toString()).doesNotContain(token);

        moveClock(Instant.now().plus(Duration.ofDays(2)));
        try {
            HttpResponse<String> expired = send(request("api/tenders").header("Authorization", "Bearer " + token).GET());
            assertThat(expired.statusCode()).isEqualTo(401);
            assertThat(expired.headers().allValues("WWW-Authenticate")).contains("Bearer realm=\"LIS Tender\", error=\"invalid_token\"");
        } finally {
            resetClock();
        }
        assertThat(send(request("api/tenders").header("Authorization", "Bearer " + token).GET()).statusCode()).isEqualTo(200);

        assertThat(kari.delete("api/me/tokens/" + id).status()).isEqualTo(204);
        assertThat(send(request("api/tenders").header("Authorization", "Bearer " + token).GET()).statusCode()).isEqualTo(401);
        assertThat(Api.as("per").delete("api/me/tokens/" + id).status()).as("nobody else's to revoke").isEqualTo(404);
    }

    @Test
    @Order(2)
    void aUserMakesATokenOnHerOwnPageAndSeesItOnlyOnce() {
        PageSession hanne = PageSession.loggedInAs("hanne");

        HttpResponse<String> made = hanne.submit("account/tokens.xhtml",
                Map.of("issue", "issue", "issue_SUBMIT", "1", "issue:name", "Regneark med priser", "issue:submit", ""));

        assertThat(made.statusCode()).isEqualTo(200);
        Matcher shown = Pattern.compile("value=\"(lis_[A-Za-z0-9_-]{43})\"").matcher(made.body());
        assertThat(shown.find()).as("the new token on the page").isTrue();
        String token = shown.group(1);
        Matcher field = Pattern.compile("<input[^>]*" + Pattern.quote(token) + "[^>]*>").matcher(made.body());
        assertThat(field.find() && field.group().contains("aria-label=")).as("the secret's field is named for screen readers").isTrue();
        assertThat(send(request("api/me/tokens").header("Authorization", "Bearer " + token).GET()).statusCode()).isEqualTo(200);
        String later = hanne.get("account/tokens.xhtml").body();
        assertThat(later).contains("Regneark med priser", token.substring(0, 10)).doesNotContain(token);
    }

    @Test
    @Order(3)
    void theSessionIdChangesAtLoginAndLogoutEndsTheSessionForGood() {
        PageSession browser = PageSession.anonymous();
        browser.get("login.xhtml");
        String before = browser.cookie("JSESSIONID").orElseThrow();

        HttpResponse<String> login = browser.logIn("kari", Api.DEMO_PASSWORD);

        assertThat(login.statusCode()).isIn(302, 303);
        String after = browser.cookie("JSESSIONID").orElseThrow();
        assertThat(after).isNotEqualTo(before);
        String sso = browser.cookie("LISSSO").orElseThrow();
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("LISSSO="))
                .singleElement().satisfies(c -> assertThat(c).contains("HttpOnly", "SameSite=Lax"));
        assertThat(browser.get("buyer/overview.xhtml").statusCode()).isEqualTo(200);

        HttpResponse<String> logout = browser.submit("buyer/overview.xhtml", Map.of("nav", "nav", "nav_SUBMIT", "1", "nav:logout", ""));

        assertThat(logout.statusCode()).isIn(302, 303);
        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml"));
        HttpResponse<String> replayed = send(request("buyer/overview.xhtml")
                .header("Cookie", "JSESSIONID=" + after + "; LISSSO=" + sso).GET());
        assertThat(replayed.statusCode()).as("the old cookies after logout").isEqualTo(302);
        assertThat(replayed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml"));
    }

    @Test
    @Order(4)
    void aChangeFromAnotherSiteOrWithOnlyTheSessionCookieIsRefused() {
        PageSession browser = PageSession.loggedInAs("kari");
        String csv = "varenummer;hospital;month;packs\n";

        HttpResponse<String> forged = browser.send(request("api/consumption").header("Content-Type", "text/plain")
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.ofString(csv)));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("another site");

        HttpResponse<String> cookieOnly = browser.send(request("api/consumption").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
        assertThat(cookieOnly.statusCode()).isEqualTo(403);
        assertThat(cookieOnly.body()).contains("Authorization header");

        // a script of our own page sends the page's CSRF token with the cookie
        Matcher meta = Pattern.compile("<meta name=\"lis-csrf-token\" content=\"([^\"]+)\"")
                .matcher(browser.get("buyer/overview.xhtml").body());
        assertThat(meta.find()).as("the page carries its CSRF token").isTrue();
        String newToken = "{\"name\":\"from a script of the page\",\"validDays\":1}";
        HttpResponse<String> guessed = browser.send(request("api/me/tokens").header("Content-Type", "application/json")
                .header("X-CSRF-Token", meta.group(1) + "x").POST(HttpRequest.BodyPublishers.ofString(newToken)));
        assertThat(guessed.statusCode()).isEqualTo(403);
        HttpResponse<String> withToken = browser.send(request("api/me/tokens").header("Content-Type", "application/json")
                .header("X-CSRF-Token", meta.group(1)).POST(HttpRequest.BodyPublishers.ofString(newToken)));
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);
        long id = Json.createReader(new StringReader(withToken.body())).readObject().getJsonNumber("id").longValue();
        assertThat(browser.send(request("api/me/tokens/" + id).header("X-CSRF-Token", meta.group(1)).DELETE()).statusCode())
                .isEqualTo(204);

        assertThat(browser.send(request("api/tenders").GET()).statusCode()).as("reading with the cookie").isEqualTo(200);
        HttpResponse<String> foreignForm = PageSession.anonymous().send(request("login.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("login=login")));
        assertThat(foreignForm.statusCode()).isEqualTo(403);
    }

    @Test
    @Order(5)
    void fiveWrongPasswordsLockTheAccountWithAMessageUntilAnAdministratorLiftsIt() {
        for (int i = 0; i < 5; i++) {
            assertThat(Api.as("lars", "wrong-" + i).get("api/me/tokens").status()).isEqualTo(401);
        }

        HttpResponse<String> locked = send(request("api/me/tokens").header("Authorization", basic("lars", Api.DEMO_PASSWORD)).GET());
        assertThat(locked.statusCode()).as("even the right password").isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
                seconds -> assertThat(seconds).isBetween(1L, 60L));
        assertThat(locked.body()).contains("Too many failed attempts");
        HttpResponse<String> page = PageSession.anonymous().logIn("lars", Api.DEMO_PASSWORD);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("For mange mislykkede forsøk");

        Api admin = Api.as("admin");
        List<JsonObject> lockouts = admin.get("api/users/lockouts").array().getValuesAs(JsonObject.class);
        assertThat(lockouts).anySatisfy(l -> {
            assertThat(l.getString("username")).isEqualTo("lars");
            assertThat(l.getInt("failedLogins")).isEqualTo(5);
            assertThat(l.containsKey("lockedUntil")).isTrue();
        });
        assertThat(Api.as("kari").delete("api/users/lars/lockout").status()).as("only an administrator").isEqualTo(403);
        assertThat(PageSession.loggedInAs("kari").get("admin/lockouts.xhtml").statusCode()).isEqualTo(403);

        PageSession adminPage = PageSession.loggedInAs("admin");
        String list = adminPage.get("admin/lockouts.xhtml").body();
        Matcher row = Pattern.compile("list:accounts:(\\d+):lift").matcher(list.substring(list.indexOf(">lars<")));
        assertThat(row.find()).as("the locked account is listed with a lift button").isTrue();
        HttpResponse<String> lifted = adminPage.submit("admin/lockouts.xhtml",
                Map.of("list", "list", "list_SUBMIT", "1", row.group(0), ""));
        assertThat(lifted.statusCode()).isEqualTo(200);
        assertThat(lifted.body()).contains("Låsen for lars er opphevet");

        assertThat(Api.as("lars").get("api/me/tokens").status()).isEqualTo(200);
        assertThat(PageSession.anonymous().logIn("lars", Api.DEMO_PASSWORD).statusCode()).isIn(302, 303);
    }

    @Test
    @Order(6)
    void anUnknownUsernameAnswersLikeAKnownOneInWordsAndTime() {
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        List<Long> knownMillis = new ArrayList<>();
        List<Long> unknownMillis = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> known = timed(basic("ingrid", "wrong-" + i), knownMillis);
            HttpResponse<String> notKnown = timed(basic(unknown, "wrong-" + i), unknownMillis);
            assertThat(notKnown.statusCode()).isEqualTo(known.statusCode()).isEqualTo(401);
            assertThat(notKnown.headers().allValues("WWW-Authenticate")).isEqualTo(known.headers().allValues("WWW-Authenticate"));
        }
        // the PBKDF2 check (tens of ms) is done for both; before, an unknown name answered ~17 times faster.
        // The fastest answers are compared, with room for the known name's stored count of failures: on a
        // machine busy with other builds that write costs more than the check, and noise only adds time
        assertThat(fastest(unknownMillis)).as("unknown %s ms against known %s ms", unknownMillis, knownMillis)
                .isGreaterThan(fastest(knownMillis) / 4);

        assertThat(timed(basic("ingrid", "wrong-5"), knownMillis).statusCode()).isEqualTo(401);
        assertThat(timed(basic(unknown, "wrong-5"), unknownMillis).statusCode()).isEqualTo(401);
        HttpResponse<String> knownLocked = send(request("api/me/tokens").header("Authorization", basic("ingrid", "wrong-6")).GET());
        HttpResponse<String> unknownLocked = send(request("api/me/tokens").header("Authorization", basic(unknown, "wrong-6")).GET());
        assertThat(unknownLocked.statusCode()).isEqualTo(knownLocked.statusCode()).isEqualTo(429);
        // the same words; the seconds to wait may differ by the one that ticked between the two answers
        assertThat(withoutNumbers(unknownLocked.body())).isEqualTo(withoutNumbers(knownLocked.body()));
        assertThat(secondsToWait(unknownLocked)).isCloseTo(secondsToWait(knownLocked), within(1L));
    }

    @Test
    @Order(7)
    void anAddressThatKeepsFailingMustWaitWhateverTheUsernameOrTheAddressItClaimsAndAQuietHourForgetsIt() {
        int failures = 0;
        HttpResponse<String> answer;
        do {
            // each guess claims another address: no proxy is trusted, so the claim changes nothing
            String claimed = "203.0.113." + (failures + 1);
            answer = send(request("api/me/tokens").header("Authorization", basic("guess-" + failures, "wrong"))
                    .header("X-Forwarded-For", claimed).header("Forwarded", "for=" + claimed).GET());
            failures++;
        } while (answer.statusCode() == 401 && failures <= 25);

        assertThat(answer.statusCode()).as("after %s failures", failures).isEqualTo(429);
        assertThat(failures).isLessThanOrEqualTo(21);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(answer.body()).as("the wait, in words").contains("\"status\":429").contains("Try again in");
        assertThat(Api.as("kari").get("api/tenders").status()).as("a right password from the same address waits too")
                .isEqualTo(429);
        assertThat(send(request("api/tenders").header("Authorization", "Bearer " + adminToken).GET()).statusCode())
                .as("tokens are not held up").isEqualTo(200);

        forgetThisAddressesFailures();

        assertThat(Api.as("kari").get("api/tenders").status()).isEqualTo(200);
    }

    /** An hour later the address's count starts again from one failure: the tests after these are not held up. */
    private static void forgetThisAddressesFailures() {
        moveClock(Instant.now().plus(Duration.ofHours(2)));
        try {
            send(request("api/me/tokens").header("Authorization", basic("guess-after-an-hour", "wrong")).GET());
        } finally {
            resetClock();
        }
    }

    private static void moveClock(Instant now) {
        HttpResponse<String> moved = send(request("api/test/clock?now=" + now).header("Authorization", "Bearer " + adminToken)
                .PUT(HttpRequest.BodyPublishers.noBody()));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    }

    private static void resetClock() {
        send(request("api/test/clock").header("Authorization", "Bearer " + adminToken).DELETE());
    }

    private static String withoutNumbers(String body) {
        return body.replaceAll("\\d+", "#");
    }

    /** The seconds the answer asks to wait, from its {@code Retry-After}. */
    private static long secondsToWait(HttpResponse<String> answer) {
        return Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
    }

    private static HttpResponse<String> timed(String authorization, List<Long> millis) {
        long start = System.nanoTime();
        HttpResponse<String> answer = send(request("api/me/tokens").header("Authorization", authorization).GET());
        millis.add((System.nanoTime() - start) / 1_000_000);
        return answer;
    }

    private static long fastest(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(Api.base().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Accept-Language", "en");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
