package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The tender API on a real Liberty with the real database: planning, editing, publishing, and its refusals. */
@ExtendWith(ArquillianExtension.class)
class TenderResourceIT {

    private final Api buyer = Api.as("kari");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void demoTendersAreListedWithTheirMarketPhaseAsANumber() {
        // found by their references, not by being among the newest: a kept test database grows past a page
        Api.Reply reply = buyer.get("api/tenders?q=LIS-TNF-0");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<JsonObject> tenders = reply.array().getValuesAs(JsonObject.class);
        assertThat(tenders).extracting(t -> t.getString("reference")).contains("2026-LIS-TNF-02", "2025-LIS-TNF-01");
        JsonObject published = tenders.stream().filter(t -> t.getString("reference").equals("2026-LIS-TNF-02")).findFirst().orElseThrow();
        assertThat(published.getInt("marketPhase")).isEqualTo(4);
        assertThat(published.getString("marketPhaseName")).isEqualTo("GENERIC_ENTRY");
        assertThat(published.getString("status")).isEqualTo("PUBLISHED");
    }

    @Test
    void listCanBeNarrowedByPhaseAndStatus() {
        List<JsonObject> phaseFive = buyer.get("api/tenders?phase=5").array().getValuesAs(JsonObject.class);
        assertThat(phaseFive).isNotEmpty().allSatisfy(t -> assertThat(t.getInt("marketPhase")).isEqualTo(5));
        List<JsonObject> drafts = buyer.get("api/tenders?status=draft").array().getValuesAs(JsonObject.class);
        assertThat(drafts).isNotEmpty().allSatisfy(t -> assertThat(t.getString("status")).isEqualTo("DRAFT"));
    }

