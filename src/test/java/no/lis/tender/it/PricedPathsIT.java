package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import no.lis.tender.architecture.PricedPaths;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every path that gives prices logs the read: one row per priced path (REST resource method or page
 * view marked {@code @PricedRead}, found by reflection), called by a user who may read the prices
 * there, must answer and write a {@code PRICE_VIEW} security event for that user naming the path;
 * an anonymous caller, a supplier and a specialist get no answer there and no entry. A specialist's
 * own paths give prices only once the buyer lifted them: on a tender where they are hidden her calls
 * are answered without any entry. A marked path without a row, or a row without a marked path, fails.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PricedPathsIT {

    private static final String EVALUATION = "/api/tenders/{tenderId}/evaluation";
    private static final String AWARD = "/api/awards/{tenderId}";
    private static final String FRAMEWORK = "/api/agreements/framework";
    private static final String RECOMMENDATION = "/api/recommendations/{id}";
    private static final String NEGOTIATION = "/api/negotiations/{id}";
    private static final String MEA_DIRECT = "/api/agreements/direct/{id}/managed-entry";
    private static final String MEA_FRAMEWORK = "/api/agreements/framework/{id}/managed-entry";

    /** The priced paths the tests below call, as {@link PricedPaths} names them. */
    private static final Set<String> ROWS = Set.of(
            "GET " + EVALUATION + "/ranking", "GET " + EVALUATION + "/ranking.xlsx", "GET " + EVALUATION + "/report", "GET " + EVALUATION + "/workspace",
            "POST " + EVALUATION + "/impartiality", "PUT " + EVALUATION + "/scores/{offerId}",
            "POST " + EVALUATION + "/scores/{offerId}/submission", "GET /api/tenders/{tenderId}/offers/opened",
            "GET " + AWARD, "PUT " + AWARD + "/standstill", "PUT " + AWARD + "/lots/{lotNumber}/markets/{marketCode}",
            "POST " + AWARD + "/letters", "POST " + AWARD + "/complaints",
            "POST " + AWARD + "/complaints/{number}/resolution",
            "POST " + FRAMEWORK, "GET " + FRAMEWORK + "/{id}", "POST " + FRAMEWORK + "/{id}/options/{number}/exercise",
            "POST " + FRAMEWORK + "/{id}/options/{number}/decline", "GET /api/agreements", "POST /api/agreements/direct",
            "GET /api/agreements/export.xlsx", "GET /api/follow-up", "GET /api/adherence", "GET /api/adherence.xlsx",
            "GET " + RECOMMENDATION + "/priced", "GET " + RECOMMENDATION + "/priced/pdf",
            "GET /api/recommendations/proposals", "GET " + RECOMMENDATION + "/working-copy",
            "POST " + RECOMMENDATION + "/next-version", "POST " + RECOMMENDATION + "/lines",
            "PUT " + RECOMMENDATION + "/lines", "DELETE " + RECOMMENDATION + "/lines",
            "POST " + RECOMMENDATION + "/lines/proposed", "POST " + RECOMMENDATION + "/publication",
            "EvaluationView", "ScoringView", "OpeningView", "AwardView", "ConcludeAgreementView", "AgreementsView", "DirectAgreementView",
            "FollowUpView", "AdherenceView", "PricedRecommendationView", "RecommendationEditView",
            "GET /api/negotiations", "POST /api/negotiations", "GET " + NEGOTIATION, "POST " + NEGOTIATION + "/offers",
            "POST " + NEGOTIATION + "/waiting", "POST " + NEGOTIATION + "/price-note",
            "POST " + NEGOTIATION + "/decision-forum", "POST " + NEGOTIATION + "/agreement",
            "POST " + NEGOTIATION + "/refusal", "NegotiationsView", "NegotiationView",
            "GET " + MEA_DIRECT, "PUT " + MEA_DIRECT, "GET " + MEA_FRAMEWORK, "PUT " + MEA_FRAMEWORK, "ManagedEntryView",
            "GET " + FRAMEWORK + "/{id}/supply", "POST " + FRAMEWORK + "/{id}/supply/shortages",
            "PUT " + FRAMEWORK + "/{id}/supply/shortages/{shortageId}/end", "POST " + FRAMEWORK + "/{id}/termination", "AgreementView", "PUT " + RECOMMENDATION + "/validity");

    /** The rows called so far. */
    private static final Set<String> CALLED = new TreeSet<>();

    /** Those who may never read prices, by username (null: anonymous). */
    private static final List<String> NO_PRICES = java.util.Arrays.asList(null, "sandoz", "ingrid");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    @Order(0)
    void everyMarkedPathHasARowAndEveryRowAMarkedPath() {
        Set<String> marked = new TreeSet<>();
        PricedPaths.pricedEndpoints().forEach(endpoint -> marked.add(endpoint.key()));
        PricedPaths.pricedViews().forEach(view -> marked.add(view.getSimpleName()));

        assertThat(new TreeSet<>(ROWS)).as("a row for each path marked @PricedRead").isEqualTo(marked);
    }

    @Test
    @Order(1)
    void theEvaluationsPricesAreLoggedAndAMembersOnlyOnceTheBuyerLiftedThem() {
        JsonObject hiddenTender = Evaluations.opened();
        JsonObject liftedTender = Evaluations.opened();
        String hidden = evaluation(hiddenTender);
        String lifted = evaluation(liftedTender);
        Awards.expectOk(Api.as("kari").put(lifted + "/price-visibility",
                Json.createObjectBuilder().add("visible", true).build()));
        JsonObject impartial = Json.createObjectBuilder().add("impartial", true).build();

        JsonObject workspace = member("POST " + EVALUATION + "/impartiality", "POST", lifted + "/impartiality",
                null, impartial).object();
        long offer = firstOffer(workspace);
        long hiddenOffer = firstOffer(unpriced("ingrid", "POST", hidden + "/impartiality", impartial).object());
        JsonObject saved = member("PUT " + EVALUATION + "/scores/{offerId}", "PUT", lifted + "/scores/" + offer,
                null, Evaluations.scores(liftedTender, null, 7)).object();
        JsonObject hiddenSaved = unpriced("ingrid", "PUT", hidden + "/scores/" + hiddenOffer,
                Evaluations.scores(hiddenTender, null, 7)).object();
        member("POST " + EVALUATION + "/scores/{offerId}/submission", "POST", lifted + "/scores/" + offer + "/submission",
                null, Json.createObjectBuilder().add("version", sheetVersion(saved, offer)).build());
        unpriced("ingrid", "POST", hidden + "/scores/" + hiddenOffer + "/submission",
                Json.createObjectBuilder().add("version", sheetVersion(hiddenSaved, hiddenOffer)).build());
        member("GET " + EVALUATION + "/workspace", "GET", lifted + "/workspace", hidden + "/workspace", null);
        member("GET " + EVALUATION + "/report", "GET", lifted + "/report", hidden + "/report", null);
        memberPage("ScoringView", "specialist/tender.xhtml?id=" + liftedTender.getInt("id"),
                "specialist/tender.xhtml?id=" + hiddenTender.getInt("id"));

        priced("GET " + EVALUATION + "/ranking", "kari", "GET", lifted + "/ranking?first=0&size=10", null);
        // the same path gives a member her own edition: its rows for Ingrid are above
        loggedFor("GET " + EVALUATION + "/report", "kari", "GET", lifted + "/report", null);
        refused("GET " + EVALUATION + "/report", null, "GET", lifted + "/report", null);
        refused("GET " + EVALUATION + "/report", "sandoz", "GET", lifted + "/report", null);
        priced("GET /api/tenders/{tenderId}/offers/opened", "kari", "GET",
                "api/tenders/" + liftedTender.getInt("id") + "/offers/opened", null);
        pricedPage("EvaluationView", "kari", "evaluation/tender.xhtml?id=" + liftedTender.getInt("id"));
        // the tender page renders only its open tab: the offers tab, named in the address, shows the opened offers
        pricedPage("OpeningView", "kari", "tendering/tender.xhtml?id=" + liftedTender.getInt("id") + "&tab=offers");
    }

    @Test
    @Order(2)
    void theAwardAndTheAgreementsLogEveryAnswerWithPrices() {
        JsonObject award = Awards.evaluated();
        int tenderId = award.getInt("tenderId");
        String path = Awards.path(tenderId);
        JsonObject market = Awards.market(award);
        String evaluated = "api/tenders/" + tenderId + "/evaluation";
        byte[] ranking = priced("GET " + EVALUATION + "/ranking.xlsx", "kari", "GET", evaluated + "/ranking.xlsx", null).bytes();
        assertThat(sheetText(ranking)).as("the ranking's export carries each price computation").contains(" DDD =");
        Api.Reply consensus = Api.as("kari").getBytes(evaluated + "/consensus.xlsx", XLSX);
        assertThat(consensus.status()).as(consensus.toString()).isEqualTo(200);
        assertThat(consensus.contentDisposition()).contains(".xlsx");
        priced("GET " + AWARD, "kari", "GET", path, null);
        priced("PUT " + AWARD + "/standstill", "kari", "PUT", path + "/standstill",
                Json.createObjectBuilder().add("days", 10).build());
        priced("PUT " + AWARD + "/lots/{lotNumber}/markets/{marketCode}", "kari", "PUT", path + "/lots/"
                + market.getInt("lotNumber") + "/markets/" + market.getString("marketCode"), Json.createObjectBuilder()
                .add("offerIds", Json.createArrayBuilder().add(Awards.candidate(award, 1).getJsonNumber("offerId")))
                .build());
        JsonObject issued = priced("POST " + AWARD + "/letters", "kari", "POST", path + "/letters",
                Json.createObjectBuilder().build()).object();
        String lettersDay = Instant.parse(issued.getString("lettersIssuedAt")).atZone(ZoneId.of("Europe/Oslo"))
                .toLocalDate().toString();
        priced("POST " + AWARD + "/complaints", "kari", "POST", path + "/complaints", Json.createObjectBuilder()
                .add("kind", "COMPLAINT").add("filedOn", lettersDay).add("description", "Klage på poengsettingen").build());
        JsonObject resolved = priced("POST " + AWARD + "/complaints/{number}/resolution", "kari", "POST",
                path + "/complaints/1/resolution", Json.createObjectBuilder().add("resolution", "Avvist").build())
                .object();
        pricedPage("AwardView", "kari", "agreements/award.xhtml?tender=" + tenderId);
        // the dialog that concludes an agreement is part of the award page, whose read is logged once
        pricedPage("ConcludeAgreementView", "kari", "agreements/award.xhtml?tender=" + tenderId);

        LocalDate lastDay = LocalDate.parse(resolved.getString("standstillEnd"));
        AtomicReference<JsonObject> concluded = new AtomicReference<>();
        Tenders.at(Awards.earlyOn(lastDay.plusDays(1)), () -> concluded.set(priced("POST " + FRAMEWORK, "kari", "POST",
                "api/agreements/framework", Awards.frameworkAgreement(award)).object()));
        String agreement = "api/agreements/framework/" + concluded.get().getJsonNumber("id");
        priced("GET " + FRAMEWORK + "/{id}", "kari", "GET", agreement, null);
        priced("POST " + FRAMEWORK + "/{id}/options/{number}/exercise", "kari", "POST", agreement + "/options/1/exercise",
                Json.createObjectBuilder().build());
        priced("POST " + FRAMEWORK + "/{id}/options/{number}/decline", "kari", "POST", agreement + "/options/2/decline",
                Json.createObjectBuilder().build());
        priced("GET /api/agreements", "kari", "GET", "api/agreements?all=true", null);
        priced("GET /api/agreements/export.xlsx", "kari", "GET", "api/agreements/export.xlsx?all=true", null);
        LocalDate today = LocalDate.now();
        JsonObject direct = priced("POST /api/agreements/direct", "kari", "POST", "api/agreements/direct", Json.createObjectBuilder()
                .add("nyeMetoderId", "ID2026_909").add("varenummer", "411881").add("rebatePercent", 15)
                .add("validFrom", today.minusDays(1).toString()).add("validTo", today.plusYears(1).toString())
                .add("legalGround", "TECHNICAL_REASONS").add("groundReason", "Bare én leverandør kan levere.").build()).object();
        JsonObject rebate = Json.createObjectBuilder().add("kind", "FLAT_REBATE").add("estimatedPacks", 100)
                .add("rebatePercent", 5).build();
        String directMea = "api/agreements/direct/" + direct.getJsonNumber("id") + "/managed-entry";
        priced("PUT " + MEA_DIRECT, "kari", "PUT", directMea, rebate);
        priced("GET " + MEA_DIRECT, "kari", "GET", directMea, null);
        String frameworkMea = agreement + "/managed-entry";
        priced("PUT " + MEA_FRAMEWORK, "kari", "PUT", frameworkMea, rebate);
        priced("GET " + MEA_FRAMEWORK, "kari", "GET", frameworkMea, null);
        pricedPage("ManagedEntryView", "kari", "agreements/managed-entry.xhtml?direct=" + direct.getJsonNumber("id"));
        pricedPage("AgreementsView", "kari", "agreements/agreements.xhtml");
        pricedPage("DirectAgreementView", "kari", "agreements/direct.xhtml");

        // supply security: the costs of substitutes are priced, and so is the agreement page
        JsonObject winner = Awards.candidate(award, 1);
        JsonObject shortage = priced("POST " + FRAMEWORK + "/{id}/supply/shortages", "kari", "POST", agreement + "/supply/shortages",
                Json.createObjectBuilder().add("varenummer", winner.getString("varenummer"))
                        .add("from", award.getString("agreementStart")).add("substitute", "Annen biotilsvarende")
                        .add("substituteCost", new BigDecimal("12500.50")).build()).object();
        priced("PUT " + FRAMEWORK + "/{id}/supply/shortages/{shortageId}/end", "kari", "PUT",
                agreement + "/supply/shortages/" + shortage.getJsonNumber("id") + "/end", Json.createObjectBuilder()
                        .add("version", shortage.getJsonNumber("version")).add("to", award.getString("agreementStart")).build());
        priced("GET " + FRAMEWORK + "/{id}/supply", "kari", "GET", agreement + "/supply", null);
        pricedPage("AgreementView", "kari", "agreements/agreement.xhtml?id=" + concluded.get().getJsonNumber("id"));
        JsonObject current = Api.as("kari").get(agreement).object();
        priced("POST " + FRAMEWORK + "/{id}/termination", "kari", "POST", agreement + "/termination",
                Json.createObjectBuilder().add("version", current.getJsonNumber("version"))
                        .add("lastDay", award.getString("agreementStart")).add("reason", "Leverandøren kan ikke levere.")
                        .build());

        priced("GET /api/follow-up", "kari", "GET", "api/follow-up", null);
        priced("GET /api/adherence", "kari", "GET", "api/adherence", null);
        priced("GET /api/adherence.xlsx", "kari", "GET", "api/adherence.xlsx", null);
        pricedPage("FollowUpView", "kari", "agreements/follow-up.xhtml");
        pricedPage("AdherenceView", "kari", "agreements/adherence.xhtml");
    }

    @Test
    @Order(3)
    void everyPricedReadOfARecommendationIsLoggedAndListedAmongWhoHasSeenPrices() {
        JsonObject inForce = Recommendations.inForceOfANewArea();
        String current = "api/recommendations/" + inForce.getJsonNumber("recommendationId");
        priced("GET " + RECOMMENDATION + "/priced", "hanne", "GET", current + "/priced", null);
        priced("GET " + RECOMMENDATION + "/priced/pdf", "hanne", "GET", current + "/priced/pdf", null);
        pricedPage("PricedRecommendationView", "hanne", "pricing/recommendation.xhtml?id="
                + inForce.getJsonNumber("recommendationId"));
        priced("GET /api/recommendations/proposals", "kari", "GET", "api/recommendations/proposals?therapeuticAreaId="
                + inForce.getJsonNumber("therapeuticAreaId"), null);

        LocalDate from = LocalDate.parse(inForce.getString("validFrom")).plusMonths(1);
        JsonObject draft = priced("POST " + RECOMMENDATION + "/next-version", "kari", "POST",
                current + "/next-version", Json.createObjectBuilder().add("changeReason", "NEW_TENDER")
                        .add("validFrom", from.toString()).add("validTo", from.plusYears(1).toString()).build()).object();
        String working = "api/recommendations/" + draft.getJsonNumber("recommendationId");
        priced("GET " + RECOMMENDATION + "/working-copy", "kari", "GET", working + "/working-copy", null);
        String indication = "Uveitt " + System.nanoTime() % 100_000;
        JsonObject added = priced("POST " + RECOMMENDATION + "/lines", "kari", "POST", working + "/lines",
                line(draft, indication, "Ved uveitt")).object();
        String lineQuery = "?indication=" + URLEncoder.encode(indication, StandardCharsets.UTF_8) + "&varenummer=167853";
        JsonObject replaced = priced("PUT " + RECOMMENDATION + "/lines", "kari", "PUT", working + "/lines" + lineQuery,
                line(added, indication, "Ved uveitt hos barn")).object();
        JsonObject moved = priced("PUT " + RECOMMENDATION + "/validity", "kari", "PUT", working + "/validity",
                Json.createObjectBuilder().add("version", replaced.getJsonNumber("version"))
                        .add("validFrom", from.toString()).add("validTo", from.plusYears(2).toString()).build()).object();
        JsonObject removed = priced("DELETE " + RECOMMENDATION + "/lines", "kari", "DELETE", working + "/lines"
                + lineQuery + "&version=" + moved.getJsonNumber("version"), null).object();
        priced("POST " + RECOMMENDATION + "/lines/proposed", "kari", "POST", working + "/lines/proposed",
                Json.createObjectBuilder().add("version", removed.getJsonNumber("version")).build());
        pricedPage("RecommendationEditView", "kari", "agreements/recommendation-edit.xhtml?id="
                + draft.getJsonNumber("recommendationId"));

        JsonObject kari = Api.as("kari").get(working + "/price-views").array().getValuesAs(JsonObject.class).stream()
                .filter(viewer -> viewer.getString("username").equals("kari")).findFirst().orElseThrow();
        assertThat(kari.getJsonArray("channels").toString()).as("her working copy by the API and the page")
                .contains("API").contains("PAGE");
        assertThat(kari.getJsonArray("versionsSeen").toString()).contains(String.valueOf(draft.getInt("versionNumber")));
        Api.Reply log = Api.as("kari").getBytes(working + "/price-views.xlsx", XLSX);
        assertThat(log.status()).as(log.toString()).isEqualTo(200);
        assertThat(sheetText(log.bytes())).as("the log of who has seen prices, as a spreadsheet").contains("kari")
                .contains("API");
        assertThat(Api.as("sandoz").getBytes(working + "/price-views.xlsx", XLSX).status()).isEqualTo(403);

        JsonObject awaiting = Api.as("ingrid").get("api/recommendations/awaiting-approval").array()
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getJsonNumber("recommendationId")
                        .equals(draft.getJsonNumber("recommendationId"))).findFirst().orElseThrow();
        JsonObject approved = Awards.expectOk(Api.as("ingrid").post(working + "/approval", Json.createObjectBuilder()
                .add("version", awaiting.getJsonNumber("version")).build())).object();
        priced("POST " + RECOMMENDATION + "/publication", "kari", "POST", working + "/publication",
                Json.createObjectBuilder().add("version", approved.getJsonNumber("version")).build());
    }

    @Test
    @Order(4)
    void everyReadOfTheNegotiationWorkspaceIsLoggedAndOnlyBuyersReadIt() {
        JsonObject opened = priced("POST /api/negotiations", "kari", "POST", "api/negotiations",
                Negotiations.opening(Negotiations.freshCaseId()).build()).object();
        String negotiation = Negotiations.path(opened);
        LocalDate today = Negotiations.today();
        priced("GET /api/negotiations", "kari", "GET", "api/negotiations", null);
        priced("GET " + NEGOTIATION, "kari", "GET", negotiation, null);
        pricedPage("NegotiationsView", "kari", "agreements/negotiations.xhtml");
        pricedPage("NegotiationView", "kari", "agreements/negotiation.xhtml?id=" + opened.getJsonNumber("id"));
        JsonObject offered = negotiationStep(negotiation, "/offers", opened, Json.createObjectBuilder()
                .add("rebatePercent", 50).add("receivedOn", today.minusDays(40).toString())).object();
        JsonObject waiting = negotiationStep(negotiation, "/waiting", offered, Json.createObjectBuilder()
                .add("since", today.minusDays(30).toString())).object();
        JsonObject meeting = negotiationStep(negotiation, "/offers", waiting, Json.createObjectBuilder()
                .add("rebatePercent", 80).add("receivedOn", today.minusDays(10).toString())).object();
        JsonObject sent = negotiationStep(negotiation, "/price-note", meeting, Json.createObjectBuilder()
                .add("sentOn", today.minusDays(5).toString())).object();
        JsonObject forum = negotiationStep(negotiation, "/decision-forum", sent, Json.createObjectBuilder()
                .add("meetsOn", today.toString())).object();
        negotiationStep(negotiation, "/agreement", forum, Json.createObjectBuilder()
                .add("decidedOn", today.toString()).add("validFrom", today.toString())
                .add("validTo", today.plusYears(1).toString()).add("legalGround", "EXCLUSIVE_RIGHTS")
                .add("groundReason", "Patentbeskyttet; én leverandør."));
        JsonObject other = Negotiations.withAnOffer();
        negotiationStep(Negotiations.path(other), "/refusal", other, Json.createObjectBuilder()
                .add("reason", "Ingen enighet om pris.").add("decidedOn", today.toString()));
    }

    @Test
    @Order(5)
    void everyRowWasCalled() {
        assertThat(CALLED).isEqualTo(new TreeSet<>(ROWS));
    }

    /**
     * Kari takes the step {@code action} (as "/offers") of the negotiation at {@code url}, sending
     * {@code fields} with the version {@code previous} answered: the priced path {@link #NEGOTIATION}
     * and the step, checked as {@link #priced} checks it.
     */
    private static Api.Reply negotiationStep(String url, String action, JsonObject previous, JsonObjectBuilder fields) {
        return priced("POST " + NEGOTIATION + action, "kari", "POST", url + action,
                fields.add("version", previous.getJsonNumber("version")).build());
    }

    /**
     * {@code reader} calls the priced path {@code row} at {@code url}: it answers, and a price read
     * naming the path is logged for her; anonymous callers, suppliers and specialists are refused.
     */
    private static Api.Reply priced(String row, String reader, String method, String url, JsonStructure body) {
        Api.Reply reply = loggedFor(row, reader, method, url, body);
        for (String other : NO_PRICES) {
            refused(row, other, method, url, body);
        }
        return reply;
    }

    /**
     * A specialist's own path: Ingrid calls it at {@code url} on a tender whose prices the buyer
     * lifted, which is logged; at {@code hiddenUrl} (if given) on one where they are hidden, which is
     * answered and not logged; anonymous callers and suppliers are refused.
     */
    private static Api.Reply member(String row, String method, String url, String hiddenUrl, JsonStructure body) {
        Api.Reply reply = loggedFor(row, "ingrid", method, url, body);
        if (hiddenUrl != null) {
            unpriced("ingrid", method, hiddenUrl, body);
        }
        refused(row, null, method, url, body);
        refused(row, "sandoz", method, url, body);
        return reply;
    }

    private static Api.Reply loggedFor(String row, String reader, String method, String url, JsonStructure body) {
        assertThat(ROWS).as("a row of this test").contains(row);
        CALLED.add(row);
        int before = priceViews(reader).size();
        Api.Reply reply = call(Api.as(reader), method, url, body);
        assertThat(reply.status()).as(row + " as " + reader + ": " + reply).isBetween(200, 299);
        assertThat(reply.cacheControl()).as(row + ": no browser or proxy keeps prices").contains("no-store");
        List<JsonObject> after = priceViews(reader);
        assertThat(after).as(row + " logged for " + reader).hasSize(before + 1);
        assertThat(after.get(before).getString("detail")).as("what was logged")
                .matches("(API|PDF) " + method + " .*").contains(URI.create("/" + url).getRawPath());
        return reply;
    }

    /** {@code reader} calls {@code url}: answered, but nothing is logged, as no price is in the answer. */
    private static Api.Reply unpriced(String reader, String method, String url, JsonStructure body) {
        int before = priceViews(reader).size();
        Api.Reply reply = call(Api.as(reader), method, url, body);
        assertThat(reply.status()).as(method + " " + url + " as " + reader + ": " + reply).isBetween(200, 299);
        assertThat(priceViews(reader)).as("no price read logged for " + url).hasSize(before);
        return reply;
    }

    private static void refused(String row, String caller, String method, String url, JsonStructure body) {
        int before = priceViews(caller).size();
        Api.Reply reply = call(caller == null ? Api.anonymous() : Api.as(caller), method, url, body);
        assertThat(reply.status()).as(row + " as " + (caller == null ? "anonymous" : caller) + ": " + reply)
                .isIn(401, 403, 404);
        assertThat(priceViews(caller)).hasSize(before);
    }

    /** {@code reader} opens the page of view {@code row}: it shows, and the read is logged once for her. */
    private static void pricedPage(String row, String reader, String page) {
        loggedPage(row, reader, page);
        for (String other : NO_PRICES) {
            refusedPage(row, other, page);
        }
    }

    /** Ingrid's page: logged on a tender whose prices are lifted, shown without a log where they are hidden. */
    private static void memberPage(String row, String page, String hiddenPage) {
        loggedPage(row, "ingrid", page);
        int before = priceViews("ingrid").size();
        assertThat(PageSession.loggedInAs("ingrid").get(hiddenPage).statusCode()).isEqualTo(200);
        assertThat(priceViews("ingrid")).as("no price read logged for " + hiddenPage).hasSize(before);
        refusedPage(row, null, page);
        refusedPage(row, "sandoz", page);
    }

    private static void loggedPage(String row, String reader, String page) {
        assertThat(ROWS).as("a row of this test").contains(row);
        CALLED.add(row);
        PageSession session = PageSession.loggedInAs(reader);
        int before = priceViews(reader).size();
        HttpResponse<String> shown = session.get(page);
        assertThat(shown.statusCode()).as(row + " as " + reader + " at " + page).isEqualTo(200);
        assertThat(shown.headers().firstValue("Cache-Control")).as(row + ": no browser or proxy keeps prices")
                .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
        List<JsonObject> after = priceViews(reader);
        assertThat(after).as(row + " logged once for " + reader).hasSize(before + 1);
        assertThat(after.get(before).getString("detail")).startsWith("PAGE GET ")
                .contains(URI.create("/" + page).getRawPath());
    }

    private static void refusedPage(String row, String caller, String page) {
        int before = priceViews(caller).size();
        HttpResponse<String> refused = (caller == null ? PageSession.anonymous() : PageSession.loggedInAs(caller))
                .get(page);
        assertThat(refused.statusCode()).as(row + " as " + (caller == null ? "anonymous" : caller))
                .isIn(302, 403, 404);
        assertThat(priceViews(caller)).hasSize(before);
    }

    /** The reads of prices logged for {@code username} (null: anonymous callers, logged as "system"), in order. */
    private static List<JsonObject> priceViews(String username) {
        Api.Reply events = Api.as("admin").get("api/test/security-events?actor=" + (username == null ? "system" : username));
        assertThat(events.status()).as(events.toString()).isEqualTo(200);
        List<JsonObject> views = new ArrayList<>();
        for (JsonObject event : events.array().getValuesAs(JsonObject.class)) {
            if (event.getString("kind").equals("PRICE_VIEW")) {
                views.add(event);
            }
        }
        return views;
    }

    private static Api.Reply call(Api api, String method, String url, JsonStructure body) {
        JsonStructure sent = body == null ? Json.createObjectBuilder().build() : body;
        return switch (method) {
            case "GET" -> url.contains(".xlsx") ? api.getBytes(url, XLSX) : api.getBytes(url);
            case "POST" -> api.post(url, sent);
            case "PUT" -> api.put(url, sent);
            case "DELETE" -> api.delete(url);
            default -> throw new IllegalArgumentException(method);
        };
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Every cell of every sheet of an XLSX file, as text, one line per row. */
    private static String sheetText(byte[] xlsx) {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            StringBuilder text = new StringBuilder();
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            workbook.forEach(sheet -> sheet.forEach(row -> {
                row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('\t'));
                text.append('\n');
            }));
            return text.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String evaluation(JsonObject tender) {
        return "api/tenders/" + tender.getInt("id") + "/evaluation";
    }

    private static long firstOffer(JsonObject workspace) {
        return workspace.getJsonArray("offers").getJsonObject(0).getJsonNumber("offerId").longValue();
    }

    private static long sheetVersion(JsonObject workspace, long offerId) {
        return workspace.getJsonArray("offers").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("offerId").longValue() == offerId).findFirst().orElseThrow()
                .getJsonNumber("sheetVersion").longValue();
    }

    /** A line of Amgevita for {@code indication} on the version {@code recommendation} is at. */
    private static JsonObject line(JsonObject recommendation, String indication, String comment) {
        return Json.createObjectBuilder().add("version", recommendation.getJsonNumber("version"))
                .add("indication", indication).add("rank", 1).add("varenummer", "167853").add("pricePerPack", 3050)
                .add("comment", comment).build();
    }
}
