package no.lis.tender.it;

import jakarta.json.JsonObject;
import no.lis.tender.tendering.domain.Timeline;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: the buyer awards an evaluated tender's lot, issues the letters, records and resolves
 * a complaint, concludes the framework agreement once the standstill is over and exercises its
 * first option; the winning supplier downloads its letter.
 */
@ExtendWith(ArquillianExtension.class)
class AwardBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theBuyerAwardsIssuesLettersConcludesAfterTheStandstillAndTheWinnerReadsItsLetter() {
        JsonObject award = Awards.evaluated();
        int tenderId = award.getInt("tenderId");
        String reference = award.getString("tenderReference");
        String page = "agreements/award.xhtml?tender=" + tenderId;

        try (Browser buyer = Browser.open()) {
            buyer.logInAs("kari");
            buyer.go(page);
            buyer.waitForText("Sandoz AS");
            buyer.css("[id='award:markets:0:candidates:0:choose'] .ui-chkbox-box").click();
            buyer.click("award:markets:0:saveAward");
            buyer.waitForText("tildelt.");
            buyer.click("standstill:issue");
            buyer.click("standstill:confirmYes");
            buyer.waitForText("tildelingsbrev er sendt");
            buyer.waitForText("Karensperioden løper til og med");

            String today = LocalDate.now(ZoneId.of("Europe/Oslo")).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
            assertThat(buyer.element("complaint:filedOn_input").getAttribute("value")).as("today is proposed")
                    .isEqualTo(today);
            buyer.type("complaint:description", "AbbVie klager på poengene for kvalitet.");
            buyer.click("complaint:record");
            buyer.waitForText("Klagen er registrert. Den suspenderer ikke karensperioden");
            assertThat(buyer.element("standstill").getText()).as("an ordinary complaint does not suspend")
                    .doesNotContain("suspendert");

            buyer.driver().findElement(By.xpath("//input[@id='complaint:kind:1']/ancestor::div[contains(concat(' ', "
                    + "normalize-space(@class), ' '), ' ui-radiobutton ')][1]//div[contains(@class, 'ui-radiobutton-box')]"))
                    .click();
            buyer.waiting().until(d -> d.findElement(By.id("complaint:kind:1")).isSelected());
            buyer.type("complaint:description", "AbbVie har begjært midlertidig forføyning i Oslo tingrett.");
            buyer.click("complaint:record");
            buyer.waitForText("Begjæringen er registrert");
            buyer.waitForText("Karensperioden er suspendert: en begjæring om midlertidig forføyning");
            buyer.click("complaint:complaints:1:resolve");
            buyer.type("resolveForm:resolution", "Tingretten tok ikke begjæringen til følge.");
            buyer.click("resolveForm:saveResolution");
            buyer.waitForText("registrert som avgjort");
        }

        LocalDate end = LocalDate.parse(Api.as("kari").get(Awards.path(tenderId)).object().getString("standstillEnd"));
        Tenders.at(Timeline.atOslo(end.plusDays(1).atTime(9, 0)).toString(), () -> {
            try (Browser buyer = Browser.open()) {
                buyer.logInAs("kari");
                buyer.go(page);
                buyer.click("award:markets:0:conclude");
                assertThat(buyer.css("[id='concludeForm:prices'] input").getAttribute("value")).isEqualTo("183264");
                buyer.click("concludeForm:saveAgreement");
                buyer.waitForText("er inngått");

                buyer.go("agreements/agreements.xhtml");
                buyer.css("[id='agreements:all'] .ui-toggleswitch-slider").click();
                buyer.waitForText(reference);
                String row = "//tr[contains(., '" + reference + "')]//button[contains(@id, ':exercise')]";
                buyer.driver().findElement(By.xpath(row)).click();
                buyer.waitForText("er utløst");
            }
        });

        try (Browser sandoz = Browser.open()) {
            sandoz.logInAs("sandoz");
            sandoz.go("supplier/letters.xhtml");
            sandoz.waitForText(reference);
            byte[] pdf = sandoz.download(sandoz.element("download-" + tenderId).getAttribute("href"));
            assertThat(new String(pdf, 0, 4)).isEqualTo("%PDF");
        }
    }
}
