package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import static no.lis.tender.it.DemoCallers.kari;
import static no.lis.tender.it.Negotiations.path;
import static no.lis.tender.it.Negotiations.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phase-1 negotiation workspace on a real server: a case opened, offers in rounds, the clock
 * stopped while waiting for the supplier, the price note with the break-even price, and the
 * agreement that becomes a direct agreement; bad input refused by field; a refusal with its reason;
 * nobody but buyers reads it, and every read of it is logged. The managed-entry agreement on a
 * direct agreement: its payback from the estimate and from consumption imported, as confidential.
 */
@ExtendWith(ArquillianExtension.class)
class NegotiationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aCaseGoesFromOffersInRoundsThroughThePriceNoteToADirectAgreement() {
        String caseId = Negotiations.freshCaseId();
        Api.Reply created = kari.post("api/negotiations", Negotiations.opening(caseId).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject opened = created.object();
        assertThat(opened.getString("supplierName")).isEqualTo("AbbVie AS");
        assertThat(opened.getJsonObject("economics").getInt("severityClass")).isEqualTo(3);
        assertThat(opened.getJsonObject("clock").getInt("daysUsed")).isEqualTo(60);
        String negotiation = path(opened);

        JsonObject first = Awards.expectOk(kari.post(negotiation + "/offers", Json.createObjectBuilder()
                .add("version", opened.getJsonNumber("version")).add("rebatePercent", 50)
                .add("receivedOn", today().minusDays(40).toString()).build())).object();
        JsonObject note = first.getJsonObject("priceNote");
        assertThat(note.getJsonNumber("netPrice").bigDecimalValue()).as("9 780,30 less 50 %")
                .isEqualByComparingTo("4890.15");
        assertThat(note.getBoolean("meetsLimit")).isFalse();
        assertThat(note.getJsonNumber("willingnessToPay").bigDecimalValue()).isEqualByComparingTo("495000");
        assertThat(note.getJsonNumber("breakEvenNetPrice").bigDecimalValue()).isEqualByComparingTo(
                Negotiations.BREAK_EVEN);
        assertThat(note.getJsonNumber("lowestRebatePercent").bigDecimalValue()).isEqualByComparingTo(
                Negotiations.LOWEST_REBATE);
        assertThat(note.getJsonArray("computation").getString(2)).as("the highest yearly drug cost, in English")
                .isEqualTo("0.2 × 495,000 − 40,000.00 = 59,000.00");

        Api.Reply tooDear = kari.post(negotiation + "/agreement", agreement(first));
        assertThat(tooDear.status()).as(tooDear.toString()).isEqualTo(400);
        assertThat(tooDear.object().getString("message")).contains("2,269.23");

        JsonObject waiting = Awards.expectOk(kari.post(negotiation + "/waiting", Json.createObjectBuilder()
                .add("version", first.getJsonNumber("version")).add("since", today().minusDays(30).toString())
                .build())).object();
        assertThat(waiting.getBoolean("waitingForSupplier")).isTrue();
        assertThat(waiting.getJsonObject("clock").getBoolean("running")).isFalse();
        JsonObject second = Awards.expectOk(kari.post(negotiation + "/offers", Json.createObjectBuilder()
                .add("version", waiting.getJsonNumber("version")).add("netPrice", 2200)
                .add("receivedOn", today().minusDays(10).toString()).build())).object();
        assertThat(second.getJsonArray("offers")).hasSize(2);
        assertThat(second.getJsonArray("offers").getJsonObject(1).getInt("round")).isEqualTo(2);
        assertThat(second.getJsonObject("priceNote").getBoolean("meetsLimit")).isTrue();
        assertThat(second.getJsonObject("clock").getInt("daysUsed")).as("60 days, 20 of them waiting")
                .isEqualTo(40);

        JsonObject sent = Awards.expectOk(kari.post(negotiation + "/price-note", Json.createObjectBuilder()
                .add("version", second.getJsonNumber("version")).add("sentOn", today().minusDays(5).toString())
                .build())).object();
        JsonObject forum = Awards.expectOk(kari.post(negotiation + "/decision-forum", Json.createObjectBuilder()
                .add("version", sent.getJsonNumber("version")).add("meetsOn", today().toString()).build())).object();
        JsonObject agreed = Awards.expectOk(kari.post(negotiation + "/agreement", agreement(forum))).object();

        assertThat(agreed.getString("status")).isEqualTo("AGREED");
        assertThat(agreed.getJsonArray("timeline").getValuesAs(JsonObject.class))
                .allMatch(step -> !step.isNull("date"));
        JsonObject direct = kari.get("api/agreements?all=true").object().getJsonArray("direct")
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("nyeMetoderId").equals(caseId))
                .findFirst().orElseThrow();
        assertThat(direct.getJsonNumber("id")).isEqualTo(agreed.getJsonNumber("directAgreementId"));
        assertThat(direct.getJsonNumber("effectivePrice").bigDecimalValue()).isEqualByComparingTo("2200");

