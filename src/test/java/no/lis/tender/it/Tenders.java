package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Fresh tender rounds for integration tests, planned and published through the API by the demo buyer. */
final class Tenders {

    /** An estimated value below the EEA threshold (NOK 2 300 000), so that no contract notice is needed to publish. */
    static final int BELOW_EEA_THRESHOLD = 1_500_000;

    private Tenders() {
    }

    /**
     * A published tender in phase 4 (generic entry: an open tender) with one adalimumab lot, questions until
     * +20 days, offers until +35 days (the open procedure's 30 days and more), the award at +60 days.
     */
    static JsonObject published() {
        return published("TNF");
    }

    /** {@link #published()}, evaluated by the specialist group whose name contains {@code group}. */
    static JsonObject published(String group) {
        return published(group, draft -> draft);
    }

    /**
     * {@link #published(String)}, with {@code draftStep} done by the buyer on the draft before its lot is
     * added (given the draft's JSON, it answers the JSON after the step).
     */
    static JsonObject published(String group, UnaryOperator<JsonObject> draftStep) {
        Api buyer = Api.as("kari");
        JsonObject tender = draftStep.apply(buyer.post("api/tenders", plan(newReference(), 4, group)).object());
        String path = "api/tenders/" + tender.getInt("id");
        JsonObject withLot = buyer.post(path + "/lots", Json.createObjectBuilder()
                .add("version", tender.getJsonNumber("version").longValue()).add("title", "Adalimumab")
                .add("atcCodes", Json.createArrayBuilder().add("L04AB04")).add("estimatedAnnualVolume", 1200000)
                .add("volumeUnit", "DDD").add("comparisonBasis", "PER_DDD").add("marketSplit", "NONE").build()).object();
        return publishedFrom(tender.getInt("id"), withLot.getJsonNumber("version").longValue());
    }

    /**
     * The draft {@code id}, at {@code version} and with its lots, scheduled as {@link #published()} says and
     * published.
     */
    static JsonObject publishedFrom(int id, long version) {
        Api buyer = Api.as("kari");
        String path = "api/tenders/" + id;
        JsonObject scheduled = scheduled(id, version);
        Api.Reply published = buyer.post(path + "/publication", Json.createObjectBuilder()
                .add("version", scheduled.getJsonNumber("version").longValue()).build());
        if (published.status() != 200) {
            throw new IllegalStateException("could not publish a test tender: " + published);
        }
        return published.object();
    }

    /** The draft {@code id}, at {@code version}, scheduled as {@link #published()} says. */
    static JsonObject scheduled(int id, long version) {
        Api buyer = Api.as("kari");
        String path = "api/tenders/" + id;
        Instant now = Instant.now();
        JsonObject scheduled = buyer.put(path + "/timeline", Json.createObjectBuilder()
                .add("version", version)
                .add("questionDeadline", now.plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString())
                .add("submissionDeadline", now.plus(35, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString())
                .add("plannedAward", LocalDate.now().plusDays(60).toString())
                .add("agreementStart", LocalDate.now().plusDays(90).toString())
                .add("agreementEnd", LocalDate.now().plusDays(90).plusYears(2).minusDays(1).toString())
                .add("optionYears", "1,1").build()).object();
        return scheduled;
    }

    static String newReference() {
        return "2027-IT-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase() + "-01";
    }

    static JsonObject plan(String reference, int phase) {
        return plan(reference, phase, "TNF");
    }

    /** A plan evaluated by the specialist group whose name contains {@code group}, or else the first. */
    static JsonObject plan(String reference, int phase, String group) {
        Api buyer = Api.as("kari");
        var body = Json.createObjectBuilder().add("reference", reference).add("title", "Testanbud " + reference)
                .add("marketPhase", phase).add("estimatedValue", BELOW_EEA_THRESHOLD);
        List<JsonObject> areas = buyer.get("api/therapeutic-areas").array().getValuesAs(JsonObject.class);
        if (!areas.isEmpty()) {
            body.add("therapeuticAreaId", areas.get(0).getJsonNumber("id").longValue());
        }
        List<JsonObject> groups = buyer.get("api/specialist-groups").array().getValuesAs(JsonObject.class);
        groups.stream().filter(g -> g.getString("name").contains(group)).findFirst()
                .or(() -> groups.stream().findFirst())
                .ifPresent(g -> body.add("specialistGroupId", g.getJsonNumber("id").longValue()));
        return body.build();
    }

    /** Runs {@code steps} with the test server's clock at {@code now}, and puts the clock back after. */
    static void at(String now, Runnable steps) {
        Api admin = Api.as("admin");
        Api.Reply moved = admin.put("api/test/clock?now=" + now, JsonValue.EMPTY_JSON_OBJECT);
        if (moved.status() != 200) {
            throw new IllegalStateException("could not move the clock: " + moved);
        }
        try {
            steps.run();
        } finally {
            admin.delete("api/test/clock");
        }
    }
}