    @Test
    void aTenderIsPlannedWithThePhasesInstrumentAndDefaultCriteria() {
        String reference = newReference();
        Api.Reply reply = buyer.post("api/tenders", plan(reference, 4));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonObject tender = reply.object();
        assertThat(tender.getString("reference")).isEqualTo(reference);
        assertThat(tender.getString("status")).isEqualTo("DRAFT");
        assertThat(tender.getInt("marketPhase")).isEqualTo(4);
        assertThat(tender.getString("instrument")).isEqualTo("OPEN_TENDER");
        int sum = tender.getJsonArray("criteria").getValuesAs(JsonObject.class).stream().mapToInt(c -> c.getInt("weight")).sum();
        assertThat(sum).isEqualTo(100);

        Api.Reply again = buyer.get("api/tenders/" + tender.getInt("id"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.object().getString("title")).isEqualTo("Testanbud " + reference);
    }

    @Test
    void phaseOneIsAPriceNegotiationNotAnOpenTender() {
        JsonObject tender = buyer.post("api/tenders", plan(newReference(), 1)).object();
        assertThat(tender.getString("instrument")).isEqualTo("PRICE_NEGOTIATION");
        assertThat(tender.getJsonArray("criteria")).isEmpty();
    }

    @Test
    void invalidPlanGivesEveryFieldError() {
        Api.Reply reply = buyer.post("api/tenders", Json.createObjectBuilder()
                .add("reference", "tnf 2026").add("title", "").add("marketPhase", 9).build());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        List<String> fields = reply.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field", "")).toList();
        assertThat(fields).contains("reference", "title", "marketPhase");
        assertThat(reply.body()).contains("0 to 6");
    }

    @Test
    void aDuplicateReferenceIsRefused() {
        Api.Reply reply = buyer.post("api/tenders", plan("2026-LIS-TNF-02", 4));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reference");
    }

    @Test
    void weightsSummingTo90AreRefusedNamingTheSum() {
        JsonObject tender = buyer.post("api/tenders", plan(newReference(), 4)).object();
        Api.Reply reply = buyer.put("api/tenders/" + tender.getInt("id") + "/criteria",
                criteria(tender.getJsonNumber("version").longValue(), 60, 30));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        JsonObject error = reply.object().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("criteria.weights");
        assertThat(error.getString("message")).contains("100").contains("90");
    }

    @Test
    void environmentBelow30NeedsAJustificationWhichIsRecorded() {
        JsonObject tender = buyer.post("api/tenders", plan(newReference(), 4)).object();
        String path = "api/tenders/" + tender.getInt("id") + "/criteria";
        long version = tender.getJsonNumber("version").longValue();
        Api.Reply refused = buyer.put(path, criteria(version, 80, 20));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("criteria.environmentJustification");

        JsonObject body = Json.createObjectBuilder(criteria(version, 80, 20))
                .add("environmentJustification", "Miljø er stilt som minstekrav i kravspesifikasjonen.").build();
        Api.Reply accepted = buyer.put(path, body);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        JsonObject justification = accepted.object().getJsonObject("environmentJustification");
        assertThat(justification.getString("text")).contains("minstekrav");
        assertThat(justification.getString("givenBy")).isEqualTo("kari");
    }

    @Test
    void aCompleteDraftIsPublishedAndThenNoLongerEditable() {
        JsonObject tender = buyer.post("api/tenders", plan(newReference(), 4)).object();
        String path = "api/tenders/" + tender.getInt("id");
        JsonObject withLot = buyer.post(path + "/lots", Json.createObjectBuilder()
                .add("version", tender.getJsonNumber("version").longValue()).add("title", "Adalimumab")
                .add("atcCodes", Json.createArrayBuilder().add("L04AB04")).add("estimatedAnnualVolume", 1200000)
                .add("volumeUnit", "DDD").add("comparisonBasis", "PER_DDD").add("marketSplit", "HEALTH_REGIONS").build())
                .object();
        assertThat(withLot.getJsonArray("lots").getJsonObject(0).getJsonArray("markets")).hasSize(4);

        Instant now = Instant.now();
        JsonObject scheduled = buyer.put(path + "/timeline", Json.createObjectBuilder()
                .add("version", withLot.getJsonNumber("version").longValue())
                .add("questionDeadline", now.plus(20, ChronoUnit.DAYS).toString())
                .add("submissionDeadline", now.plus(35, ChronoUnit.DAYS).toString())
                .add("plannedAward", LocalDate.now().plusDays(60).toString())
                .add("agreementStart", LocalDate.now().plusDays(90).toString())
                .add("agreementEnd", LocalDate.now().plusDays(90).plusYears(2).minusDays(1).toString())
                .add("optionYears", "1,1").build()).object();

        Api.Reply published = buyer.post(path + "/publication", Json.createObjectBuilder()
                .add("version", scheduled.getJsonNumber("version").longValue()).build());
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.object().getString("status")).isEqualTo("PUBLISHED");
        assertThat(published.object().getString("publishedBy")).isEqualTo("kari");

        Api.Reply edit = buyer.put(path + "/criteria", criteria(published.object().getJsonNumber("version").longValue(), 70, 30));
        assertThat(edit.status()).isEqualTo(400);
        assertThat(edit.body()).containsIgnoringCase("published").doesNotContain("criteria.weights");
    }

