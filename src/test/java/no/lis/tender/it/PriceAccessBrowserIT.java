package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;
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

        // the grant's last day is 12 months from today by default; the hourly run ends it the day after
        Api admin = Api.as("admin");
        try {
            Api.Reply moved = admin.put("api/test/clock?now=" + LocalDate.now(ZoneId.of("Europe/Oslo")).plusMonths(12)
                    .plusDays(2) + "T08:00:00Z", JsonValue.EMPTY_JSON_OBJECT);
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
            Api.Reply expiry = admin.post("api/price-access/expiry", JsonValue.EMPTY_JSON_OBJECT);
            assertThat(expiry.status()).as(expiry.toString()).isEqualTo(200);

            try (Browser pharmacist = Browser.open()) {
                pharmacist.logInAs(username, PASSWORD);
                assertThat(pharmacist.text()).as("no priced edition once the access has ended")
                        .doesNotContain("Anbefalinger med priser");
                pharmacist.go("pricing/home.xhtml");
                assertThat(pharmacist.text()).doesNotContain("Revmatologi");
                pharmacist.go("account/price-access.xhtml");
                assertThat(pharmacist.element("mine").getText()).contains("Helse Bergen HF").contains("Utløpt");
            }
        } finally {
            admin.delete("api/test/clock");
        }
    }
}
