package no.lis.tender.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A buyer in Chromium: plans a tender round, adds a lot, sets the weights to 90 % and is told,
 * fixes them, accepts the proposed timeline, publishes, and finds the round under its phase.
 */
@ExtendWith(ArquillianExtension.class)
class BuyerPlansAndPublishesTenderBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void buyerPlansATenderFixesTheWeightsPublishesAndFindsItUnderItsPhase() {
        String reference = "2027-LIS-E2E" + UUID.randomUUID().toString().substring(0, 4).toUpperCase().replace("-", "0") + "-01";
        try (Browser browser = Browser.open()) {
            browser.logInAs("kari");
            assertThat(browser.currentUrl()).contains("/buyer/overview.xhtml");
            browser.waitForText("Anbudsrunder etter markedsfase");

            BuyerSteps.planOpenRound(browser, reference, "Adalimumab 2027–2029 (nettlesertest)", "1500000");
            assertThat(browser.currentUrl()).contains("/tendering/tender.xhtml?id=");

            BuyerSteps.addAdalimumabLot(browser, "1200000");
            browser.screenshot("buyer-lot-saved");

            browser.clickText("Tildelingskriterier");
            browser.replace(browser.css(".lis-criterion-PRICE input[id$='weight_input']"), "45");
            browser.click("tabs:criteria:saveCriteria");
            browser.waitForText("nå er summen 90 %");
            assertThat(browser.element("tabs:criteria:criteria_weights").getText()).contains("90");
            browser.screenshot("buyer-weights-90");

            browser.replace(browser.css(".lis-criterion-PRICE input[id$='weight_input']"), "55");
            browser.click("tabs:criteria:saveCriteria");
            browser.waitForText("Tildelingskriteriene er lagret.");

            browser.clickText("Tidsplan");
            browser.click("tabs:timeline:saveTimeline");
            browser.waitForText("Tidsplanen er lagret.");

            browser.click("actions:publish");
            browser.click("actions:confirmYes");
            browser.waitForText("Anbudsrunden " + reference + " er publisert.");
            assertThat(browser.element("actions:status").getText()).isEqualTo("Publisert");

            browser.go("buyer/overview.xhtml");
            String phaseFour = browser.css(".lis-phase-table-4").getText();
            assertThat(phaseFour).contains(reference).contains("Publisert");
            browser.screenshot("buyer-overview-after-publish");
        }
    }
}