    @Test
    void publishingAnIncompleteDraftReportsEveryMissingPart() {
        JsonObject tender = buyer.post("api/tenders", plan(newReference(), 4)).object();
        Api.Reply reply = buyer.post("api/tenders/" + tender.getInt("id") + "/publication",
                Json.createObjectBuilder().add("version", tender.getJsonNumber("version").longValue()).build());
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.object().getJsonArray("errors").size()).isGreaterThanOrEqualTo(2);
        assertThat(reply.body()).contains("lots").contains("timeline.submissionDeadline");
    }

    @Test
    void aTenderPeriodUnderThirtyDaysIsRefusedWithTheRuleUnlessJustified() {
        JsonObject tender = buyer.post("api/tenders", plan(newReference(), 4)).object();
        String path = "api/tenders/" + tender.getInt("id") + "/timeline";
        Instant now = Instant.now();
        java.util.function.Function<String, JsonObject> timeline = justification -> {
            var body = Json.createObjectBuilder().add("version", tender.getJsonNumber("version").longValue())
                    .add("questionDeadline", now.plus(10, ChronoUnit.DAYS).toString())
                    .add("submissionDeadline", now.plus(20, ChronoUnit.DAYS).toString())
                    .add("procedure", "OPEN_ABOVE_THRESHOLD");
            if (justification != null) {
                body.add("tenderPeriodJustification", justification);
            }
            return body.build();
        };

        Api.Reply refused = buyer.put(path, timeline.apply(null));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body()).contains("timeline.submissionDeadline").contains("20-2").contains("30");

        Api.Reply justified = buyer.put(path, timeline.apply("Veiledende kunngjøring sendt for over 35 dager siden."));
        assertThat(justified.status()).as(justified.toString()).isEqualTo(200);
        JsonObject saved = justified.object();
        assertThat(saved.getString("procedure")).isEqualTo("OPEN_ABOVE_THRESHOLD");
        assertThat(saved.getJsonArray("timeLimitJustifications").getValuesAs(JsonObject.class))
                .singleElement().satisfies(j -> {
                    assertThat(j.getString("rule")).isEqualTo("TENDER_PERIOD");
                    assertThat(j.getString("givenBy")).isEqualTo("kari");
                });
        assertThat(saved.getJsonObject("timeline").getString("answerDeadline")).isNotBlank();
    }

    @Test
    void aStaleVersionIsAConflict() {
        JsonObject tender = buyer.post("api/tenders", plan(newReference(), 4)).object();
        long version = tender.getJsonNumber("version").longValue();
        String path = "api/tenders/" + tender.getInt("id") + "/criteria";
        assertThat(buyer.put(path, criteria(version, 70, 30)).status()).isEqualTo(200);
        Api.Reply stale = buyer.put(path, criteria(version, 60, 40));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.object().getString("message")).contains("someone else");
    }

    @Test
    void unknownTenderIsNotFoundInTheCallersLanguage() {
        Api.Reply reply = buyer.get("api/tenders/987654321");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.object().getInt("status")).isEqualTo(404);
        assertThat(reply.object().getString("message")).isEqualTo("Tender 987654321 does not exist.");

        Api.Reply inBokmal = buyer.withHeader("Accept-Language", "nb").get("api/tenders/987654321");
        assertThat(inBokmal.object().getString("message")).isEqualTo("Anbudet 987654321 finnes ikke.");
    }

    @Test
    void withoutCredentialsTheApiAnswers401WithAChallenge() {
        Api.Reply reply = Api.anonymous().get("api/tenders");
        assertThat(reply.status()).isEqualTo(401);
        // a client learns from the challenges how to log in: an API token, or a username and password
        assertThat(reply.challenges()).anySatisfy(challenge -> assertThat(challenge).startsWith("Bearer realm="))
                .anySatisfy(challenge -> assertThat(challenge).startsWith("Basic realm="));
    }

    @Test
    void wrongPasswordIs401() {
        assertThat(Api.as("kari", "wrong-password").get("api/tenders").status()).isEqualTo(401);
    }

    @Test
    void suppliersAndSpecialistsMayNotUseTheBuyersApi() {
        assertThat(Api.as("sandoz").get("api/tenders").status()).isEqualTo(403);
        assertThat(Api.as("ingrid").post("api/tenders", plan(newReference(), 4)).status()).isEqualTo(403);
        assertThat(Api.as("hanne").get("api/tenders").status()).isEqualTo(403);
    }

    private static String newReference() {
        return Tenders.newReference();
    }

    private static JsonObject plan(String reference, int phase) {
        return Tenders.plan(reference, phase);
    }

    /** Price and environment weights; quality and supply security keep one library sub-criterion at weight 0. */
    private static JsonObject criteria(long version, int price, int environment) {
        JsonArrayBuilder criteria = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "PRICE").add("weight", price).add("priceFormula", "LOWEST_PRICE_RATIO")
                        .add("maxPoints", 100))
                .add(Json.createObjectBuilder().add("type", "ENVIRONMENT").add("weight", environment)
                        .add("subCriteria", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("title", "Miljøstyringssystem").add("scaleMin", 0).add("scaleMax", 10))));
        return Json.createObjectBuilder().add("version", version).add("criteria", criteria).build();
    }
}