        Api.Reply again = kari.post(negotiation + "/offers", Json.createObjectBuilder()
                .add("version", agreed.getJsonNumber("version")).add("rebatePercent", 80)
                .add("receivedOn", today().toString()).build());
        assertThat(again.status()).as("a closed case takes no more offers").isEqualTo(400);
    }

    @Test
    void badInputIsRefusedUnderTheFieldItConcerns() {
        Api.Reply badId = kari.post("api/negotiations", Negotiations.opening("ID26_1").build());
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("nyeMetoderId");

        Api.Reply badFigures = kari.post("api/negotiations", Negotiations.opening(Negotiations.freshCaseId())
                .add("incrementalQalys", 0).add("absoluteShortfall", -1).build());
        assertThat(badFigures.status()).isEqualTo(400);
        assertThat(badFigures.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field")).contains("incrementalQalys", "absoluteShortfall");

        JsonObject withOffer = Negotiations.withAnOffer();
        Api.Reply both = kari.post(path(withOffer) + "/offers", Json.createObjectBuilder()
                .add("version", withOffer.getJsonNumber("version")).add("rebatePercent", 60).add("netPrice", 2000)
                .add("receivedOn", today().toString()).build());
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("netPrice");

        Api.Reply stale = kari.post(path(withOffer) + "/offers", Json.createObjectBuilder()
                .add("version", withOffer.getJsonNumber("version").longValue() - 1).add("rebatePercent", 80)
                .add("receivedOn", today().toString()).build());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(kari.get("api/negotiations/" + Long.MAX_VALUE).status()).isEqualTo(404);
    }

    @Test
    void aNegotiationEndsWithoutAgreementWithTheReason() {
        JsonObject withOffer = Negotiations.withAnOffer();
        JsonObject refused = Awards.expectOk(kari.post(path(withOffer) + "/refusal", Json.createObjectBuilder()
                .add("version", withOffer.getJsonNumber("version"))
                .add("reason", "Leverandøren ville ikke gi rabatt som oppfyller betalingsviljen.")
                .add("decidedOn", today().toString()).build())).object();

        assertThat(refused.getString("status")).isEqualTo("REFUSED");
        assertThat(refused.getString("refusalReason")).startsWith("Leverandøren");
        assertThat(refused.containsKey("directAgreementId")).as("no direct agreement").isFalse();
    }

    @Test
    void onlyBuyersReadTheWorkspaceAndEachReadIsLogged() {
        JsonObject withOffer = Negotiations.withAnOffer();
        String negotiation = path(withOffer);
        for (String user : List.of("sandoz", "ingrid", "hanne", "admin")) {
            assertThat(Api.as(user).get("api/negotiations").status()).as(user).isEqualTo(403);
            assertThat(Api.as(user).get(negotiation).status()).as(user).isEqualTo(403);
            assertThat(Api.as(user).post(negotiation + "/offers", Json.createObjectBuilder()
                    .add("version", withOffer.getJsonNumber("version")).add("rebatePercent", 90)
                    .add("receivedOn", today().toString()).build()).status()).as(user).isEqualTo(403);
        }
        assertThat(Api.anonymous().get("api/negotiations").status()).isEqualTo(401);
        assertThat(Api.anonymous().get(negotiation).status()).isEqualTo(401);

        int before = priceViews("kari");
        assertThat(kari.get(negotiation).status()).isEqualTo(200);
        assertThat(kari.get("api/negotiations").status()).isEqualTo(200);
        assertThat(priceViews("kari")).isEqualTo(before + 2);
        assertThat(Api.as("admin").get("api/test/security-events?actor=kari").array().getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getString("kind").equals("PRICE_VIEW")).map(e -> e.getString("detail"))
                .toList()).anyMatch(detail -> detail.contains("/" + negotiation));
        int sandozBefore = priceViews("sandoz");
        assertThat(Api.as("sandoz").get(negotiation).status()).isEqualTo(403);
        assertThat(priceViews("sandoz")).as("a refused read is not a read").isEqualTo(sandozBefore);
        assertThat(new BigDecimal(withOffer.getJsonArray("offers").getJsonObject(0).getJsonNumber("rebatePercent")
                .toString())).isEqualByComparingTo("50");
    }

    @Test
    void aPriceVolumeCapOwesThePaybackAboveTheCapFromTheEstimateAndTheConsumptionImported() {
        String path = directAgreementWithACap();
        Api.Reply wrong = kari.put(path, Json.createObjectBuilder().add("kind", "VOLUME_TIERS").add("estimatedPacks", 12)
                .add("tiers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("fromPacks", 10)
                        .add("pricePerPack", 5000))).build());
        assertThat(wrong.status()).as("a change without the version seen").isEqualTo(409);

        importConsumption("Nordlandssykehuset HF;040378;" + YearMonth.from(today()) + ";13\n");
        JsonObject mea = Awards.expectOk(kari.get(path)).object();
        assertThat(mea.getJsonObject("estimated").getJsonNumber("payback").bigDecimalValue())
                .as("12 packs estimated, 2 above the cap of 10, at 5 000,00").isEqualByComparingTo("10000");
        assertThat(mea.getJsonNumber("packsSoFar").bigDecimalValue()).isEqualByComparingTo("13");
        assertThat(mea.getJsonObject("soFar").getJsonNumber("payback").bigDecimalValue())
                .as("13 packs imported, 3 above the cap").isEqualByComparingTo("15000");
        assertThat(mea.getJsonObject("soFar").getJsonNumber("expectedCost").bigDecimalValue())
                .isEqualByComparingTo("50000");

        JsonObject dearer = Json.createObjectBuilder().add("kind", "VOLUME_TIERS").add("estimatedPacks", 12)
                .add("tiers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("fromPacks", 10)
                        .add("pricePerPack", 6000))).add("version", mea.getJsonObject("terms").getInt("version")).build();
        Api.Reply refused = kari.put(path, dearer);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.object().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("tiers[0].pricePerPack");
    }

    @Test
    void onlyBuyersReadAManagedEntryAgreementAndEachReadIsLogged() {
        String path = directAgreementWithACap();
        for (String user : List.of("sandoz", "ingrid", "hanne", "admin")) {
            int before = priceViews(user);
            Api.Reply read = Api.as(user).get(path);
            assertThat(read.status()).as(user).isEqualTo(403);
            assertThat(read.body()).as(user).doesNotContain("5000");
            assertThat(Api.as(user).put(path, cap(null)).status()).as(user).isEqualTo(403);
            assertThat(priceViews(user)).as("a refused read is not a read").isEqualTo(before);
        }
        Api.Reply anonymous = Api.anonymous().get(path);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("5000");

        int before = priceViews("kari");
        JsonObject read = Awards.expectOk(kari.get(path)).object();
        assertThat(read.getJsonNumber("pricePerPack").bigDecimalValue()).isEqualByComparingTo("5000");
        assertThat(priceViews("kari")).isEqualTo(before + 1);
        assertThat(Api.as("admin").get("api/test/security-events?actor=kari").array().getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getString("kind").equals("PRICE_VIEW")).map(e -> e.getString("detail"))
                .toList()).anyMatch(detail -> detail.contains("/" + path));
    }

    /** A fresh direct agreement on Herceptin (040378) at 5 000,00 a pack with a volume cap of 10 packs, 100 % paid back; its MEA path. */
    private String directAgreementWithACap() {
        JsonObject direct = Awards.expectOk(kari.post("api/agreements/direct", Json.createObjectBuilder()
                .add("nyeMetoderId", Negotiations.freshCaseId()).add("varenummer", "040378").add("agreedPrice", 5000)
                .add("validFrom", today().toString()).add("validTo", today().plusYears(1).minusDays(1).toString())
                .add("legalGround", "EXCLUSIVE_RIGHTS").add("groundReason", "Patentbeskyttet; én leverandør.")
                .build())).object();
        String path = "api/agreements/direct/" + direct.getJsonNumber("id") + "/managed-entry";
        JsonObject none = Awards.expectOk(kari.get(path)).object();
        assertThat(!none.containsKey("terms") || none.isNull("terms")).as("no MEA yet").isTrue();
        JsonObject set = Awards.expectOk(kari.put(path, cap(null))).object();
        assertThat(set.getJsonObject("terms").getString("kind")).isEqualTo("PRICE_VOLUME_CAP");
        return path;
    }

    private static JsonObject cap(Integer version) {
        var body = Json.createObjectBuilder().add("kind", "PRICE_VOLUME_CAP").add("estimatedPacks", 12)
                .add("capBasis", "VOLUME").add("cap", 10).add("paybackPercent", 100);
        if (version != null) {
            body.add("version", version);
        }
        return body.build();
    }

    private void importConsumption(String lines) {
        Api.Reply imported = kari.postBytes("api/consumption", "text/csv",
                ("helseforetak;varenummer;maaned;pakninger\n" + lines).getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isBetween(200, 299);
    }

    private static JsonObject agreement(JsonObject negotiation) {
        return Json.createObjectBuilder().add("version", negotiation.getJsonNumber("version"))
                .add("decidedOn", today().toString()).add("validFrom", today().toString())
                .add("validTo", today().plusYears(2).toString()).add("legalGround", "EXCLUSIVE_RIGHTS")
                .add("groundReason", "Patentbeskyttet; bare innehaveren av markedsføringstillatelsen leverer.")
                .build();
    }

    private static int priceViews(String username) {
        return (int) Api.as("admin").get("api/test/security-events?actor=" + username).array()
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("kind").equals("PRICE_VIEW")).count();
    }
}
