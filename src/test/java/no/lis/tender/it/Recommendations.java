package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import no.lis.tender.tendering.domain.Timeline;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * LIS recommendations of a therapeutic area of the test's own, so that no other test's version, or
 * draft left pending, is in its way (the demo's Revmatologi is only read): the area is made by the
 * test-only seed resource (in every deployment, {@link Deployments#application()}), its specialist group
 * has Ingrid as its member, and version 1 is approved by her and published by Kari.
 */
final class Recommendations {

    static final String BASE = "api/recommendations";
    /** Version 1's first choice: Yuflyma for rheumatoid arthritis, at this price per pack. */
    static final String INDICATION = "Revmatoid artritt";
    static final String PRICE = "3288.00";

    private Recommendations() {
    }

    /**
     * Version 1 of a new area's recommendation, published, valid from the first of this month for
     * two years, with Yuflyma as first choice for {@link #INDICATION}; as the public list shows it.
     */
    static JsonObject inForceOfANewArea() {
        return inForceOfANewArea(areaId -> { });
    }

    /** As {@link #inForceOfANewArea()}, doing {@code beforePublication} with the new area's id first (e.g. follow it). */
    static JsonObject inForceOfANewArea(java.util.function.LongConsumer beforePublication) {
        String code = "IT-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        String name = "Testområde " + code;
        long areaId = Awards.expectOk(Api.as("admin").post("api/test/therapeutic-areas?code=" + code + "&name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8), JsonValue.EMPTY_JSON_OBJECT)).object()
                .getJsonNumber("id").longValue();
        beforePublication.accept(areaId);
        Api kari = Api.as("kari");
        Api.Reply group = kari.post("api/specialist-groups", Json.createObjectBuilder().add("name", "Faggruppe " + code)
                .add("therapeuticAreaId", areaId).add("members", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("fullName", "Ingrid Berg").add("email", "ingrid.berg@sykehus.example")
                        .add("profession", "CLINICIAN").add("username", "ingrid"))).build());
        if (group.status() != 201) {
            throw new IllegalStateException("could not make a specialist group: " + group);
        }
        LocalDate from = LocalDate.now(Timeline.OSLO).withDayOfMonth(1);
        Api.Reply drafted = kari.post(BASE, Json.createObjectBuilder().add("therapeuticAreaId", areaId)
                .add("validFrom", from.toString()).add("validTo", from.plusYears(2).minusDays(1).toString()).build());
        if (drafted.status() != 201) {
            throw new IllegalStateException("could not draft version 1: " + drafted);
        }
        long id = drafted.object().getJsonNumber("recommendationId").longValue();
        JsonObject withLine = Awards.expectOk(kari.post(BASE + "/" + id + "/lines", Json.createObjectBuilder()
                .add("version", drafted.object().getJsonNumber("version").longValue()).add("indication", INDICATION)
                .add("rank", 1).add("varenummer", "590216").add("pricePerPack", new BigDecimal(PRICE))
                .add("comment", "For nye pasienter").build())).object();
        approveAndPublish(id, withLine.getJsonNumber("version").longValue());
        return inForce(areaId);
    }

    /** The version in force of the area, as the public list shows it. */
    static JsonObject inForce(long therapeuticAreaId) {
        return Api.anonymous().get(BASE).array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("therapeuticAreaId").longValue() == therapeuticAreaId).findFirst()
                .orElseThrow();
    }

    /** Ingrid approves the draft {@code id} at {@code version}, Kari publishes it. */
    static void approveAndPublish(long id, long version) {
        JsonObject approved = Awards.expectOk(Api.as("ingrid").post(BASE + "/" + id + "/approval",
                Json.createObjectBuilder().add("version", version).build())).object();
        Awards.expectOk(Api.as("kari").post(BASE + "/" + id + "/publication",
                Json.createObjectBuilder().add("version", approved.getJsonNumber("version").longValue()).build()));
    }
}
