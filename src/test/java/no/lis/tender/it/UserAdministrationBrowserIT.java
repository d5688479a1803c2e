package no.lis.tender.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator in Chromium makes a buyer on the users page (after a refusal that names the
 * fields), sees her in the list, and deactivates her after confirming; the new buyer cannot log in.
 */
@ExtendWith(ArquillianExtension.class)
class UserAdministrationBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theAdministratorMakesABuyerAndDeactivatesHerAfterConfirming() {
        String username = "ola-" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = Browser.open()) {
            browser.logInAs("admin");
            browser.clickText("Brukere");
            browser.waitForText("Alle brukere med roller");

            browser.click("list:newUser");
            browser.type("userForm:username", username);
            browser.type("userForm:fullName", "Ola Innkjøper");
            browser.type("userForm:email", "ola");
            browser.type("userForm:password", "kort");
            browser.click("userForm:create");
            browser.waitForText("E-postadressen må ha formen");
            assertThat(browser.text()).contains("Passordet må ha minst 12 tegn.").contains("En bruker må ha minst én rolle.");
            browser.screenshot("users-refused");

            browser.type("userForm:email", username + "@example.org");
            browser.type("userForm:password", "Et langt nok passord for Ola");
            browser.driver().findElement(By.xpath("//label[normalize-space()='Innkjøper' and starts-with(@for, 'userForm:roles')]"))
                    .click();
            browser.click("userForm:create");
            browser.waitForText("Brukeren " + username + " er opprettet.");

            WebElement row = row(browser, username);
            assertThat(row.getText()).contains("Ola Innkjøper").contains("Innkjøper").contains("Aldri").contains("Aktiv");
            row.findElement(By.xpath(".//button[contains(@id, ':deactivate')]")).click();
            browser.click("list:confirmYes");
            browser.waitForText("Brukeren " + username + " er deaktivert.");
            assertThat(row(browser, username).getText()).contains("Deaktivert");
            browser.screenshot("users-deactivated");
        }
        assertThat(Api.as(username, "Et langt nok passord for Ola").get("api/me/tokens").status()).isEqualTo(401);
    }

    private static WebElement row(Browser browser, String username) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody[@id='list:users_data']/tr[td[normalize-space()='" + username + "']]")));
    }
}
