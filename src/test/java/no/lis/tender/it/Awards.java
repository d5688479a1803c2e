package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import no.lis.tender.tendering.domain.Timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenders brought through evaluation to the award for integration tests, all through the API: the
 * two opened offers of {@link Evaluations#opened()} qualified, scored alike by both members of the
 * TNF group, consensus at their mean, ranked and closed; Sandoz is cheaper, so it ranks first.
 */
final class Awards {

    private Awards() {
    }

    /** An evaluated tender; returns the award overview (nothing awarded yet). */
    static JsonObject evaluated() {
        return evaluated(Evaluations.opened(), null, null);
    }

    /**
     * {@link Evaluations#openedWithAWrongProduct()} evaluated with Pfizer's offer rejected for
     * {@code reason}; returns the award overview (nothing awarded yet).
     */
    static JsonObject evaluatedRejectingPfizer(String reason) {
        return evaluated(Evaluations.openedWithAWrongProduct(), "Pfizer", reason);
    }

    /** {@link #evaluatedRejectingPfizer} awarded to the first in the ranking, with the letters issued now. */
    static JsonObject lettersIssuedRejectingPfizer(String reason) {
        return issueLetters(awardToTheFirst(evaluatedRejectingPfizer(reason)));
    }

    private static JsonObject evaluated(JsonObject tender, String rejected, String reason) {
        Api kari = Api.as("kari");
        String evaluation = "api/tenders/" + tender.getInt("id") + "/evaluation";
        for (JsonObject offer : kari.get(evaluation).object().getJsonArray("offers").getValuesAs(JsonObject.class)) {
            boolean reject = rejected != null && offer.getString("supplierName").contains(rejected);
            expectOk(kari.put(evaluation + "/qualifications/" + offer.getJsonNumber("offerId"), reject
                    ? Json.createObjectBuilder().add("qualified", false).add("reason", reason).build()
                    : Json.createObjectBuilder().add("qualified", true).build()));
        }
        for (Api member : List.of(Api.as("ingrid"), Api.as("lars"))) {
            JsonObject workspace = member.post(evaluation + "/impartiality",
                    Json.createObjectBuilder().add("impartial", true).build()).object();
            for (JsonObject offer : workspace.getJsonArray("offers").getValuesAs(JsonObject.class)) {
                String scores = evaluation + "/scores/" + offer.getJsonNumber("offerId");
                JsonObject saved = expectOk(member.put(scores, Evaluations.scores(tender, null, 7))).object();
                long version = saved.getJsonArray("offers").getValuesAs(JsonObject.class).stream()
                        .filter(o -> o.getJsonNumber("offerId").equals(offer.getJsonNumber("offerId"))).findFirst()
                        .orElseThrow().getJsonNumber("sheetVersion").longValue();
                expectOk(member.post(scores + "/submission", Json.createObjectBuilder().add("version", version).build()));
            }
        }
        for (JsonObject line : kari.get(evaluation).object().getJsonArray("consensus").getValuesAs(JsonObject.class)) {
            var body = Json.createObjectBuilder().add("type", line.getJsonObject("ref").getString("type"))
                    .add("title", line.getJsonObject("ref").getString("title"));
            if (line.containsKey("version") && !line.isNull("version")) {
                body.add("version", line.getJsonNumber("version").longValue());
            }
            expectOk(kari.put(evaluation + "/consensus/" + line.getJsonNumber("offerId"), body.build()));
        }
        expectOk(kari.post(evaluation + "/ranking", Json.createObjectBuilder().build()));
        expectOk(kari.post(evaluation + "/completion", Json.createObjectBuilder().build()));
        return expectOk(kari.get(path(tender.getInt("id")))).object();
    }

    /** An evaluated tender whose only lot is awarded to the first in the ranking, letters not yet issued. */
    static JsonObject awardedToTheFirst() {
        return awardToTheFirst(evaluated());
    }

    private static JsonObject awardToTheFirst(JsonObject award) {
        JsonObject market = market(award);
        long first = candidate(award, 1).getJsonNumber("offerId").longValue();
        return expectOk(Api.as("kari").put(path(award.getInt("tenderId")) + "/lots/" + market.getInt("lotNumber")
                + "/markets/" + market.getString("marketCode"), Json.createObjectBuilder()
                .add("offerIds", Json.createArrayBuilder().add(first)).build())).object();
    }

    /** {@link #awardedToTheFirst()} with the letters issued now: the standstill runs. */
    static JsonObject lettersIssued() {
        return issueLetters(awardedToTheFirst());
    }

    private static JsonObject issueLetters(JsonObject award) {
        return expectOk(Api.as("kari").post(path(award.getInt("tenderId")) + "/letters",
                Json.createObjectBuilder().build())).object();
    }

    /**
     * The framework agreement of the award's only market: the winner's pack at its offered price,
     * the timeline's start and end, and two options of 12 months, to decide 6 months before and
     * after the end.
     */
    static JsonObject frameworkAgreement(JsonObject award) {
        JsonObject market = market(award);
        JsonObject winner = candidate(award, 1);
        LocalDate end = LocalDate.parse(award.getString("agreementEnd"));
        return Json.createObjectBuilder().add("tenderId", award.getInt("tenderId"))
                .add("lotNumber", market.getInt("lotNumber")).add("marketCode", market.getString("marketCode"))
                .add("prices", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("supplierId", winner.getJsonNumber("supplierId").longValue())
                        .add("varenummer", winner.getString("varenummer"))
                        .add("productName", winner.getString("productName"))
                        .add("pricePerPack", winner.getJsonNumber("packPrice").bigDecimalValue())))
                .add("start", award.getString("agreementStart")).add("end", end.toString())
                .add("options", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("months", 12).add("decideBy", end.minusMonths(6).toString()))
                        .add(Json.createObjectBuilder().add("months", 12).add("decideBy", end.plusMonths(6).toString())))
                .build();
    }

    /** The framework agreement of {@link #frameworkAgreement}, concluded the day after the standstill; as the API answers it. */
    static JsonObject concluded(JsonObject award) {
        LocalDate lastDay = LocalDate.parse(award.getString("standstillAnnouncedEnd"));
        AtomicReference<JsonObject> concluded = new AtomicReference<>();
        Tenders.at(earlyOn(lastDay.plusDays(1)), () -> concluded.set(
                expectOk(Api.as("kari").post("api/agreements/framework", frameworkAgreement(award))).object()));
        return concluded.get();
    }

    /** One o'clock at night in Norway on {@code date}, as the test clock takes it. */
    static String earlyOn(LocalDate date) {
        return Timeline.atOslo(date.atTime(1, 0)).toString();
    }

    static String path(int tenderId) {
        return "api/awards/" + tenderId;
    }

    /** The first (only) market of the tender's only lot. */
    static JsonObject market(JsonObject award) {
        return award.getJsonArray("markets").getJsonObject(0);
    }

    /** The offer at place {@code rank} of the lot's ranking. */
    static JsonObject candidate(JsonObject award, int rank) {
        return market(award).getJsonArray("candidates").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getInt("rank") == rank).findFirst().orElseThrow();
    }

    static Api.Reply expectOk(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply;
    }
}
