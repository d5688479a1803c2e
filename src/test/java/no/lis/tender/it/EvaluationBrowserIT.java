package no.lis.tender.it;

import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: a member of the specialist group declares impartiality and scores both offers
 * without seeing prices; the buyer sees whom she still waits for, qualifies the offers, sets one
 * consensus by hand and accepts the mean for the rest in one step, ranks, sees the ranking and the
 * chart of the lot; the other member submits after the ranking (through the API), and the buyer is
 * told that the ranking is out of date, ranks again and downloads the report.
 */
@ExtendWith(ArquillianExtension.class)
class EvaluationBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void twoMembersScoreTheBuyerSetsConsensusRanksAndDownloadsTheReport() throws IOException {
        JsonObject tender = Evaluations.opened();
        long id = tender.getJsonNumber("id").longValue();
        String reference = tender.getString("reference");

        scoreBothOffers("ingrid", reference, 7);

        try (Browser buyer = Browser.open()) {
            buyer.logInAs("kari");
            buyer.go("evaluation/tender.xhtml?id=" + id);
            buyer.waitForText("Kvalifisering");
            assertThat(buyer.element("tabs:qualification:offers").getText()).as("lot names and prices, not [1]")
                    .contains("1: Adalimumab – 7 650,00 kr per pakning").doesNotContain("[");
            assertThat(buyer.element("pricesForm:waitingFor").getText()).as("Lars has not submitted his scores")
                    .isEqualTo("Venter på: Lars Moe");
            for (int row = 0; row < 2; row++) {
                buyer.click("tabs:qualification:offers:" + row + ":decide");
                buyer.element("tabs:qualificationForm:saveDecision");
                buyer.click("tabs:qualificationForm:saveDecision");
                buyer.waitForText("er kvalifisert");
            }

            buyer.clickText("Fremdrift");
            buyer.waitForText("Ingrid Berg");
            assertThat(buyer.element("tabs:progress:members").getText()).contains("2 / 2");

            buyer.clickText("Konsensus");
            buyer.element("tabs:consensus:lines"); // the tab's content comes when it is first opened
            List<WebElement> lines = buyer.driver().findElements(By.cssSelector("[id$=':consensusValue']"));
            assertThat(lines).hasSizeGreaterThan(1);
            buyer.click("tabs:consensus:lines:0:setConsensus");
            buyer.element("tabs:consensusForm:saveConsensus");
            buyer.replace(buyer.element("tabs:consensusForm:value_input"), "6");
            buyer.click("tabs:consensusForm:saveConsensus");
            buyer.waitForText("Skriv en merknad når konsensus avviker fra gjennomsnittet");
            buyer.type("tabs:consensusForm:note", "Gruppen la mer vekt på leveringshistorikken.");
            buyer.click("tabs:consensusForm:saveConsensus");
            buyer.waiting().until(d -> !d.findElement(By.id("tabs:consensus:lines:0:consensusValue")).getText().isBlank());
            buyer.click("tabs:consensus:acceptAllMeans");
            buyer.waitForText("Gjennomsnittet er godtatt som konsensus for " + (lines.size() - 1) + " linjer.");
            assertThat(buyer.driver().findElements(By.cssSelector("[id$=':consensusValue']")))
                    .as("every line agreed in one step, the one set by hand kept").extracting(WebElement::getText)
                    .containsOnly("6", "7").containsOnlyOnce("6");
            assertThat(buyer.driver().findElements(By.id("tabs:consensus:acceptAllMeans"))).as("nothing left to accept").isEmpty();

            buyer.clickText("Rangering");
            buyer.click("tabs:rankingForm:rank");
            buyer.waitForText("Rangeringen er beregnet: 1 delkontrakter rangert, 0 venter");
            assertThat(buyer.driver().findElements(By.id("tabs:rankingForm:rankingOutOfDate"))).isEmpty();
            assertThat(buyer.element("tabs:rankingForm:ranking").getText()).as("the lot by name, the winner's price")
                    .contains("1: Adalimumab").contains("kr per pakning");
            buyer.css("#tabs\\:rankingForm\\:ranking .ui-row-toggler").click();
            WebElement chart = buyer.css("#tabs\\:rankingForm\\:ranking canvas");
            assertThat(chart.getSize().getHeight()).isPositive();
            buyer.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("tabs:rankingForm:ranking"), "per DDD"));
            assertThat(buyer.element("tabs:rankingForm:ranking").getText()).contains("Sandoz").contains("AbbVie");
            buyer.screenshot("buyer-evaluation-ranking");

            // Lars submits his scores after the ranking: the buyer is told that it is out of date
            Evaluations.scoreAndSubmitEveryOffer(Api.as("lars"), tender, 8);
            buyer.go("evaluation/tender.xhtml?id=" + id);
            buyer.waitForText("Kvalifisering");
            assertThat(buyer.driver().findElements(By.id("pricesForm:waitingFor"))).as("nobody left to wait for").isEmpty();
            buyer.clickText("Rangering");
            buyer.waitForText("Rangeringen er utdatert");
            buyer.click("tabs:rankingForm:rank");
            buyer.waitForText("Rangeringen er beregnet");
            assertThat(buyer.driver().findElements(By.id("tabs:rankingForm:rankingOutOfDate"))).as("ranked again").isEmpty();

            byte[] report = buyer.download(buyer.element("report").getAttribute("href"));
            try (PDDocument pdf = Loader.loadPDF(report)) {
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text).contains(reference).contains("Gruppen la mer vekt på leveringshistorikken.")
                        .contains("Vurdert til 7");
            }
        }
    }

    /** A member declares impartiality and scores and submits both offers, every sub-criterion {@code value}. */
    private static void scoreBothOffers(String member, String reference, int value) {
        try (Browser browser = Browser.open()) {
            browser.logInAs(member);
            browser.waitForText(reference);
            browser.driver().findElement(By.linkText(reference)).click();
            browser.click("declarationForm:declare");
            browser.click("declarationForm:confirmYes");
            browser.waitForText("Velg om du er habil eller inhabil.");
            assertThat(browser.text()).as("nothing is preselected, nothing registered").doesNotContain("Habilitetserklæringen er registrert");
            browser.driver().findElement(By.xpath("//label[normalize-space()='Jeg har ingen bindinger til leverandørene og er habil']"))
                    .click();
            browser.click("declarationForm:declare");
            browser.click("declarationForm:confirmYes");
            browser.waitForText("Habilitetserklæringen er registrert");
            assertThat(browser.text()).contains("uten å se priser").doesNotContain("7 650").doesNotContain("9 100");
            for (int offer = 0; offer < 2; offer++) {
                browser.click("offersForm:offers:" + offer + ":select");
                browser.element("scoreForm:save");
                if (offer == 0) {
                    // a score left empty: the refusal names the sub-criterion it belongs to
                    String label = browser.driver().findElement(By.cssSelector("label[for^='scoreForm:rows:0:value']")).getAttribute("textContent").strip();
                    browser.click("scoreForm:save");
                    browser.waitForText(label + ": Feltet må fylles ut.");
                    assertThat(label).startsWith("Poengsum: ").isNotEqualTo("Poengsum: ");
                }
                List<WebElement> values = browser.driver().findElements(By.cssSelector("input[id$=':value_input']"));
                for (int row = 0; row < values.size(); row++) {
                    browser.replace(browser.element("scoreForm:rows:" + row + ":value_input"), String.valueOf(value));
                    browser.type("scoreForm:rows:" + row + ":justification", "Vurdert til " + value);
                }
                browser.click("scoreForm:save");
                browser.waitForText("er lagret som utkast");
                browser.click("scoreForm:submit");
                browser.click("scoreForm:confirmYes");
                browser.waitForText("er levert.");
                browser.element("scoreForm:others");
            }
            browser.screenshot(member + "-scores-submitted");
        }
    }
}
