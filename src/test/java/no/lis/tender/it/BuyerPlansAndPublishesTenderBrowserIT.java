package no.lis.tender.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A buyer in Chromium: plans a tender round, adds a lot, sets the weights to 90 % and is told,
 * fixes them, tries to publish and is told on which tab and in which field each date is missing,
 * finds the proposed dates marked as not saved, saves them, publishes, and finds the round under its phase.
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

            // planning with nothing filled in: each refusal names its field
            browser.click("plan");
            browser.click("plan:create");
            browser.waitForText("Tittel: Feltet må fylles ut.");
            assertThat(browser.text()).contains("Terapiområde: Feltet må fylles ut.").doesNotContain("\nFeltet må fylles ut.");
            browser.go("buyer/overview.xhtml");

            BuyerSteps.planOpenRound(browser, reference, "Adalimumab 2027–2029 (nettlesertest)", "1500000");
            assertThat(browser.currentUrl()).contains("/tendering/tender.xhtml?id=");

            // an empty lot: the dialog's refusals name the tab and the field
            browser.clickText("Delkontrakter");
            browser.click("tabs:lots:addLot");
            browser.click("tabs:lotForm:saveLot");
            // (waitForText checks the page with the open dialog and its substances field for universal design)
            browser.waitForText("Fanen Delkontrakter – Tittel: Feltet må fylles ut.");
            assertThat(browser.element("tabs:lotForm:lotMessages").getText()).doesNotContain("\nFeltet må fylles ut.")
                    .doesNotStartWith("Feltet må fylles ut.");
            assertThat(browser.css("[id='tabs:lotForm:atcCodes'] > ul").getAttribute("aria-label"))
                    .as("a screen reader names the chosen substances' list by the field's label").isEqualTo("Virkestoffer (ATC)");
            browser.css("[id='tabs:lotDialog'] .ui-dialog-titlebar-close").click();
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("tabs:lotDialog")));
            BuyerSteps.addAdalimumabLot(browser, "1200000");
            browser.screenshot("buyer-lot-saved");

            browser.clickText("Tildelingskriterier");
            browser.replace(browser.css(".lis-criterion-PRICE input[id$='weight_input']"), "45");
            browser.click("tabs:criteria:saveCriteria");
            browser.waitForText("Fanen Tildelingskriterier – Sum vekter: Vektene må summere til 100 %; nå er summen 90 %.");
            assertThat(browser.element("tabs:criteria:criteria_weights").getText()).contains("90");
            browser.screenshot("buyer-weights-90");

            browser.replace(browser.css(".lis-criterion-PRICE input[id$='weight_input']"), "55");
            browser.click("tabs:criteria:saveCriteria");
            browser.waitForText("Tildelingskriteriene er lagret.");

            // publishing before the proposed timeline is saved: each reason names its tab and its field
            browser.click("actions:publish");
            browser.click("actions:confirmYes");
            browser.waitForText("Fanen Tidsplan – Frist for spørsmål: Feltet må fylles ut.");
            assertThat(browser.text()).contains("Fanen Tidsplan – Tilbudsfrist: Feltet må fylles ut.",
                    "Fanen Tidsplan – Avtaleslutt: Feltet må fylles ut.").doesNotContain("\nFeltet må fylles ut.");
            assertThat(browser.element("actions:status").getText()).isEqualTo("Utkast");
            browser.screenshot("buyer-publish-refused-names-tabs");

            // the proposed dates are marked as not saved until the buyer saves them
            browser.clickText("Tidsplan");
            assertThat(browser.element("tabs:timeline:timeline_submissionDeadline_input").getAttribute("value")).isNotBlank();
            assertThat(browser.element("tabs:timeline:timeline_submissionDeadline_proposal").getText()).isEqualTo("Forslag – ikke lagret");
            assertThat(browser.element("tabs:timeline:proposalNotice").getText()).contains("ikke lagret");
            browser.checkAccessibility("the timeline with unsaved proposals");
            // Faces' own message for a value that is no date names the tab too
            String proposedEnd = browser.element("tabs:timeline:timeline_agreementEnd_input").getAttribute("value");
            browser.replace(browser.element("tabs:timeline:timeline_agreementEnd_input"), "abc");
            browser.click("tabs:timeline:saveTimeline");
            assertThat(browser.css("[id='tabs:timeline'] .ui-message-error").getText()).startsWith("Fanen Tidsplan – Avtaleslutt");
            browser.replace(browser.element("tabs:timeline:timeline_agreementEnd_input"), proposedEnd);
            browser.click("tabs:timeline:saveTimeline");
            browser.waitForText("Tidsplanen er lagret.");
            assertThat(browser.driver().findElements(By.cssSelector("[id='tabs:timeline'] .lis-proposal"))).as("saved: no proposal left")
                    .isEmpty();

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
