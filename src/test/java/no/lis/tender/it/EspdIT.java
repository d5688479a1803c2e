package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.List;

import static no.lis.tender.it.DemoCallers.kari;
import static no.lis.tender.it.DemoCallers.per;
import static no.lis.tender.it.DemoCallers.sandoz;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The qualification requirements a buyer sets and the ESPD a supplier gives with its offer, on a real
 * server: set through the API, required and checked at submission with the field named, sealed until
 * the opening, read by the buyer after it.
 */
@ExtendWith(ArquillianExtension.class)
class EspdIT {

    private static final List<String> GROUNDS = List.of("CRIMINAL_ORGANISATION", "CORRUPTION", "FRAUD",
            "TERRORIST_OFFENCES", "MONEY_LAUNDERING_OR_TERRORIST_FINANCING", "CHILD_LABOUR_OR_HUMAN_TRAFFICKING",
            "PAYMENT_OF_TAXES", "PAYMENT_OF_SOCIAL_SECURITY", "ENVIRONMENTAL_SOCIAL_OR_LABOUR_LAW",
            "BANKRUPTCY_OR_INSOLVENCY", "GRAVE_PROFESSIONAL_MISCONDUCT", "DISTORTION_OF_COMPETITION",
            "CONFLICT_OF_INTEREST", "MISREPRESENTATION");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    /** A published tender requiring a minimum turnover of NOK 5 million and GMP/GDP. */
    private JsonObject tenderWithRequirements() {
        return Tenders.published("TNF", draft -> {
            Api.Reply defined = kari.put("api/tenders/" + draft.getInt("id") + "/qualification-requirements",
                    Json.createObjectBuilder().add("version", draft.getJsonNumber("version").longValue())
                            .add("requirements", Json.createArrayBuilder()
                                    .add(requirement("MINIMUM_TURNOVER", "Omsetning siste regnskapsår").add("threshold", 5000000))
                                    .add(requirement("QUALITY_SYSTEM", "Sertifikat for GMP eller GDP"))).build());
            assertThat(defined.status()).as(defined.toString()).isEqualTo(200);
            return defined.object();
        });
    }

    private static JsonObjectBuilder requirement(String kind, String text) {
        return Json.createObjectBuilder().add("kind", kind).add("text", text);
    }

    /** Every ground answered no, save {@code yesGround} (null for none) answered yes with {@code explanation}. */
    private static JsonArrayBuilder grounds(String yesGround, String explanation) {
        JsonArrayBuilder grounds = Json.createArrayBuilder();
        for (String ground : GROUNDS) {
            JsonObjectBuilder answer = Json.createObjectBuilder().add("ground", ground).add("applies", ground.equals(yesGround));
            if (ground.equals(yesGround) && explanation != null) {
                answer.add("explanation", explanation);
            }
            grounds.add(answer);
        }
        return grounds;
    }

