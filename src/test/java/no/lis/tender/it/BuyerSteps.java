package no.lis.tender.it;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What a buyer does in Chromium on the way to a publishable round, as more than one browser test needs it. */
final class BuyerSteps {

    private BuyerSteps() {
    }

    /**
     * From the buyer's overview: plans a TNF round in the phase where generics or biosimilars enter
     * (the category plan's phase 4, an open tender) worth {@code estimatedValue} NOK and lands on its page.
     */
    static void planOpenRound(Browser browser, String reference, String title, String estimatedValue) {
        browser.click("plan");
        browser.type("plan:reference", reference)
                .type("plan:title", title)
                .selectOne("plan:therapeuticAreaId", "Revmatologi")
                .selectOne("plan:specialistGroupId", "TNF")
                .selectOne("plan:marketPhase", "(fase 4)");
        browser.waitForText("Åpent anbud");
        browser.replace(browser.element("plan:estimatedValue_input"), estimatedValue);
        browser.click("plan:create");
        browser.waitForText(reference);
    }

    /** On the tender page: adds the lot "Adalimumab, subkutan" (L04AB04) of {@code volume} DDD. */
    static void addAdalimumabLot(Browser browser, String volume) {
        browser.clickText("Delkontrakter");
        browser.click("tabs:lots:addLot");
        browser.type("tabs:lotForm:title", "Adalimumab, subkutan");
        browser.type("tabs:lotForm:atcCodes_input", "L04AB04");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("li.ui-autocomplete-item[data-item-value='L04AB04']"))).click();
        // the chosen substance's chip in the open dialog, checked for universal design
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='tabs:lotForm:atcCodes'] li.ui-autocomplete-token[data-token-value='L04AB04']")));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("tabs:lotForm:atcCodes_panel")));
        browser.checkAccessibility("the lot dialog with a substance chosen");
        browser.replace(browser.element("tabs:lotForm:volume_input"), volume);
        browser.click("tabs:lotForm:saveLot");
        browser.waitForText("Delkontrakten er lagret.");
    }
}
