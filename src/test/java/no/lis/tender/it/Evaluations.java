package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenders in evaluation for integration and browser tests: published through the API, offered on
 * by Sandoz (Hyrimoz) and AbbVie (Humira) with answers to every scored sub-criterion, and opened by
 * two buyers after the deadline (the server's test clock is moved there and back).
 */
final class Evaluations {

    static final String SANDOZ_PRICE = "7650.00";
    static final String ABBVIE_PRICE = "9100.00";

    private Evaluations() {
    }

    /** A tender of the TNF group (members ingrid and lars) with two opened offers. */
    static JsonObject opened() {
        return opened("TNF");
    }

    /** A tender evaluated by the group whose name contains {@code group}, with two opened offers. */
    static JsonObject opened(String group) {
        JsonObject tender = Tenders.published(group);
        offer(Api.as("sandoz"), tender, "183264", "Hyrimoz 40 mg penn", SANDOZ_PRICE);
        offer(Api.as("abbvie"), tender, "411872", "Humira 40 mg penn", ABBVIE_PRICE);
        return open(tender);
    }

    /**
     * A TNF tender with three opened offers: Sandoz's and AbbVie's adalimumab, and Pfizer's Enbrel
     * (etanercept), which does not match the lot's substance and is there to be rejected.
     */
    static JsonObject openedWithAWrongProduct() {
        JsonObject tender = Tenders.published("TNF");
        offer(Api.as("sandoz"), tender, "183264", "Hyrimoz 40 mg penn", SANDOZ_PRICE);
        offer(Api.as("abbvie"), tender, "411872", "Humira 40 mg penn", ABBVIE_PRICE);
        offer(Api.as("pfizer"), tender, "074812", "Enbrel 50 mg penn", "9915.60");
        return open(tender);
    }

    /** Opens {@code tender} by two buyers after its deadline (the test clock moved there and back). */
    static JsonObject open(JsonObject tender) {
        String base = "api/tenders/" + tender.getInt("id");
        Instant afterDeadline = Instant.parse(tender.getJsonObject("timeline").getString("submissionDeadline"))
                .plusSeconds(60);
        Tenders.at(afterDeadline.toString(), () -> {
            assertThat(Api.as("kari").post(base + "/opening", Json.createObjectBuilder().build()).status()).isEqualTo(200);
            assertThat(Api.as("per").post(base + "/opening", Json.createObjectBuilder().build()).status()).isEqualTo(200);
        });
        return Api.as("kari").get(base).object();
    }

    /** The scored sub-criteria of the tender as {type, title, scaleMax}. */
    static List<JsonObject> subCriteria(JsonObject tender) {
        return tender.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .filter(c -> !c.getString("type").equals("PRICE") && c.getInt("weight") > 0)
                .flatMap(c -> c.getJsonArray("subCriteria").getValuesAs(JsonObject.class).stream()
                        .map(s -> Json.createObjectBuilder(s).add("type", c.getString("type")).build()))
                .toList();
    }

    static void offer(Api supplier, JsonObject tender, String varenummer, String name, String price) {
        String offers = "api/tenders/" + tender.getInt("id") + "/offers";
        JsonArrayBuilder answers = Json.createArrayBuilder();
        for (JsonObject sub : subCriteria(tender)) {
            answers.add(Json.createObjectBuilder().add("criterion", sub.getString("type"))
                    .add("subCriterion", sub.getString("title"))
                    .add("text", name + " svarer på «" + sub.getString("title") + "».")
                    .add("attachmentDocumentIds", Json.createArrayBuilder()));
        }
        Api.Reply saved = supplier.put(offers, Json.createObjectBuilder().add("lots", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("lotNumber", 1)
                        .add("products", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("varenummer", varenummer).add("productName", name).add("packDescription", "2 penner")))
                        .add("unitPricePerPack", new BigDecimal(price))
                        .add("answers", answers))).build());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        Api.Reply submitted = supplier.post(offers, Json.createObjectBuilder()
                .add("version", saved.object().getJsonNumber("version").longValue()).build());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    }

    /** Scores for every scored sub-criterion of the tender: {@code value} each, with a justification. */
    static JsonObject scores(JsonObject tender, Long version, int value) {
        JsonArrayBuilder scores = Json.createArrayBuilder();
        for (JsonObject sub : subCriteria(tender)) {
            scores.add(Json.createObjectBuilder().add("type", sub.getString("type")).add("title", sub.getString("title"))
                    .add("value", Math.min(value, sub.getInt("scaleMax"))).add("justification", "Vurdert til " + value));
        }
        var body = Json.createObjectBuilder().add("scores", scores);
        if (version != null) {
            body.add("version", version);
        }
        return body.build();
    }

    /** {@code member} declares impartiality, then scores every offer of the tender {@code value} and submits. */
    static void scoreAndSubmitEveryOffer(Api member, JsonObject tender, int value) {
        String base = "api/tenders/" + tender.getInt("id") + "/evaluation";
        JsonObject workspace = member.post(base + "/impartiality", Json.createObjectBuilder().add("impartial", true)
                .build()).object();
        for (JsonObject offer : workspace.getJsonArray("offers").getValuesAs(JsonObject.class)) {
            long id = offer.getJsonNumber("offerId").longValue();
            JsonObject saved = member.put(base + "/scores/" + id, scores(tender, null, value)).object();
            long version = saved.getJsonArray("offers").getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getJsonNumber("offerId").longValue() == id).findFirst().orElseThrow()
                    .getJsonNumber("sheetVersion").longValue();
            Api.Reply submitted = member.post(base + "/scores/" + id + "/submission",
                    Json.createObjectBuilder().add("version", version).build());
            assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        }
    }
}
