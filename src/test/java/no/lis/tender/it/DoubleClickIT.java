package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static no.lis.tender.it.DemoCallers.kari;
import static no.lis.tender.it.DemoCallers.sandoz;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Double clicks: the same change sent ten times at once. One wins; every other answer is a refusal
 * with a message (409 "changed or created at the same time", or the rule the first one made true),
 * never a 500 with the SQL statement and the constraint name.
 */
@ExtendWith(ArquillianExtension.class)
class DoubleClickIT {

    private static final int CLICKS = 10;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void tenParallelFirstSavesOfADraftMakeOneOfferAndAreOtherwiseRefusedAsConflicts() {
        JsonObject tender = Tenders.published();
        String offers = "api/tenders/" + tender.getInt("id") + "/offers";
        List<Api.Reply> answers = atOnce(() -> sandoz.put(offers, draft()));

        assertOneWonAndTheOthersWereRefused(answers);
        assertThat(answers).filteredOn(a -> a.status() == 409).isNotEmpty()
                .allSatisfy(a -> assertThat(a.object().getString("message")).contains("someone else"));
        assertThat(sandoz.get(offers).status()).isEqualTo(200);
    }

    @Test
    void tenParallelStartsOfTheOpeningStartItOnceAndAreOtherwiseRefused() {
        JsonObject tender = Tenders.published();
        String base = "api/tenders/" + tender.getInt("id");
        JsonObject saved = sandoz.put(base + "/offers", draft()).object();
        sandoz.post(base + "/offers", Json.createObjectBuilder().add("version", saved.getJsonNumber("version").longValue()).build());
        Instant afterDeadline = Instant.parse(tender.getJsonObject("timeline").getString("submissionDeadline")).plusSeconds(60);
        List<List<Api.Reply>> answers = new ArrayList<>();

        Tenders.at(afterDeadline.toString(), () -> answers.add(atOnce(() -> kari.post(base + "/opening",
                Json.createObjectBuilder().build()))));

        assertOneWonAndTheOthersWereRefused(answers.get(0));
        assertThat(kari.get(base + "/offers/counts").object().getJsonObject("opening").getString("startedBy"))
                .isEqualTo("kari");
    }

    /** A first draft without a version: one lot, one product. */
    private static JsonStructure draft() {
        return Json.createObjectBuilder().add("lots", Json.createArrayBuilder().add(
                Json.createObjectBuilder().add("lotNumber", 1)
                        .add("products", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("varenummer", "468932").add("productName", "Hyrimoz").add("packDescription", "2 penner")))
                        .add("unitPricePerPack", 1800).add("answers", Json.createArrayBuilder()))).build();
    }

    private static void assertOneWonAndTheOthersWereRefused(List<Api.Reply> answers) {
        assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() != 200).allSatisfy(a -> {
            assertThat(a.status()).as(a.toString()).isIn(400, 409);
            assertThat(a.object().getString("message")).isNotBlank();
            assertThat(a.body()).doesNotContain("SQL", "Exception", "constraint", "UQ", "incident");
        });
    }

    /** The same request {@value #CLICKS} times, released together. */
    private static List<Api.Reply> atOnce(Supplier<Api.Reply> click) {
        ExecutorService pool = Executors.newFixedThreadPool(CLICKS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Api.Reply>> clicks = new ArrayList<>();
            for (int i = 0; i < CLICKS; i++) {
                clicks.add(pool.submit(() -> {
                    start.await();
                    return click.get();
                }));
            }
            start.countDown();
            List<Api.Reply> answers = new ArrayList<>();
            for (Future<Api.Reply> answer : clicks) {
                answers.add(answer.get());
            }
            return answers;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