    private static JsonArrayBuilder statements() {
        return Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("kind", "MINIMUM_TURNOVER").add("met", true).add("text", "31 MNOK i 2025"))
                .add(Json.createObjectBuilder().add("kind", "QUALITY_SYSTEM").add("met", false)
                        .add("text", "GDP-revisjon planlagt i mars"));
    }

    /** Saves and submits lot 1 at {@code price} with {@code espd} (none if null) in one request. */
    private Api.Reply submit(JsonObject tender, JsonObject espd) {
        String offers = "api/tenders/" + tender.getInt("id") + "/offers";
        Api.Reply existing = sandoz.get(offers);
        JsonObjectBuilder body = Json.createObjectBuilder().add("lots", Json.createArrayBuilder().add(
                Json.createObjectBuilder().add("lotNumber", 1).add("unitPricePerPack", 2150)
                        .add("products", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("varenummer", "468932").add("productName", "Hyrimoz").add("packDescription", "2 penner")))
                        .add("answers", Json.createArrayBuilder())));
        if (existing.status() == 200) {
            body.add("version", existing.object().getJsonNumber("version").longValue());
        }
        if (espd != null) {
            body.add("espd", espd);
        }
        return sandoz.post(offers, body.build());
    }

    @Test
    void theBuyerSetsRequirementsThroughTheApiAndABadThresholdIsRefusedByField() {
        JsonObject draft = kari.post("api/tenders", Tenders.plan(Tenders.newReference(), 4)).object();
        String path = "api/tenders/" + draft.getInt("id") + "/qualification-requirements";

        Api.Reply refused = kari.put(path, Json.createObjectBuilder().add("version", draft.getJsonNumber("version").longValue())
                .add("requirements", Json.createArrayBuilder().add(requirement("BUSINESS_REGISTER", "Firmaattest"))
                        .add(requirement("MINIMUM_TURNOVER", "Omsetning")).add(requirement("NO_SUCH_KIND", "x"))).build());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body()).contains("requirements[1].threshold").contains("requirements[2].kind");

        Api.Reply defined = kari.put(path, Json.createObjectBuilder().add("version", draft.getJsonNumber("version").longValue())
                .add("requirements", Json.createArrayBuilder().add(requirement("BUSINESS_REGISTER", "Firmaattest"))
                        .add(requirement("MINIMUM_TURNOVER", "Omsetning").add("threshold", 2500000))).build());
        assertThat(defined.status()).as(defined.toString()).isEqualTo(200);
        assertThat(defined.object().getJsonArray("qualificationRequirements").getJsonObject(1)
                .getJsonNumber("threshold").bigDecimalValue()).isEqualByComparingTo("2500000");
    }

    @Test
    void aPublishedTendersRequirementsCannotChange() {
        JsonObject tender = tenderWithRequirements();

        Api.Reply refused = kari.put("api/tenders/" + tender.getInt("id") + "/qualification-requirements",
                Json.createObjectBuilder().add("version", tender.getJsonNumber("version").longValue())
                        .add("requirements", Json.createArrayBuilder()).build());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("status");
    }

    @Test
    void anOfferWithoutACompleteEspdIsRefusedNamingTheField() {
        JsonObject tender = tenderWithRequirements();

        Api.Reply without = submit(tender, null);
        assertThat(without.status()).as(without.toString()).isEqualTo(400);
        assertThat(without.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("espd");

        Api.Reply unexplained = submit(tender, Json.createObjectBuilder().add("exclusionGrounds", grounds("CORRUPTION", null))
                .add("requirements", statements()).build());
        assertThat(unexplained.status()).as(unexplained.toString()).isEqualTo(400);
        assertThat(unexplained.object().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("espd.exclusionGrounds.CORRUPTION.explanation");
        assertThat(unexplained.object().getString("message")).contains("Corruption");
        assertThat(sandoz.get("api/tenders/" + tender.getInt("id") + "/offers").status())
                .as("neither saved nor submitted: the two happen together or not at all").isEqualTo(404);
    }

    @Test
    void aCompleteEspdIsSealedUntilTheOpeningAndTheBuyerReadsItWithItsFlagsAfter() {
        JsonObject tender = tenderWithRequirements();
        String base = "api/tenders/" + tender.getInt("id");

        Api.Reply submitted = submit(tender, Json.createObjectBuilder()
                .add("exclusionGrounds", grounds("PAYMENT_OF_TAXES", "Restskatt for 2024 betalt; ny rutine for avstemming."))
                .add("requirements", statements()).build());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);

        assertThat(kari.get(base + "/offers/opened").status()).as("sealed before the opening").isEqualTo(403);
        assertThat(kari.get(base + "/offers/counts").body()).doesNotContain("Restskatt").doesNotContain("GDP-revisjon");

        Evaluations.open(tender);
        Api.Reply opened = kari.get(base + "/offers/opened");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        JsonObject espd = opened.array().getJsonObject(0).getJsonObject("content").getJsonObject("espd");
        assertThat(espd.getJsonArray("groundsAnsweredYes").getString(0)).isEqualTo("PAYMENT_OF_TAXES");
        assertThat(espd.getJsonArray("requirementsNotMet").getString(0)).isEqualTo("QUALITY_SYSTEM");
        assertThat(espd.getJsonArray("exclusionGrounds")).hasSize(GROUNDS.size());
        assertThat(opened.body()).contains("Restskatt for 2024");
    }
}
