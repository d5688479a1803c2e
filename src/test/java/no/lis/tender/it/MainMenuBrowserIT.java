package no.lis.tender.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: the main menu of the page template, a list of links in which a group opens below its label, by
 * mouse and by keyboard, one group at a time, and closes with Escape.
 */
@ExtendWith(ArquillianExtension.class)
class MainMenuBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theBuyerOpensAGroupAndFollowsALinkInItAndTheKeyboardOpensAndClosesTheOther() {
        try (Browser browser = Browser.open()) {
            browser.logInAs("kari");
            WebElement agreements = browser.element("nav-nav-agreements");
            WebElement catalogue = browser.element("nav-nav-catalogue");
            assertThat(browser.driver().findElement(By.id("nav-followUp-title")).isDisplayed()).isFalse();

            browser.css("#nav-nav-agreements > summary").click();
            assertThat(agreements.getAttribute("open")).isNotNull();
            browser.css("#nav-nav-catalogue > summary").click();
            assertThat(catalogue.getAttribute("open")).as("the catalogue opened").isNotNull();
            assertThat(agreements.getAttribute("open")).as("the other group closed").isNull();

            WebElement summary = browser.css("#nav-nav-catalogue > summary");
            summary.sendKeys(Keys.ESCAPE);
            assertThat(catalogue.getAttribute("open")).as("Escape closed it").isNull();
            assertThat(browser.driver().switchTo().activeElement()).isEqualTo(summary);
            summary.sendKeys(Keys.ENTER);
            assertThat(catalogue.getAttribute("open")).as("Enter opened it").isNotNull();
            browser.click("nav-nav-substances");
            browser.waiting().until(ExpectedConditions.urlContains("/catalogue/substances.xhtml"));
            browser.checkAccessibility("the substances, reached through the menu");

            browser.css("#nav-nav-agreements > summary").click();
            browser.click("nav-followUp-title");
            browser.waiting().until(ExpectedConditions.urlContains("/agreements/follow-up.xhtml"));
        }
    }

    @Test
    void aSupplierSeesHerOwnLinksAndNoBuyersGroup() {
        try (Browser browser = Browser.open()) {
            browser.logInAs("sandoz");
            assertThat(browser.driver().findElements(By.cssSelector("nav .lis-menu-group"))).isEmpty();
            assertThat(browser.element("nav-nav-colleagues").getText()).isEqualTo("Kolleger");
            assertThat(browser.driver().findElements(By.id("nav-nav-tenders"))).isEmpty();
        }
    }
}
