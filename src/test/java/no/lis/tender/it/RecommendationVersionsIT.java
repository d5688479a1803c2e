package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import static no.lis.tender.it.DemoCallers.ingrid;
import static no.lis.tender.it.DemoCallers.kari;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Versions of a LIS recommendation on a real server: every version stays readable with its validity,
 * the public edition says what changed from the version before, and a new version goes from the
 * buyer's draft through the specialist group's approval to publication, superseding the one in force.
 * The demo's Revmatologi is only read; the new version is of an area of the test's own.
 */
@ExtendWith(ArquillianExtension.class)
class RecommendationVersionsIT {

    private static final String BASE = "api/recommendations";
    private static final String RA = "Revmatoid artritt";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static JsonObject reumaInForce() {
        return Api.anonymous().get(BASE).array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("therapeuticAreaName").startsWith("Revmatologi")).findFirst().orElseThrow();
    }

    private static List<JsonObject> changes(JsonObject edition) {
        return edition.getJsonArray("changes").getValuesAs(JsonObject.class);
    }

    private static boolean change(JsonObject change, String kind, String indication, String product) {
        return change.getString("kind").equals(kind) && change.getString("indication").equals(indication)
                && change.getString("productName").equals(product);
    }

    @Test
    void everyVersionStaysReadableWithItsValidityAndThePageShowsWhatChanged() {
        long current = reumaInForce().getJsonNumber("recommendationId").longValue();
        List<JsonObject> versions = Api.anonymous().get(BASE + "/" + current + "/versions").array()
                .getValuesAs(JsonObject.class);
        JsonObject second = versions.stream().filter(v -> v.getInt("versionNumber") == 2).findFirst().orElseThrow();
        JsonObject first = versions.stream().filter(v -> v.getInt("versionNumber") == 1).findFirst().orElseThrow();
        assertThat(first.getString("status")).isEqualTo("SUPERSEDED");
        assertThat(first.getString("validTo")).as("cut to the day before version 2").isEqualTo("2026-01-31");
        assertThat(second.getString("validFrom")).isEqualTo("2026-02-01");

        long secondId = second.getJsonNumber("recommendationId").longValue();
        JsonObject edition = Api.anonymous().get(BASE + "/" + secondId).object();
        assertThat(edition.getString("changeReason")).isEqualTo("SUPPLIER_CANNOT_DELIVER");
        assertThat(changes(edition)).anyMatch(c -> change(c, "REMOVED", RA, "Hyrimoz"))
                .anyMatch(c -> change(c, "MOVED", RA, "Yuflyma") && c.getInt("rankBefore") == 3
                        && c.getInt("rankAfter") == 1)
                .anyMatch(c -> change(c, "COMMENT_CHANGED", RA, "Yuflyma"));

        long firstId = first.getJsonNumber("recommendationId").longValue();
        JsonObject old = Api.anonymous().get(BASE + "/" + firstId).object();
        JsonObject oldRa = old.getJsonArray("indications").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("indication").equals(RA)).findFirst().orElseThrow();
        assertThat(oldRa.getJsonArray("lines").getJsonObject(0).getString("productName")).isEqualTo("Hyrimoz");

        HttpResponse<String> page = PageSession.anonymous().get("recommendations/recommendation.xhtml?id=" + secondId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as("the page is in bokmål").contains("Hva er endret fra forrige versjon")
                .contains("Flyttet i rangering").contains("recommendation.xhtml?id=" + firstId);
    }

    @Test
    void aNewVersionIsDraftedApprovedByTheGroupPublishedAndSupersedesTheOneInForce() {
        JsonObject inForce = Recommendations.inForceOfANewArea();
        long areaId = inForce.getJsonNumber("therapeuticAreaId").longValue();
        long inForceId = inForce.getJsonNumber("recommendationId").longValue();
        assertThat(Api.anonymous().post(BASE + "/" + inForceId + "/next-version", Json.createObjectBuilder().build())
                .status()).as("changes need a login").isEqualTo(401);

        LocalDate from = LocalDate.parse(inForce.getString("validFrom")).plusMonths(1);
        String indication = "Juvenil idiopatisk artritt " + System.nanoTime();
        Api.Reply drafted = kari.post(BASE + "/" + inForceId + "/next-version", Json.createObjectBuilder()
                .add("changeReason", "NEW_TENDER").add("changeNote", "Ny avtale for adalimumab")
                .add("validFrom", from.toString()).add("validTo", from.plusYears(1).toString()).build());
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        long draftId = drafted.object().getJsonNumber("recommendationId").longValue();
        Api.Reply added = kari.post(BASE + "/" + draftId + "/lines", Json.createObjectBuilder()
                .add("version", drafted.object().getJsonNumber("version").longValue())
                .add("indication", indication).add("rank", 1).add("varenummer", "167853").add("pricePerPack", 3050)
                .add("comment", "Ved behov for sitratfri formulering").build());
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(Api.anonymous().get(BASE + "/" + draftId).status()).as("a draft is not public").isEqualTo(404);

        Api.Reply awaiting = ingrid.get(BASE + "/awaiting-approval");
        assertThat(awaiting.status()).isEqualTo(200);
        assertThat(awaiting.body()).contains("Amgevita").doesNotContain("pricePer").doesNotContain("3050");
        JsonObject draft = awaiting.array().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getJsonNumber("recommendationId").longValue() == draftId).findFirst().orElseThrow();
        JsonObject version = Json.createObjectBuilder().add("version", draft.getJsonNumber("version").longValue()).build();
        assertThat(Api.as("sandoz").post(BASE + "/" + draftId + "/approval", version).status()).isEqualTo(403);
        assertThat(kari.post(BASE + "/" + draftId + "/publication", version).status())
                .as("not approved yet").isEqualTo(400);
        Api.Reply approved = ingrid.post(BASE + "/" + draftId + "/approval", version);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.object().getString("status")).isEqualTo("APPROVED");

        Api.Reply published = kari.post(BASE + "/" + draftId + "/publication", Json.createObjectBuilder()
                .add("version", approved.object().getJsonNumber("version").longValue()).build());
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.object().getString("status")).isEqualTo("PUBLISHED");
        assertThat(Recommendations.inForce(areaId).getJsonNumber("recommendationId").longValue()).isEqualTo(draftId);
        JsonObject edition = Api.anonymous().get(BASE + "/" + draftId).object();
        assertThat(edition.getString("changeReason")).isEqualTo("NEW_TENDER");
        assertThat(changes(edition)).singleElement().satisfies(c -> assertThat(change(c, "ADDED", indication, "Amgevita")).isTrue());
        JsonObject before = Api.anonymous().get(BASE + "/" + draftId + "/versions").array()
                .getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getJsonNumber("recommendationId").longValue() == inForceId).findFirst().orElseThrow();
        assertThat(before.getString("status")).isEqualTo("SUPERSEDED");
        assertThat(before.getString("validTo")).isEqualTo(from.minusDays(1).toString());
    }

    /**
     * Issue 16 item 4: a lot split into the health regions ranks per region. Amgevita is first choice in Helse
     * Sør-Øst and second in Helse Vest; the approval needs a first choice in each market, and the public edition
     * shows the lines market by market.
     */
    @Test
    void aDrugRanksPerRegionAndTheApprovalNeedsAFirstChoiceInEachMarket() {
        JsonObject inForce = Recommendations.inForceOfANewArea();
        long inForceId = inForce.getJsonNumber("recommendationId").longValue();
        LocalDate from = LocalDate.parse(inForce.getString("validFrom")).plusMonths(1);
        String indication = "Adalimumab per region " + System.nanoTime();
        Api.Reply drafted = kari.post(BASE + "/" + inForceId + "/next-version", Json.createObjectBuilder()
                .add("changeReason", "NEW_TENDER").add("validFrom", from.toString())
                .add("validTo", from.plusYears(1).toString()).build());
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        long draftId = drafted.object().getJsonNumber("recommendationId").longValue();
        long version = drafted.object().getJsonNumber("version").longValue();
        Api.Reply unknownMarket = kari.post(BASE + "/" + draftId + "/lines", regionalLine(version, indication, 1,
                "167853", "XX"));
        assertThat(unknownMarket.status()).as(unknownMarket.toString()).isEqualTo(400);
        assertThat(unknownMarket.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("marketCode");
        for (Object[] line : new Object[][]{{1, "167853", "HSO"}, {2, "183264", "HSO"}, {2, "167853", "HV"}}) {
            Api.Reply added = kari.post(BASE + "/" + draftId + "/lines", regionalLine(version, indication,
                    (Integer) line[0], (String) line[1], (String) line[2]));
            assertThat(added.status()).as(added.toString()).isEqualTo(200);
            version = added.object().getJsonNumber("version").longValue();
        }
        Api.Reply noFirstInVest = ingrid.post(BASE + "/" + draftId + "/approval",
                Json.createObjectBuilder().add("version", version).build());
        assertThat(noFirstInVest.status()).as(noFirstInVest.toString()).isEqualTo(400);
        assertThat(noFirstInVest.object().getString("message")).contains(indication + " (HV)");

        Api.Reply firstInVest = kari.post(BASE + "/" + draftId + "/lines", regionalLine(version, indication, 1, "183264", "HV"));
        assertThat(firstInVest.status()).as(firstInVest.toString()).isEqualTo(200);
        JsonObject approved = ingrid.post(BASE + "/" + draftId + "/approval", Json.createObjectBuilder()
                .add("version", firstInVest.object().getJsonNumber("version").longValue()).build()).object();
        assertThat(kari.post(BASE + "/" + draftId + "/publication", Json.createObjectBuilder()
                .add("version", approved.getJsonNumber("version").longValue()).build()).status()).isEqualTo(200);

        JsonObject edition = Api.anonymous().get(BASE + "/" + draftId).object();
        List<JsonObject> lines = edition.getJsonArray("indications").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("indication").equals(indication)).findFirst().orElseThrow()
                .getJsonArray("lines").getValuesAs(JsonObject.class);
        assertThat(lines).extracting(l -> l.getString("market") + " " + l.getInt("rank") + " "
                        + l.get("varenummer").toString().replaceAll("\\D", ""))
                .containsExactly("HSO 1 167853", "HSO 2 183264", "HV 1 183264", "HV 2 167853");
    }

    /**
     * Issue 16 item 4 through the API: a trust in Helse Sør-Øst and one in Helse Vest use the same drug
     * in a month; each is judged against its own region's first choice (the drug is 2nd in Helse Sør-Øst
     * and 1st in Helse Vest), in a month of this version, for trusts no other test imports for then.
     */
    @Test
    void eachTrustIsJudgedAgainstItsOwnRegionsFirstChoice() {
        JsonObject inForce = Recommendations.inForceOfANewArea();
        long inForceId = inForce.getJsonNumber("recommendationId").longValue();
        // late in version 1's period: the version that started last counts a use, and demo versions name Hyrimoz too
        LocalDate from = LocalDate.parse(inForce.getString("validFrom")).plusMonths(20);
        String indication = "Adalimumab, etterlevelse per region";
        Api.Reply next = kari.post(BASE + "/" + inForceId + "/next-version", Json.createObjectBuilder()
                .add("changeReason", "NEW_TENDER").add("validFrom", from.toString())
                .add("validTo", from.plusMonths(3).toString()).build());
        assertThat(next.status()).as(next.toString()).isEqualTo(201);
        JsonObject drafted = next.object();
        long draftId = drafted.getJsonNumber("recommendationId").longValue();
        long version = drafted.getJsonNumber("version").longValue();
        for (Object[] line : new Object[][]{{1, "167853", "HSO"}, {2, "183264", "HSO"}, {1, "183264", "HV"},
                {2, "167853", "HV"}}) {
            Api.Reply added = kari.post(BASE + "/" + draftId + "/lines", regionalLine(version, indication,
                    (Integer) line[0], (String) line[1], (String) line[2]));
            assertThat(added.status()).as(added.toString()).isEqualTo(200);
            version = added.object().getJsonNumber("version").longValue();
        }
        Recommendations.approveAndPublish(draftId, version);
        String month = java.time.YearMonth.from(from).plusMonths(1).toString();
        String east = "Sørlandet sykehus HF";
        String west = "Helse Førde HF";

        Api.Reply imported = kari.postBytes("api/consumption", "text/csv", ("helseforetak;varenummer;maaned;pakninger\n"
                + east + ";183264;" + month + ";10\n" + west + ";183264;" + month + ";10\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);

        Api.Reply adherence = kari.get("api/adherence?from=" + month + "&to=" + month);
        assertThat(adherence.status()).as(adherence.toString()).isEqualTo(200);
        // by trust, not area: in a database kept between runs an earlier run's version, ranked as this one, may count the use
        List<String> rows = adherence.object().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(row -> List.of(east, west).contains(row.getString("hospitalTrust")))
                .map(row -> row.getString("hospitalTrust") + " " + row.getJsonNumber("firstChoiceShare")
                        .bigDecimalValue().stripTrailingZeros().toPlainString()).toList();
        assertThat(rows).as("the same drug: 2nd choice in Helse Sør-Øst, 1st in Helse Vest")
                .containsExactlyInAnyOrder(east + " 0", west + " 100");
    }

    private static JsonObject regionalLine(long version, String indication, int rank, String varenummer, String market) {
        return Json.createObjectBuilder().add("version", version).add("indication", indication).add("rank", rank)
                .add("varenummer", varenummer).add("pricePerPack", 3050).add("marketCode", market).build();
    }
}
