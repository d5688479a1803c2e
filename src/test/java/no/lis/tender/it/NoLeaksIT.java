package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import no.lis.tender.documents.Pdfs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static no.lis.tender.it.DemoCallers.ingrid;
import static no.lis.tender.it.DemoCallers.kari;
import static no.lis.tender.it.DemoCallers.lars;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No score or price leaks on a real server: a member's edition of the evaluation report is as blind
 * as her scoring (no other member's scores of an offer before she has submitted hers, no price
 * points before the buyer lifts prices); scores are taken only for offers of the tender scored; and
 * a tender cancelled straight from its draft never shows to suppliers.
 */
@ExtendWith(ArquillianExtension.class)
class NoLeaksIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aMemberWhoHasNotSubmittedGetsNoOtherMembersScoresAndPricePointsOnlyOnceTheBuyerLiftsPrices() {
        JsonObject tender = Evaluations.opened();
        String base = "api/tenders/" + tender.getInt("id") + "/evaluation";
        String ingridsWords = "Ingrids-vurdering-" + System.nanoTime() % 1_000_000;
        JsonObject impartial = Json.createObjectBuilder().add("impartial", true).build();
        JsonObject workspace = Awards.expectOk(ingrid.post(base + "/impartiality", impartial)).object();
        Awards.expectOk(lars.post(base + "/impartiality", impartial));
        List<Long> offers = workspace.getJsonArray("offers").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("offerId").longValue()).toList();
        for (long offer : offers) {
            submit(base, ingrid, tender, offer, ingridsWords);
        }
        long sandoz = workspace.getJsonArray("offers").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("supplierName").startsWith("Sandoz")).findFirst().orElseThrow()
                .getJsonNumber("offerId").longValue();
        Awards.expectOk(lars.put(base + "/scores/" + sandoz, scores(tender, "Lars-utkast")));
        for (JsonObject line : kari.get(base).object().getJsonArray("consensus").getValuesAs(JsonObject.class)) {
            Awards.expectOk(kari.put(base + "/consensus/" + line.getJsonNumber("offerId"), Json.createObjectBuilder()
                    .add("type", line.getJsonObject("ref").getString("type"))
                    .add("title", line.getJsonObject("ref").getString("title")).build()));
        }
        JsonObject ranked = Awards.expectOk(kari.post(base + "/ranking", Json.createObjectBuilder().build())).object();
        assertThat(ranked.getInt("ranked")).as("ranked on Ingrid's scores alone").isEqualTo(1);

        String larsBefore = report(lars, base);
        assertThat(larsBefore).contains("Du har ikke levert dine poeng for dette tilbudet ennå",
                        "Prispoengene og summene er regnet ut fra prisene", "Plass")
                .doesNotContain(ingridsWords, "Prispoeng:", "Lars-utkast", "7 650,00", "9 100,00", "Besparelse");
        assertThat(report(ingrid, base)).as("Ingrid has submitted every offer").contains(ingridsWords)
                .doesNotContain("Du har ikke levert", "Prispoeng:", "7 650,00", "9 100,00");

        JsonObject evaluation = kari.get(base).object();
        var lift = Json.createObjectBuilder().add("visible", true);
        if (evaluation.containsKey("evaluationVersion") && !evaluation.isNull("evaluationVersion")) {
            lift.add("version", evaluation.getJsonNumber("evaluationVersion").longValue());
        }
        Awards.expectOk(kari.put(base + "/price-visibility", lift.build()));
        String larsLifted = report(lars, base);
        assertThat(larsLifted).as("price points once lifted, still no price").contains("Prispoeng:")
                .doesNotContain(ingridsWords, "7 650,00", "9 100,00", "Besparelse", "per pakning");

        submit(base, lars, tender, sandoz, "Lars-levert");
        String larsSubmitted = report(lars, base);
        assertThat(larsSubmitted).as("Ingrid's scores of the offer Lars has submitted").contains(ingridsWords)
                .contains("Lars-levert").contains("Du har ikke levert dine poeng for dette tilbudet ennå");
    }

    @Test
    void scoresForAnOfferOfAnotherTenderAreRefusedAsNotFoundNamingTheOffer() {
        JsonObject scored = Evaluations.opened();
        JsonObject other = Evaluations.opened();
        String base = "api/tenders/" + scored.getInt("id") + "/evaluation";
        Awards.expectOk(ingrid.post(base + "/impartiality", Json.createObjectBuilder().add("impartial", true).build()));
        long foreign = kari.get("api/tenders/" + other.getInt("id") + "/evaluation").object().getJsonArray("offers")
                .getJsonObject(0).getJsonNumber("offerId").longValue();

        Api.Reply refused = ingrid.put(base + "/scores/" + foreign, scores(scored, "Feil konkurranse"));

        // The API answers as for any offer this tender does not have: not found, naming the offer, and
        // without telling that it exists on another tender (SaveScores refuses it too, see ScoringUseCasesTest).
        assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
        assertThat(refused.object().getString("message")).contains(String.valueOf(foreign));
        assertThat(ingrid.get(base + "/workspace").object().getJsonArray("offers").getValuesAs(JsonObject.class))
                .noneMatch(o -> o.getJsonNumber("offerId").longValue() == foreign);
    }

    @Test
    void aTenderCancelledStraightFromItsDraftIsNowhereForSuppliers() {
        JsonObject draft = kari.post("api/tenders", Tenders.plan(Tenders.newReference(), 4)).object();
        int id = draft.getInt("id");
        Awards.expectOk(kari.post("api/tenders/" + id + "/cancellation", Json.createObjectBuilder()
                .add("version", draft.getJsonNumber("version").longValue()).add("reason", "Behovet falt bort").build()));
        assertThat(kari.get("api/tenders/" + id).object().getString("status")).isEqualTo("CANCELLED");

        Api sandoz = Api.as("sandoz");
        assertThat(sandoz.get("api/tenders/" + id + "/answers").status()).isEqualTo(404);
        assertThat(sandoz.get("api/tenders/" + id + "/documents").status()).isEqualTo(404);
        assertThat(sandoz.post("api/tenders/" + id + "/questions", Json.createObjectBuilder().add("text", "Hei?").build())
                .status()).isEqualTo(404);
        assertThat(ingrid.get("api/tenders/" + id + "/documents").status()).as("nor for specialists").isEqualTo(404);
        PageSession supplier = PageSession.loggedInAs("sandoz");
        assertThat(supplier.get("supplier/tender.xhtml?id=" + id).statusCode()).isEqualTo(404);
        assertThat(supplier.get("supplier/home.xhtml").body()).doesNotContain(draft.getString("reference"));

        JsonObject published = Tenders.published();
        Awards.expectOk(kari.post("api/tenders/" + published.getInt("id") + "/cancellation", Json.createObjectBuilder()
                .add("version", published.getJsonNumber("version").longValue()).add("reason", "Priser lekket").build()));
        assertThat(sandoz.get("api/tenders/" + published.getInt("id") + "/answers").status())
                .as("a round that was published stays readable, cancelled").isEqualTo(200);
    }

    /** {@code member} scores every sub-criterion of {@code offer}, justified by {@code words}, and submits. */
    private static void submit(String base, Api member, JsonObject tender, long offer, String words) {
        JsonObject saved = Awards.expectOk(member.put(base + "/scores/" + offer, withVersion(scores(tender, words),
                sheetVersion(member, base, offer)))).object();
        long version = saved.getJsonArray("offers").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("offerId").longValue() == offer).findFirst().orElseThrow()
                .getJsonNumber("sheetVersion").longValue();
        Awards.expectOk(member.post(base + "/scores/" + offer + "/submission",
                Json.createObjectBuilder().add("version", version).build()));
    }

    /** The member's sheet version of the offer, or null before she has saved any scores of it. */
    private static Long sheetVersion(Api member, String base, long offer) {
        JsonObject mine = member.get(base + "/workspace").object().getJsonArray("offers").getValuesAs(JsonObject.class)
                .stream().filter(o -> o.getJsonNumber("offerId").longValue() == offer).findFirst().orElseThrow();
        return mine.containsKey("sheetVersion") && !mine.isNull("sheetVersion")
                ? mine.getJsonNumber("sheetVersion").longValue() : null;
    }

    private static JsonObject withVersion(JsonObject scores, Long version) {
        return version == null ? scores : Json.createObjectBuilder(scores).add("version", version).build();
    }

    /** A score of 7 for every scored sub-criterion of the tender, each justified by {@code words}. */
    private static JsonObject scores(JsonObject tender, String words) {
        JsonArrayBuilder scores = Json.createArrayBuilder();
        for (JsonObject sub : Evaluations.subCriteria(tender)) {
            scores.add(Json.createObjectBuilder().add("type", sub.getString("type")).add("title", sub.getString("title"))
                    .add("value", Math.min(7, sub.getInt("scaleMax"))).add("justification", words));
        }
        return Json.createObjectBuilder().add("scores", scores).build();
    }

    /** The caller's edition of the tender's evaluation report, as text. */
    private static String report(Api caller, String base) {
        Api.Reply pdf = caller.getBytes(base + "/report");
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        return Pdfs.text(pdf.bytes()).replaceAll("[\\s\\u00A0\\u202F]+", " ");
    }
}
