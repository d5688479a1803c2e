package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ESPD in Chromium: the buyer sets a qualification requirement on the tender's tab, the supplier
 * is refused submitting without the self-declaration and with an unexplained "yes", fills it in and
 * submits, and after the opening the buyer reads it in the qualification table with its flags.
 */
@ExtendWith(ArquillianExtension.class)
class EspdBrowserIT {

    private static final int GROUNDS = 14;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theBuyerSetsARequirementAndTheSupplierSubmitsItsEspdWhichTheBuyerReadsAfterTheOpening() {
        JsonObject tender = Tenders.published("TNF", draft -> {
            try (Browser buyer = Browser.open()) {
                buyer.logInAs("kari");
                buyer.go("tendering/tender.xhtml?id=" + draft.getInt("id"));
                buyer.clickText("Kvalifikasjonskrav");
                buyer.click("tabs:qualification:addRequirement");
                buyer.selectOne("tabs:qualification:requirements:0:kind", "Minste årlige omsetning");
                buyer.type("tabs:qualification:requirements:0:text", "Omsetning siste regnskapsår, dokumentert med årsregnskap");
                buyer.replace(buyer.element("tabs:qualification:requirements:0:threshold_input"), "5000000");
                buyer.click("tabs:qualification:saveQualification");
                buyer.waitForText("Kvalifikasjonskravene er lagret.");
                buyer.screenshot("buyer-qualification-requirements");
            }
            return Api.as("kari").get("api/tenders/" + draft.getInt("id")).object();
        });
        long id = tender.getJsonNumber("id").longValue();
        assertThat(tender.getJsonArray("qualificationRequirements").getJsonObject(0).getString("kind"))
                .isEqualTo("MINIMUM_TURNOVER");

        try (Browser supplier = Browser.open()) {
            supplier.logInAs("sandoz");
            supplier.go("supplier/tender.xhtml?id=" + id);
            supplier.waitForText("Minste årlige omsetning");
            SupplierSteps.offerHyrimozOnLotOne(supplier);
            submit(supplier);
            supplier.waitForText("fyll ut egenerklæringen (ESPD)");

            for (int i = 0; i < GROUNDS; i++) {
                choose(supplier, "tabs:offer:grounds:" + i + ":applies", i == 0);
            }
            choose(supplier, "tabs:offer:statements:0:met", true);
            supplier.type("tabs:offer:statements:0:statementText", "31 MNOK i 2025");
            submit(supplier);
            supplier.waitForText("du har svart ja på «Deltakelse i en kriminell organisasjon»");

            supplier.type("tabs:offer:grounds:0:explanation", "Tidligere daglig leder dømt i 2019; fratrådt, nye rutiner.");
            submit(supplier);
            supplier.waitForText("Tilbudet er levert");
            assertThat(supplier.element("tabs:offer:offerStatus").getText()).isEqualTo("Levert");
            supplier.screenshot("supplier-espd-submitted");
        }

        Instant afterDeadline = Instant.parse(tender.getJsonObject("timeline").getString("submissionDeadline")).plusSeconds(60);
        Tenders.at(afterDeadline.toString(), () -> {
            Api.as("kari").post("api/tenders/" + id + "/opening", Json.createObjectBuilder().build());
            Api.as("per").post("api/tenders/" + id + "/opening", Json.createObjectBuilder().build());
            try (Browser buyer = Browser.open()) {
                buyer.logInAs("kari");
                buyer.go("tendering/tender.xhtml?id=" + id);
                buyer.clickText("Tilbud og åpning");
                buyer.waitForText("Kvalifikasjon (ESPD)");
                String table = buyer.css(".lis-qualification").getText();
                assertThat(table).contains("Sandoz", "Merknader: 1", "Ja: vurder avvisning",
                        "Tidligere daglig leder dømt i 2019", "Minste årlige omsetning", "31 MNOK i 2025");
                buyer.screenshot("buyer-qualification-table");
            }
        });
    }

    private static void submit(Browser supplier) {
        supplier.click("tabs:offer:submitOffer");
        supplier.click("tabs:offer:confirmYes");
    }

    /** Clicks "Ja" or "Nei" of the radio pair {@code id}, as a user clicks its label. */
    private static void choose(Browser browser, String id, boolean yes) {
        browser.driver().findElement(By.cssSelector("label[for='" + id + ":" + (yes ? 0 : 1) + "']")).click();
    }
}
