package no.lis.tender.it;

import jakarta.json.Json;
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
 * In Chromium: a hospital pharmacist asks for priced access for her trust on her page; the buyer
 * grants it on the list of requests; at her next login the pharmacist has the priced
 * recommendations in her menu and opens them.
 */
@ExtendWith(ArquillianExtension.class)
class PriceAccessBrowserIT {

    private static final String PASSWORD = "Et langt nok passord for testen";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void thePharmacistAsksTheBuyerGrantsAndAtHerNextLoginSheReadsThePricedRecommendations() {
        String username = "apotek-" + UUID.randomUUID().toString().substring(0, 6);
        Api.Reply made = Api.as("admin").post("api/users", Json.createObjectBuilder().add("username", username)
                .add("fullName", "Siv Farmasøyt").add("email", username + "@sykehus.example")
                .add("roles", Json.createArrayBuilder().add("SPECIALIST")).add("password", PASSWORD).build());
        assertThat(made.status()).as(made.toString()).isEqualTo(201);

        try (Browser pharmacist = Browser.open()) {
            pharmacist.logInAs(username, PASSWORD);
            pharmacist.clickText("Be om prisinnsyn");
            pharmacist.click("ask:request");
            pharmacist.waitForText("Feltet må fylles ut.");
            pharmacist.selectOne("ask:hospitalTrust", "Helse Bergen HF");
            pharmacist.type("ask:reason", "Sykehusapoteket skal beregne besparelser ved bytte");
            pharmacist.click("ask:request");
            pharmacist.waitForText("Forespørselen om prisinnsyn for Helse Bergen HF er sendt.");
            assertThat(pharmacist.element("mine").getText()).contains("Helse Bergen HF").contains("Til behandling");
        }

        try (Browser buyer = Browser.open()) {
            buyer.logInAs("kari");
            buyer.clickText("Prisinnsyn: forespørsler");
            WebElement row = buyer.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//tbody[@id='list:accesses_data']/tr[contains(., '" + username + "')]")));
            row.findElement(By.xpath(".//button[contains(@id, ':decide')]")).click();
            buyer.click("decisionForm:grant");
            buyer.waitForText("Siv Farmasøyt har fått prisinnsyn for Helse Bergen HF.");
            assertThat(buyer.driver().findElement(By.xpath("//tbody[@id='list:accesses_data']/tr[contains(., '"
                    + username + "')]")).getText()).contains("Innvilget");
            buyer.screenshot("price-access-granted");
        }

        try (Browser pharmacist = Browser.open()) {
            pharmacist.logInAs(username, PASSWORD);
            pharmacist.clickText("Anbefalinger med priser");
            assertThat(pharmacist.element("recommendations").getText()).contains("Revmatologi");
        }
    }
}
