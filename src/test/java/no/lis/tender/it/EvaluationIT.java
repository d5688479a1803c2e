package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.util.List;

import static no.lis.tender.it.DemoCallers.ingrid;
import static no.lis.tender.it.DemoCallers.kari;
import static no.lis.tender.it.DemoCallers.lars;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The specialist group's scoring rules and the buyer's consensus and ranking on a real server:
 * only members score, a conflict blocks, scoring is blind to others and to prices, consensus and
 * ranking, and a concurrent edit of the same sheet.
 */
@ExtendWith(ArquillianExtension.class)
class EvaluationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static String base(JsonObject tender) {
        return "api/tenders/" + tender.getInt("id") + "/evaluation";
    }

    private static JsonObject impartial() {
        return Json.createObjectBuilder().add("impartial", true).build();
    }

    private static long offerOf(JsonObject workspace, String supplier) {
        return workspace.getJsonArray("offers").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("supplierName").contains(supplier)).findFirst().orElseThrow()
                .getJsonNumber("offerId").longValue();
    }

    @Test
    void aSpecialistOutsideTheTendersGroupIsRefused() {
        JsonObject tender = Evaluations.opened("antibiotika");
        Api.Reply workspace = ingrid.get(base(tender) + "/workspace");
        assertThat(workspace.status()).as(workspace.toString()).isEqualTo(403);
        assertThat(workspace.object().getString("message")).contains("ingrid");
        assertThat(ingrid.post(base(tender) + "/impartiality", impartial()).status()).isEqualTo(403);
        assertThat(ingrid.getBytes(base(tender) + "/report").status()).isEqualTo(403);
        assertThat(Api.as("sandoz").get(base(tender) + "/workspace").status()).as("suppliers never").isEqualTo(403);
    }

    @Test
    void aMemberSeesNoOfferBeforeDeclaringAndADeclaredConflictBlocksScoring() {
        JsonObject tender = Evaluations.opened();
        JsonObject before = ingrid.get(base(tender) + "/workspace").object();
        assertThat(before.getJsonArray("offers")).isEmpty();
        assertThat(absent(before, "declared")).as("not declared yet").isTrue();

        JsonObject conflict = lars.post(base(tender) + "/impartiality", Json.createObjectBuilder()
                .add("impartial", false).add("ties", "Foredrag for AbbVie i 2025").build()).object();
        assertThat(conflict.getBoolean("declared")).isFalse();
        assertThat(conflict.getJsonArray("offers")).isEmpty();
        long someOffer = offerOf(kari.get(base(tender)).object(), "Sandoz");
        Api.Reply refused = lars.put(base(tender) + "/scores/" + someOffer, Evaluations.scores(tender, null, 5));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.object().getString("message")).contains("conflict");
        assertThat(lars.post(base(tender) + "/impartiality", impartial()).status())
                .as("the declaration cannot be changed").isEqualTo(400);
        assertThat(kari.get(base(tender)).object().getJsonArray("progress").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("username").equals("lars")).findFirst().orElseThrow().getString("declared"))
                .isEqualTo("CONFLICT");
    }

    @Test
    void membersScoreBlindToPricesAndToEachOtherUntilTheyHaveSubmitted() {
        JsonObject tender = Evaluations.opened();
        JsonObject workspace = ingrid.post(base(tender) + "/impartiality", impartial()).object();
        assertThat(workspace.getJsonArray("offers")).hasSize(2);
        assertThat(withoutTimes(workspace)).doesNotContain("7650").doesNotContain("9100");
        assertThat(workspace.getBoolean("pricesVisible")).isFalse();
        long sandoz = offerOf(workspace, "Sandoz");

        lars.post(base(tender) + "/impartiality", impartial());
        JsonObject larsSaved = lars.put(base(tender) + "/scores/" + sandoz, Evaluations.scores(tender, null, 8)).object();
        long larsVersion = sheetVersion(larsSaved, sandoz);
        assertThat(lars.post(base(tender) + "/scores/" + sandoz + "/submission",
                Json.createObjectBuilder().add("version", larsVersion).build()).status()).isEqualTo(200);

        JsonObject ingridDraft = ingrid.put(base(tender) + "/scores/" + sandoz, Evaluations.scores(tender, null, 6)).object();
        assertThat(offer(ingridDraft, sandoz).getJsonArray("others")).as("not before her own are submitted").isEmpty();
        JsonObject submitted = ingrid.post(base(tender) + "/scores/" + sandoz + "/submission",
                Json.createObjectBuilder().add("version", sheetVersion(ingridDraft, sandoz)).build()).object();
        assertThat(offer(submitted, sandoz).getJsonArray("others")).isNotEmpty();
        assertThat(offer(submitted, sandoz).getJsonArray("others").getJsonObject(0).getJsonObject("score")
                .getString("member")).isEqualTo("lars");

        JsonObject evaluation = kari.get(base(tender)).object();
        kari.put(base(tender) + "/price-visibility", Json.createObjectBuilder().add("visible", true)
                .build());
        JsonObject lifted = ingrid.get(base(tender) + "/workspace").object();
        assertThat(lifted.getBoolean("pricesVisible")).isTrue();
        assertThat(lifted.toString()).contains("7650");
    }

    @Test
    void theBuyerSetsConsensusFromTheMeanRanksAndOnlyTheBuyersReportHasPrices() throws IOException {
        JsonObject tender = Evaluations.opened();
        Evaluations.scoreAndSubmitEveryOffer(ingrid, tender, 7);
        Evaluations.scoreAndSubmitEveryOffer(lars, tender, 8);
        JsonObject evaluation = kari.get(base(tender)).object();
        List<JsonObject> lines = evaluation.getJsonArray("consensus").getValuesAs(JsonObject.class);
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line.getInt("mean")).as("(7 + 8) / 2 half up").isEqualTo(8));

        JsonObject first = lines.get(0);
        Api.Reply noNote = kari.put(base(tender) + "/consensus/" + first.getJsonNumber("offerId"), consensus(first, 6, null));
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("note");
        Api.Reply set = kari.put(base(tender) + "/consensus/" + first.getJsonNumber("offerId"),
                consensus(first, 6, "Gruppen vektla svar på leveringstid"));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        Api.Reply acceptedAll = kari.post(base(tender) + "/consensus/means", Json.createObjectBuilder().build());
        assertThat(acceptedAll.status()).as(acceptedAll.toString()).isEqualTo(200);
        assertThat(acceptedAll.object().getJsonArray("consensus").getValuesAs(JsonObject.class))
                .as("the mean taken for every line left in one step; the one set by hand kept")
                .extracting(line -> line.getInt("value")).containsOnly(6, 8).containsOnlyOnce(6);
        Api.Reply nothingLeft = kari.post(base(tender) + "/consensus/means", Json.createObjectBuilder().build());
        assertThat(nothingLeft.status()).as(nothingLeft.toString()).isEqualTo(400);
        assertThat(nothingLeft.body()).contains("No lines are waiting for a consensus");
        assertThat(kari.post(base(tender) + "/completion", Json.createObjectBuilder().build()).status())
                .as("not before qualification and ranking").isEqualTo(400);

        JsonObject ranked = kari.post(base(tender) + "/ranking", Json.createObjectBuilder().build()).object();
        assertThat(ranked.getInt("lots")).isEqualTo(1);
        assertThat(ranked.getInt("ranked")).isEqualTo(1);
        JsonObject page = kari.get(base(tender) + "/ranking?first=0&size=10").object();
        JsonObject lot = page.getJsonArray("lots").getJsonObject(0);
        assertThat(lot.getString("status")).isEqualTo("RANKED");
        List<JsonObject> offers = lot.getJsonArray("offers").getValuesAs(JsonObject.class);
        assertThat(offers).hasSize(2);
        assertThat(offers.get(0).getInt("rank")).isEqualTo(1);
        assertThat(offers.get(0).getJsonObject("price").getString("computation")).contains("per DDD");

        Api.Reply buyersReply = kari.getBytes(base(tender) + "/report");
        assertThat(buyersReply.contentDisposition()).as("saved under the tender's reference")
                .contains("evalueringsrapport-" + tender.getString("reference") + ".pdf");
        byte[] buyers = buyersReply.bytes();
        byte[] members = ingrid.getBytes(base(tender) + "/report").bytes();
        assertThat(text(buyers)).contains("7 650,00").contains("Gruppen vektla svar på leveringstid");
        assertThat(text(members)).doesNotContain("7 650").doesNotContain("9 100").contains("Gruppen vektla svar på leveringstid");
    }

    @Test
    void theSecondOfTwoConcurrentSavesOfTheSameSheetIsToldItChanged() {
        JsonObject tender = Evaluations.opened();
        JsonObject workspace = ingrid.post(base(tender) + "/impartiality", impartial()).object();
        long offer = offerOf(workspace, "Sandoz");
        JsonObject first = ingrid.put(base(tender) + "/scores/" + offer, Evaluations.scores(tender, null, 5)).object();
        long loaded = sheetVersion(first, offer);
        assertThat(ingrid.put(base(tender) + "/scores/" + offer, Evaluations.scores(tender, loaded, 6)).status()).isEqualTo(200);
        Api.Reply stale = ingrid.put(base(tender) + "/scores/" + offer, Evaluations.scores(tender, loaded, 7));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        JsonObject kept = ingrid.get(base(tender) + "/workspace").object();
        assertThat(offer(kept, offer).getJsonArray("subCriteria").getJsonObject(0).getInt("value"))
                .as("the first writer's scores stand").isEqualTo(6);
    }

    private static JsonObject consensus(JsonObject line, Integer value, String note) {
        var body = Json.createObjectBuilder().add("type", line.getJsonObject("ref").getString("type"))
                .add("title", line.getJsonObject("ref").getString("title"));
        if (value != null) {
            body.add("value", value);
        }
        if (note != null) {
            body.add("note", note);
        }
        if (!absent(line, "version")) {
            body.add("version", line.getJsonNumber("version").longValue());
        }
        return body.build();
    }

    /** Ingrid scores 7 and Lars 8 on every sub-criterion of both offers, and both submit. */
    /**
     * Issue 16 item 3: a lot that asks for a price per scenario ("Kun subgruppe", "Alle pasienter"). The
     * suppliers price each scenario in the lot's order; the lot is ranked under the first, with each offer's
     * price and place under the other beside it, and ranked again under the one the buyer chooses.
     */
    @Test
    void aLotWithScenarioPricesIsRankedUnderTheScenarioTheBuyerChoosesWithTheOtherBesideIt() {
        JsonObject tender = Tenders.published("TNF", draft -> kari.post("api/tenders/" + draft.getInt("id") + "/lots",
                Json.createObjectBuilder().add("version", draft.getJsonNumber("version").longValue())
                        .add("title", "Adalimumab, scenarier").add("atcCodes", Json.createArrayBuilder().add("L04AB04"))
                        .add("estimatedAnnualVolume", 500000).add("volumeUnit", "DDD").add("comparisonBasis", "PER_DDD")
                        .add("marketSplit", "NONE").add("scenarios", Json.createArrayBuilder()
                                .add("Kun subgruppe").add("Alle pasienter")).build()).object());
        assertThat(tender.getJsonArray("lots").getJsonObject(0).getJsonArray("scenarios").getValuesAs(
                jakarta.json.JsonString.class)).extracting(jakarta.json.JsonString::getString)
                .containsExactly("Kun subgruppe", "Alle pasienter");

        Api.Reply wrongOrder = Api.as("sandoz").put("api/tenders/" + tender.getInt("id") + "/offers",
                scenarioOffer(tender, "183264", "Hyrimoz 40 mg penn", "8000.00", "7000.00", true));
        assertThat(wrongOrder.status()).as(wrongOrder.toString()).isEqualTo(400);
        assertThat(wrongOrder.object().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("lots[0].scenarioPrices");
        submitScenarioOffer("sandoz", tender, "183264", "Hyrimoz 40 mg penn", "7000.00", "8000.00");
        submitScenarioOffer("abbvie", tender, "411872", "Humira 40 mg penn", "9000.00", "6000.00");
        Evaluations.open(tender);
        Evaluations.scoreAndSubmitEveryOffer(ingrid, tender, 7);
        Evaluations.scoreAndSubmitEveryOffer(lars, tender, 8);
        for (JsonObject line : kari.get(base(tender)).object().getJsonArray("consensus").getValuesAs(JsonObject.class)) {
            assertThat(kari.put(base(tender) + "/consensus/" + line.getJsonNumber("offerId"), consensus(line, null, null))
                    .status()).isEqualTo(200);
        }
        assertThat(kari.post(base(tender) + "/ranking", Json.createObjectBuilder().build()).status()).isEqualTo(200);

        // equal scores: under "Kun subgruppe" Sandoz is cheaper (7 000 against 9 000), under "Alle pasienter" AbbVie (6 000 against 8 000)
        JsonObject underFirst = rankedLot(tender, 1);
        assertThat(underFirst.getString("scenario")).isEqualTo("Kun subgruppe");
        JsonObject sandoz = underFirst.getJsonArray("offers").getJsonObject(0);
        assertThat(sandoz.getString("supplierName")).contains("Sandoz");
        assertThat(sandoz.getJsonNumber("packPrice").bigDecimalValue()).isEqualByComparingTo("7000");
        JsonObject besides = sandoz.getJsonArray("scenarios").getJsonObject(1);
        assertThat(besides.getString("scenario")).isEqualTo("Alle pasienter");
        assertThat(besides.getBoolean("chosen")).isFalse();
        assertThat(besides.getInt("rank")).isEqualTo(2);

        long version = kari.get(base(tender)).object().getJsonNumber("evaluationVersion").longValue();
        Api.Reply unknown = kari.put(base(tender) + "/scenario-choice", Json.createObjectBuilder().add("lotNumber", 1)
                .add("scenario", "Voksne").add("version", version).build());
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("scenario");
        Api.Reply chosen = kari.put(base(tender) + "/scenario-choice", Json.createObjectBuilder().add("lotNumber", 1)
                .add("scenario", "Alle pasienter").add("version", version).build());
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);

        JsonObject underChosen = rankedLot(tender, 1);
        assertThat(underChosen.getString("scenario")).isEqualTo("Alle pasienter");
        JsonObject abbvie = underChosen.getJsonArray("offers").getJsonObject(0);
        assertThat(abbvie.getString("supplierName")).contains("AbbVie");
        assertThat(abbvie.getJsonNumber("packPrice").bigDecimalValue()).isEqualByComparingTo("6000");
        assertThat(withoutTimes(ingrid.get(base(tender) + "/workspace").object())).as("members score blind to price")
                .doesNotContain("6000").doesNotContain("7000");
    }

    private static JsonObject rankedLot(JsonObject tender, int number) {
        return Api.as("kari").get(base(tender) + "/ranking?first=0&size=10").object().getJsonArray("lots")
                .getValuesAs(JsonObject.class).stream().filter(lot -> lot.getInt("lotNumber") == number).findFirst()
                .orElseThrow();
    }

    private static void submitScenarioOffer(String supplier, JsonObject tender, String varenummer, String name,
                                            String subgroup, String all) {
        String offers = "api/tenders/" + tender.getInt("id") + "/offers";
        Api.Reply saved = Api.as(supplier).put(offers, scenarioOffer(tender, varenummer, name, subgroup, all, false));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        JsonObject lot = saved.object().getJsonObject("draft").getJsonArray("lots").getJsonObject(0);
        assertThat(lot.getJsonNumber("unitPricePerPack").bigDecimalValue()).as("the first scenario's")
                .isEqualByComparingTo(subgroup);
        Api.Reply submitted = Api.as(supplier).post(offers, Json.createObjectBuilder()
                .add("version", saved.object().getJsonNumber("version").longValue()).build());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    }

    /** An offer on lot 1 with a price per scenario, in the lot's order unless {@code reversed}, and every answer. */
    private static JsonObject scenarioOffer(JsonObject tender, String varenummer, String name, String subgroup,
                                            String all, boolean reversed) {
        var answers = Json.createArrayBuilder();
        for (JsonObject sub : Evaluations.subCriteria(tender)) {
            answers.add(Json.createObjectBuilder().add("criterion", sub.getString("type"))
                    .add("subCriterion", sub.getString("title")).add("text", name + " svarer.")
                    .add("attachmentDocumentIds", Json.createArrayBuilder()));
        }
        var first = Json.createObjectBuilder().add("scenario", "Kun subgruppe").add("unitPricePerPack", new java.math.BigDecimal(subgroup));
        var second = Json.createObjectBuilder().add("scenario", "Alle pasienter").add("unitPricePerPack", new java.math.BigDecimal(all));
        return Json.createObjectBuilder().add("lots", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("lotNumber", 1)
                .add("products", Json.createArrayBuilder().add(Json.createObjectBuilder().add("varenummer", varenummer)
                        .add("productName", name).add("packDescription", "2 penner")))
                .add("answers", answers)
                .add("scenarioPrices", reversed ? Json.createArrayBuilder().add(second).add(first)
                        : Json.createArrayBuilder().add(first).add(second)))).build();
    }

    /** The JSON without its instants, whose nanoseconds may hold any run of digits (a price looked for among them once matched). */
    private static String withoutTimes(JsonObject json) {
        return json.toString().replaceAll("\"[0-9]{4}-[0-9]{2}-[0-9]{2}T[^\"]*\"", "\"\"");
    }

    /** JSON-B leaves out what is null. */
    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    private static JsonObject offer(JsonObject workspace, long offerId) {
        return workspace.getJsonArray("offers").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("offerId").longValue() == offerId).findFirst().orElseThrow();
    }

    private static long sheetVersion(JsonObject workspace, long offerId) {
        return offer(workspace, offerId).getJsonNumber("sheetVersion").longValue();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replace('\u202f', ' ');
        }
    }
}
