package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.time.LocalDate;

import static no.lis.tender.it.DemoCallers.kari;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: a new version of a LIS recommendation (of an area of the test's own,
 * {@link Recommendations}) is approved by a member of the specialist group and published by the
 * buyer; an anonymous visitor reads it without prices and a hospital pharmacist with a need to know
 * (PRICE_VIEWER) reads it with prices. (The award, the standstill and the agreement the
 * recommendation builds on are {@link AwardBrowserIT}'s.)
 */
@ExtendWith(ArquillianExtension.class)
class RecommendationBrowserIT {

    private static final String BASE = "api/recommendations";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    /** Kari drafts the next version of {@code inForce} for a new tender, valid for a year from {@code from}, with {@code body}'s fields too. */
    private static Api.Reply nextVersionForANewTender(JsonObject inForce, LocalDate from, JsonObjectBuilder body) {
        return kari.post(BASE + "/" + inForce.getJsonNumber("recommendationId") + "/next-version",
                body.add("changeReason", "NEW_TENDER").add("validFrom", from.toString())
                        .add("validTo", from.plusYears(1).toString()).build());
    }

    @Test
    void theGroupApprovesTheBuyerPublishesAndOnlyThePriceViewerSeesPrices() {
        JsonObject inForce = Recommendations.inForceOfANewArea();
        LocalDate from = LocalDate.parse(inForce.getString("validFrom")).plusMonths(2);
        String indication = "Psoriasisartritt hos voksne " + System.nanoTime() % 100_000;
        Api.Reply drafted = nextVersionForANewTender(inForce, from,
                Json.createObjectBuilder().add("changeNote", "Ny rammeavtale"));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        long id = drafted.object().getJsonNumber("recommendationId").longValue();
        Api.Reply added = kari.post(BASE + "/" + id + "/lines", Json.createObjectBuilder()
                .add("version", drafted.object().getJsonNumber("version").longValue()).add("indication", indication)
                .add("rank", 1).add("varenummer", "183264").add("pricePerPack", 3333.33)
                .add("comment", "For nye pasienter").build());
        assertThat(added.status()).as(added.toString()).isEqualTo(200);

        try (Browser member = Browser.open()) {
            member.logInAs("ingrid");
            member.go("specialist/recommendations.xhtml");
            member.waitForText(indication);
            assertThat(member.text()).as("the group approves without prices").doesNotContain("3 333").doesNotContain("3333");
            // her other groups' drafts may be listed too: the button of the panel with this draft's indication
            member.driver().findElement(By.xpath("//div[contains(@class, 'ui-panel')][.//h3[contains(., '" + indication
                    + "')]]//button[contains(@id, ':approve')]")).click();
            member.waitForText("er godkjent");
        }

        try (Browser buyer = Browser.open()) {
            buyer.logInAs("kari");
            buyer.go("agreements/recommendation-edit.xhtml?id=" + id);
            buyer.click("head:publish");
            buyer.click("head:confirmYes");
            buyer.waitForText("er publisert");
            buyer.screenshot("buyer-recommendation-published");
        }

        try (Browser anonymous = Browser.open()) {
            anonymous.go("recommendations/recommendation.xhtml?id=" + id);
            anonymous.waitForText(indication);
            assertThat(anonymous.text()).contains("Hyrimoz").contains("For nye pasienter")
                    .doesNotContain("3 333").doesNotContain("3333").doesNotContain(" kr");
            assertThat(anonymous.currentUrl()).as("no login asked").doesNotContain("login");
            assertThat(anonymous.element("reason").getAttribute("class")).as("a new tender is a plain note").contains("ui-tag-info");

            // the demo's rheumatology recommendation has a version made because a supplier could not deliver
            long demoInForce = Api.anonymous().get(BASE).array().getValuesAs(jakarta.json.JsonObject.class).stream()
                    .flatMap(r -> Api.anonymous().get(BASE + "/" + r.getJsonNumber("recommendationId") + "/versions").array()
                            .getValuesAs(jakarta.json.JsonObject.class).stream())
                    .filter(v -> "SUPPLIER_CANNOT_DELIVER".equals(v.getString("changeReason", ""))).findFirst().orElseThrow()
                    .getJsonNumber("recommendationId").longValue();
            anonymous.go("recommendations/recommendation.xhtml?id=" + demoInForce);
            assertThat(anonymous.element("reason").getText()).startsWith("Leverandør kan ikke levere");
            assertThat(anonymous.element("reason").getAttribute("class")).as("a supplier that cannot deliver is a warning")
                    .contains("ui-tag-warning");
        }

        try (Browser pharmacist = Browser.open()) {
            pharmacist.logInAs("hanne");
            pharmacist.go("pricing/recommendation.xhtml?id=" + id);
            pharmacist.waitForText(indication);
            assertThat(pharmacist.text().replace('\u00a0', ' ').replace('\u202f', ' ')).contains("3 333,33");
            pharmacist.screenshot("price-viewer-recommendation");
        }
        assertThat(kari.get(BASE + "/" + id + "/price-views").body()).contains("hanne");
    }

    /**
     * Issue 15: on a phone (390 px) the public recommendations and the login fit the screen: nothing
     * scrolls sideways, the tables stack so that a drug's name is readable, and the login form is one column.
     */
    @Test
    void thePublicRecommendationsAndTheLoginFitAPhone() {
        long demo = Api.anonymous().get(BASE).array().getValuesAs(JsonObject.class).get(0)
                .getJsonNumber("recommendationId").longValue();
        try (Browser phone = Browser.open().atPhoneWidth()) {
            phone.go("recommendations/index.xhtml");
            assertThat(phone.sidewaysOverflow()).as("the list scrolls only downwards").isLessThanOrEqualTo(0);
            assertThat(phone.cellWidths("Terapiområde")).as("the areas are readable").isNotEmpty()
                    .allSatisfy(width -> assertThat(width.doubleValue()).isGreaterThan(80));

            phone.go("recommendations/recommendation.xhtml?id=" + demo);
            assertThat(phone.sidewaysOverflow()).as("the recommendation scrolls only downwards").isLessThanOrEqualTo(0);
            assertThat(phone.cellWidths("Legemiddel")).as("the drugs' names are readable").isNotEmpty()
                    .allSatisfy(width -> assertThat(width.doubleValue()).isGreaterThan(80));
            phone.screenshot("phone-public-recommendation");

            phone.go("login.xhtml");
            assertThat(phone.sidewaysOverflow()).as("the login scrolls only downwards").isLessThanOrEqualTo(0);
            var label = phone.css("label[for='login:username']").getRect();
            var input = phone.element("login:username").getRect();
            assertThat(input.getY()).as("one column: the field under its label").isGreaterThanOrEqualTo(label.getY() + label.getHeight() - 1);
            assertThat(input.getWidth()).as("the field spans the form").isGreaterThan(200);
        }
    }

    @Test
    void theBuyerEditsALinesCommentTheValidityAndAddsALineWithATreatmentPeriodPrice() {
        JsonObject inForce = Recommendations.inForceOfANewArea();
        LocalDate from = LocalDate.parse(inForce.getString("validFrom")).plusMonths(2);
        String indication = "Uveitt " + System.nanoTime() % 100_000;
        Api.Reply drafted = nextVersionForANewTender(inForce, from, Json.createObjectBuilder());
        long id = Awards.expectOk(kari.post(BASE + "/" + drafted.object().getJsonNumber("recommendationId") + "/lines",
                Json.createObjectBuilder().add("version", drafted.object().getJsonNumber("version").longValue())
                        .add("indication", indication).add("rank", 1).add("varenummer", "183264").add("pricePerPack", 3333.33)
                        .add("comment", "For nye pasienter").build())).object().getJsonNumber("recommendationId").longValue();
        String validTo = from.plusYears(2).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));

        try (Browser buyer = Browser.open()) {
            buyer.logInAs("kari").go("agreements/recommendation-edit.xhtml?id=" + id);
            buyer.waitForText(indication);
            // the version copied the line of the version before (590216) above the new one: edit the new line's comment
            buyer.driver().findElement(By.xpath("//tr[contains(., '183264')]//button[contains(@id, ':editComment')]")).click();
            buyer.type("comment:comment", "Også for pasienter som bytter");
            buyer.click("comment:saveComment");
            buyer.waitForText("Kommentaren til 183264 er lagret.");
            buyer.waitForText("Også for pasienter som bytter");

            buyer.replace(buyer.element("head:validTo_input"), validTo);
            buyer.click("head:saveValidity");
            buyer.waitForText("Gyldigheten er endret.");
            assertThat(buyer.element("validity").getText()).as("the head shows it").contains(validTo);

            buyer.type("addLine:indication", indication);
            buyer.replace(buyer.element("addLine:rank_input"), "2");
            buyer.type("addLine:varenummer", "167853");
            buyer.replace(buyer.element("addLine:pricePerPack_input"), "3050");
            buyer.replace(buyer.element("addLine:pricePerTreatmentPeriod_input"), "79300");
            buyer.replace(buyer.element("addLine:treatmentPeriodDays_input"), "365");
            buyer.click("addLine:add");
            buyer.waitForText("Legemiddelet med varenummer 167853 er lagt til.");
            assertThat(buyer.text().replace('\u00a0', ' ').replace('\u202f', ' ')).contains("79 300,00 / 365 dager");
        }
        assertThat(kari.get(BASE + "/" + id + "/working-copy").body()).contains("Også for pasienter som bytter")
                .contains("\"treatmentPeriodDays\":365").contains(from.plusYears(2).toString());
    }
}
