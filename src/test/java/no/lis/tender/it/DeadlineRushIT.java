package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import no.lis.tender.it.clock.ProcessingTimeFilter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static no.lis.tender.it.DemoCallers.abbvie;
import static no.lis.tender.it.DemoCallers.admin;
import static no.lis.tender.it.DemoCallers.kari;
import static no.lis.tender.it.DemoCallers.per;
import static no.lis.tender.it.DemoCallers.sandoz;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The last seconds before a deadline, on a real server. A submission that the server finishes only
 * after the deadline, though it arrived before (as one queued behind two hundred others would), really
 * waits: for the tender's lock, held by a test-only probe while the test clock moves past the
 * deadline. Other requests, such as the opening, are made late with the test deployment's
 * {@link ProcessingTimeFilter}: the application records the request's arrival
 * from the test clock as it stands, and then the clock reads the instant the test gave for the rest
 * of that request. Anything judged by the time of processing would see a request after the deadline.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineRushIT {

    private static final int RACERS = 16;
    /** How the API's English messages show a time in Norway, e.g. "10 Jan 2027 05:17". */
    private static final DateTimeFormatter OSLO = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.of("Europe/Oslo"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aPublishedTenderHasItsOpeningKeyBeforeAnySupplierHasSealedAnything() {
        JsonObject tender = Tenders.published();

        Api.Reply keys = admin.post("api/test/sql/query", Json.createObjectBuilder()
                .add("sql", "SELECT K.TENDER_ID, (SELECT COUNT(*) FROM OFR_OFFER O WHERE O.TENDER_ID = K.TENDER_ID)"
                        + " FROM OFR_TENDER_KEY K WHERE K.TENDER_ID = ?")
                .add("args", Json.createArrayBuilder().add(tender.getInt("id"))).build());
        assertThat(keys.status()).as(keys.toString()).isEqualTo(200);
        assertThat(keys.array()).as("the tender's key row, and its offers").singleElement()
                .satisfies(row -> assertThat(row.asJsonArray().getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList())
                        .containsExactly(String.valueOf(tender.getInt("id")), "0"));
    }

    @Test
    void anOfferThatArrivedBeforeTheDeadlineIsAcceptedThoughProcessedAfterItAndALateOneIsRefusedNamingTheDeadline()
            throws Exception {
        JsonObject tender = Tenders.published();
        long id = tender.getInt("id");
        String offers = "api/tenders/" + id + "/offers";
        String lock = "api/test/tender-lock/" + id;
        Instant deadline = deadlineOf(tender);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Api.Reply> answers = new ArrayList<>();

        try {
            Tenders.at(deadline.minusSeconds(2).toString(), () -> {
                // another submission holds the tender's lock; this one arrives 2 s before the deadline and waits
                // for it, the deadline passes meanwhile, and the server finishes it only after
                Future<Api.Reply> slow = pool.submit(() -> admin.post(lock + "/locked?millis=6000",
                        JsonValue.EMPTY_JSON_OBJECT));
                awaitHeld(lock, slow);
                Future<Api.Reply> inTime = pool.submit(() -> sandoz.post(offers, submission("1800")));
                awaitLockWaiters(1, inTime);
                assertThat(admin.put("api/test/clock?now=" + deadline.plusSeconds(5), JsonValue.EMPTY_JSON_OBJECT)
                        .status()).isEqualTo(200);
                assertThat(inTime.isDone()).as("the submission waits for the lock past the deadline").isFalse();
                answers.add(join(inTime));
                join(slow);
            });
        } finally {
            pool.shutdownNow();
        }
        Tenders.at(deadline.toString(), () -> answers.add(abbvie.post(offers, submission("1700"))));

        Api.Reply inTime = answers.get(0);
        assertThat(inTime.status()).as(inTime.toString()).isEqualTo(200);
        assertThat(Instant.parse(inTime.object().getString("receivedAt")))
                .as("received when it arrived").isBefore(deadline).isAfter(deadline.minusSeconds(10));
        Api.Reply late = answers.get(1);
        assertThat(late.status()).as(late.toString()).isEqualTo(400);
        assertThat(late.object().getString("message")).contains("deadline", OSLO.format(deadline));
        assertThat(abbvie.get(offers).status()).as("nothing of the late offer is kept").isEqualTo(404);
    }

    @Test
    void anOfferTheTrustedProxyTookInBeforeTheDeadlineIsAcceptedThoughItReachedTheServerAfterItButNotOnAStampWithoutTheProxysSecret() {
        JsonObject tender = Tenders.published();
        String offers = "api/tenders/" + tender.getInt("id") + "/offers";
        Instant deadline = deadlineOf(tender);
        Instant tookIn = deadline.minusMillis(750);
        String stamp = "t=" + tookIn.getEpochSecond() + ".250";
        List<Api.Reply> answers = new ArrayList<>();

        // both reach the server 2 s after the deadline, as after a long queue; the proxy's stamp says 0.75 s before
        Tenders.at(deadline.plusSeconds(2).toString(), () -> {
            answers.add(sandoz.withHeader("X-Request-Start", stamp).withHeader("X-Lis-Proxy-Secret", "it-proxy-secret")
                    .post(offers, submission("1800")));
            answers.add(abbvie.withHeader("X-Request-Start", stamp).withHeader("X-Lis-Proxy-Secret", "guessed")
                    .post(offers, submission("1700")));
        });

        Api.Reply stamped = answers.get(0);
        assertThat(stamped.status()).as(stamped.toString()).isEqualTo(200);
        assertThat(Instant.parse(stamped.object().getString("receivedAt"))).as("received when the proxy took it in")
                .isEqualTo(tookIn);
        Api.Reply forged = answers.get(1);
        assertThat(forged.status()).as(forged.toString()).isEqualTo(400);
        assertThat(forged.object().getString("message")).contains("deadline", OSLO.format(deadline));
        assertThat(abbvie.get(offers).status()).as("nothing of the refused offer is kept").isEqualTo(404);
    }

    @Test
    void parallelSubmissionsRacingBothStepsOfTheOpeningAreEachOpenedWithTheirReceiptOrRefused() {
        JsonObject tender = Tenders.published();
        String base = "api/tenders/" + tender.getInt("id");
        Instant deadline = deadlineOf(tender);
        List<String> suppliers = admin.post("api/test/suppliers?prefix=race" + UUID.randomUUID().toString()
                .substring(0, 6) + "&count=" + RACERS + "&password=" + Api.DEMO_PASSWORD, JsonValue.EMPTY_JSON_OBJECT)
                .array().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        Map<String, Api.Reply> answers = new ConcurrentHashMap<>();
        List<Api.Reply> openingSteps = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(RACERS + 1);
        CountDownLatch go = new CountDownLatch(1);

        try {
            // every submission arrives well before the deadline; the opening's start is processed after it
            Tenders.at(deadline.minusSeconds(30).toString(), () -> {
                List<Future<?>> sent = new ArrayList<>();
                for (String username : suppliers) {
                    Api supplier = Api.as(username);
                    sent.add(pool.submit(() -> {
                        go.await();
                        return answers.put(username, supplier.post(base + "/offers", submission("1000")));
                    }));
                }
                // the two buyers open as fast as they can, while the submissions are being processed
                Future<List<Api.Reply>> opening = pool.submit(() -> {
                    go.await();
                    Api.Reply started = processedAt(kari, deadline.plusSeconds(61)).post(base + "/opening",
                            Json.createObjectBuilder().build());
                    return List.of(started, processedAt(per, deadline.plusSeconds(62)).post(base + "/opening",
                            Json.createObjectBuilder().build()));
                });
                go.countDown();
                openingSteps.addAll(join(opening));
                sent.forEach(DeadlineRushIT::join);
            });
        } finally {
            pool.shutdownNow();
        }

        assertThat(openingSteps).extracting(Api.Reply::status).as(openingSteps.toString()).containsExactly(200, 200);
        assertThat(answers).hasSize(RACERS);
        assertThat(answers.values()).filteredOn(a -> a.status() != 200).allSatisfy(refused -> {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.object().getString("message")).contains("started opening");
        });
        Map<Long, Integer> receipts = answers.values().stream().filter(a -> a.status() == 200).map(Api.Reply::object)
                .collect(Collectors.toMap(r -> r.getJsonNumber("offerId").longValue(), r -> r.getInt("submissionNumber")));
        Map<Long, Integer> opened = kari.get(base + "/offers/opened").array().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(o -> o.getJsonNumber("offerId").longValue(),
                        o -> o.getJsonObject("receipt").getInt("submissionNumber")));
        assertThat(opened).as("every offer with a receipt is opened, with that receipt, and no other")
                .isEqualTo(receipts);
    }

    @Test
    void theOpeningWaitsForTheSubmissionsInProgressAndOpensEveryOfferWithAReceipt() throws Exception {
        JsonObject tender = Tenders.published();
        long id = tender.getInt("id");
        String base = "api/tenders/" + id;
        String lock = "api/test/tender-lock/" + id;
        Instant deadline = deadlineOf(tender);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Api.Reply> answers = new ArrayList<>();
        try {
            Tenders.at(deadline.minusSeconds(30).toString(), () -> {
                // a slow submission of another supplier holds the tender's lock for 15 s: long enough that on a
                // loaded machine the checks below, about 3 s in, still come while it holds it
                Future<Api.Reply> slow = pool.submit(() -> admin.post(lock + "/locked?millis=15000",
                        JsonValue.EMPTY_JSON_OBJECT));
                awaitHeld(lock, slow);
                Future<Api.Reply> submission = pool.submit(() -> sandoz.post(base + "/offers", submission("1800")));
                awaitLockWaiters(1, submission);
                Future<Api.Reply> opening = pool.submit(() -> processedAt(kari, deadline.plusSeconds(61))
                        .post(base + "/opening", Json.createObjectBuilder().build()));
                awaitLockWaiters(2, opening);
                boolean submissionWaited = !submission.isDone();
                boolean held = admin.get(lock).object().getBoolean("held");
                boolean openingWaited = !opening.isDone() && held;
                String seen = "held " + held + ", submission " + (submission.isDone() ? join(submission) : "waiting")
                        + ", opening " + (opening.isDone() ? join(opening) : "waiting");
                answers.add(join(slow));
                answers.add(join(submission));
                answers.add(join(opening));
                assertThat(submissionWaited).as("a submission waits for the one in progress: " + seen).isTrue();
                assertThat(openingWaited).as("the opening waits while a submission holds the lock: " + seen).isTrue();
            });
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers.get(0).status()).isEqualTo(200);
        Api.Reply submitted = answers.get(1);
        assertThat(submitted.status()).as("sent before the deadline and the opening: " + submitted).isEqualTo(200);
        assertThat(answers.get(2).status()).as(answers.get(2).toString()).isEqualTo(200);
        Tenders.at(deadline.plusSeconds(120).toString(), () -> assertThat(per.post(base + "/opening",
                Json.createObjectBuilder().build()).status()).isEqualTo(200));
        assertThat(kari.get(base + "/offers/opened").array().getValuesAs(JsonObject.class))
                .extracting(o -> o.getJsonNumber("offerId").longValue())
                .containsExactly(submitted.object().getJsonNumber("offerId").longValue());
    }

    private void awaitHeld(String lock, Future<Api.Reply> holder) {
        for (int i = 0; i < 200 && !holder.isDone(); i++) {
            if (admin.get(lock).object().getBoolean("held")) {
                return;
            }
            sleep(50);
        }
        throw new IllegalStateException("the probe never held the lock: " + (holder.isDone() ? join(holder) : "still waiting"));
    }

    /**
     * Waits until {@code waiters} transactions wait for a lock (the tender's, held by the probe), as the
     * database reports it, so that the test sends its next request only once the one before is queued for
     * the lock (on PostgreSQL any lock not granted: nothing else waits in these tests).
     */
    private void awaitLockWaiters(int waiters, Future<Api.Reply> last) {
        String sql = "postgresql".equals(System.getProperty("it.database"))
                ? "SELECT COUNT(*) FROM pg_locks WHERE NOT granted"
                : "SELECT COUNT(*) FROM SYSCS_DIAG.LOCK_TABLE WHERE STATE = 'WAIT' AND TABLENAME = 'TND_TENDER'";
        long started = System.nanoTime();
        while (System.nanoTime() - started < TimeUnit.SECONDS.toNanos(20) && !last.isDone()) {
            Api.Reply count = admin.post("api/test/sql/query", Json.createObjectBuilder().add("sql", sql)
                    .add("args", Json.createArrayBuilder()).build());
            if (count.status() != 200) {
                throw new IllegalStateException("the lock table could not be read: " + count);
            }
            if (Integer.parseInt(count.array().getJsonArray(0).getString(0)) >= waiters) {
                return;
            }
            sleep(50);
        }
        throw new IllegalStateException("not " + waiters + " waiting for the tender's lock after "
                + (System.nanoTime() - started) / 1_000_000 + " ms: " + (last.isDone() ? join(last) : "still running"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void onceTheOpeningHasStartedASubmissionOrWithdrawalThatArrivedInTimeIsRefusedAndNothingChanges() {
        JsonObject tender = Tenders.published();
        String base = "api/tenders/" + tender.getInt("id");
        Instant deadline = deadlineOf(tender);
        JsonObject receipt = sandoz.post(base + "/offers", submission("1800")).object();
        abbvie.put(base + "/offers", Json.createObjectBuilder().add("lots", lots("1700")).build());
        List<Api.Reply> answers = new ArrayList<>();

        Tenders.at(deadline.minusSeconds(30).toString(), () -> {
            answers.add(processedAt(kari, deadline.plusSeconds(61)).post(base + "/opening", Json.createObjectBuilder().build()));
            long abbvieVersion = abbvie.get(base + "/offers").object().getJsonNumber("version").longValue();
            answers.add(abbvie.post(base + "/offers", Json.createObjectBuilder().add("version", abbvieVersion).build()));
            long sandozVersion = sandoz.get(base + "/offers").object().getJsonNumber("version").longValue();
            answers.add(sandoz.post(base + "/offers/withdrawal", Json.createObjectBuilder().add("version", sandozVersion)
                    .build()));
        });
        Tenders.at(deadline.plusSeconds(120).toString(), () -> answers.add(per.post(base + "/opening",
                Json.createObjectBuilder().build())));

        assertThat(answers).extracting(Api.Reply::status).as(answers.toString()).containsExactly(200, 400, 400, 200);
        assertThat(answers.subList(1, 3)).allSatisfy(refused ->
                assertThat(refused.object().getString("message")).contains("started opening"));
        assertThat(kari.get(base + "/offers/opened").array().getValuesAs(JsonObject.class))
                .extracting(o -> o.getJsonNumber("offerId").longValue())
                .containsExactly(receipt.getJsonNumber("offerId").longValue());
    }

    @Test
    void aSubmissionRefusedInTheSameCallLeavesTheSavedDraftAsItWas() {
        JsonObject tender = Tenders.published();
        String offers = "api/tenders/" + tender.getInt("id") + "/offers";
        JsonObject saved = sandoz.put(offers, Json.createObjectBuilder().add("lots", lots("1800")).build()).object();
        long version = saved.getJsonNumber("version").longValue();

        Api.Reply refused = sandoz.post(offers, Json.createObjectBuilder().add("version", version)
                .add("lots", Json.createArrayBuilder()).build());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        JsonObject after = sandoz.get(offers).object();
        assertThat(after.getJsonNumber("version").longValue()).isEqualTo(version);
        assertThat(after.getString("status")).isEqualTo("DRAFT");
        assertThat(after.getJsonObject("draft").getJsonArray("lots")).hasSize(1);
        assertThat(after.getJsonArray("receipts")).isEmpty();
    }

    /** {@code caller}'s requests, processed as if the server came to them at {@code instant}. */
    private static Api processedAt(Api caller, Instant instant) {
        return caller.withHeader(ProcessingTimeFilter.HEADER, instant.toString());
    }

    private static JsonObject submission(String price) {
        return Json.createObjectBuilder().addNull("version").add("lots", lots(price)).build();
    }

    private static JsonArrayBuilder lots(String price) {
        return Json.createArrayBuilder().add(Json.createObjectBuilder().add("lotNumber", 1)
                .add("products", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("varenummer", "468932").add("productName", "Hyrimoz").add("packDescription", "2 penner")))
                .add("unitPricePerPack", new BigDecimal(price)).add("answers", Json.createArrayBuilder()));
    }

    private static Instant deadlineOf(JsonObject tender) {
        return Instant.parse(tender.getJsonObject("timeline").getString("submissionDeadline"));
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get(2, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
