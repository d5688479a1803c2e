package no.lis.tender.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: the buyer's tender page renders only its open tab. A buyer in Chromium opens a draft and gets the
 * details tab's form and none of the other tabs'; she opens the timeline, whose form comes then, saves it and
 * stays on it, also through a reload (the address names the tab); the tab she opens next is the one a post
 * without Ajax (the language switch) shows again; a link that names the lots tab opens that one.
 */
@ExtendWith(ArquillianExtension.class)
class TenderTabsBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theTenderPageRendersOnlyItsOpenTabAndKeepsTheTabSheOpenedThroughASave() {
        long id = Api.as("kari").post("api/tenders", Tenders.plan(Tenders.newReference(), 4)).object()
                .getJsonNumber("id").longValue();
        try (Browser browser = Browser.open()) {
            browser.logInAs("kari");
            browser.go("tendering/tender.xhtml?id=" + id);
            assertThat(browser.element("tabs:details:title").getAttribute("value")).startsWith("Testanbud");
            assertThat(rendered(browser, "tabs:timeline")).as("the timeline's form is not in the page").isFalse();
            assertThat(rendered(browser, "tabs:lots")).as("nor the lots' table").isFalse();
            assertThat(rendered(browser, "tabs:criteria")).as("nor the criteria's form").isFalse();

            browser.clickText("Tidsplan");
            browser.click("tabs:timeline:saveTimeline"); // there once the tab's content has come
            browser.waitForText("Tidsplanen er lagret.");
            assertThat(openTab(browser)).as("the save keeps her on the tab").isEqualTo("timelineTab");
            assertThat(browser.element("tabs:timeline:saveTimeline").isDisplayed()).isTrue();
            assertThat(browser.currentUrl()).as("the address names the tab").contains("tab=timeline");
            assertThat(rendered(browser, "tabs:lots")).as("a tab never opened is still not rendered").isFalse();

            browser.driver().navigate().refresh();
            assertThat(browser.element("tabs:timeline:saveTimeline").isDisplayed()).as("a reload keeps the tab").isTrue();
            assertThat(openTab(browser)).isEqualTo("timelineTab");

            browser.clickText("Kvalifikasjonskrav");
            browser.element("tabs:qualification:addRequirement");
            browser.click("nav:lang-en"); // a post without Ajax: the whole page anew
            browser.waitForText("Log out");
            assertThat(openTab(browser)).as("the page comes back on the tab she opened").isEqualTo("qualificationTab");
            assertThat(browser.element("tabs:qualification:addRequirement").isDisplayed()).isTrue();
            assertThat(rendered(browser, "tabs:timeline")).as("and renders only that one").isFalse();
            browser.click("nav:lang-nb");
            browser.waitForText("Logg ut");

            browser.go("tendering/tender.xhtml?id=" + id + "&tab=lots");
            assertThat(browser.element("tabs:lots:addLot").isDisplayed()).as("a link opens the tab it names").isTrue();
            assertThat(openTab(browser)).isEqualTo("lotsTab");
            assertThat(rendered(browser, "tabs:details")).isFalse();
        }
    }

    private static boolean rendered(Browser browser, String id) {
        return !browser.driver().findElements(By.id(id)).isEmpty();
    }

    /** The id of the tab whose header is selected. */
    private static String openTab(Browser browser) {
        String href = browser.css(".ui-tabs-header.ui-tabs-selected a").getAttribute("href");
        return href.substring(href.lastIndexOf(':') + 1);
    }
}
