package no.lis.tender.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import jakarta.json.JsonObject;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The buyer's follow-up pages in a browser: the overview with its lists and savings, the import of
 * a consumption file (refused with its line errors, then accepted with a summary) and the adherence
 * table; other roles are kept out.
 */
@ExtendWith(ArquillianExtension.class)
class FollowUpBrowserIT {

    private static final String HEADER = "helseforetak;varenummer;maaned;pakninger\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static String file(String content) throws IOException {
        Path file = Files.createTempFile("forbruk", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file.toAbsolutePath().toString();
    }

    @Test
    void theBuyerSeesTheFollowUpOverview() {
        try (Browser browser = Browser.open()) {
            browser.logInAs("kari").go("agreements/follow-up.xhtml");

            browser.waitForText("Oppfølging av avtaler");
            assertThat(browser.text()).contains("Avtaler som utløper innen 12 måneder", "Patenter som utløper",
                    "Besparelser mot maksimalpris").doesNotContain("Exception");
        }
    }

    @Test
    void aRefusedFileListsItsLineErrorsAndAGoodFileIsImportedWithASummary() throws IOException {
        try (Browser browser = Browser.open()) {
            browser.logInAs("kari").go("agreements/adherence.xhtml");
            browser.waitForText("Etterlevelse per helseforetak og terapiområde");
            assertThat(browser.text()).as("the demo consumption").contains("Helse Bergen HF");

            browser.driver().findElement(By.id("consumptionUpload:file_input")).sendKeys(file(HEADER
                    + "Helse Møre og Romsdal HF;183264;2019-09;10\nHelse Møre og Romsdal HF;18326;2019-09;4\n"));
            browser.click("consumptionUpload:importFile");
            browser.waitForText("Ingenting er importert");
            assertThat(browser.element("lineErrors").getText()).contains("3").contains("18326");

            browser.driver().findElement(By.id("consumptionUpload:file_input")).sendKeys(file(HEADER
                    + "Helse Møre og Romsdal HF;183264;2019-09;10\n"));
            browser.click("consumptionUpload:importFile");
            browser.waitForText("Filen er importert.");
            assertThat(browser.text()).contains("1 linjer").doesNotContain("Ingenting er importert");
        }
    }

    @Test
    void aSupplierIsKeptOutOfTheFollowUpPages() {
        try (Browser browser = Browser.open()) {
            browser.logInAs("sandoz").go("agreements/follow-up.xhtml");
            browser.waitForText("Ingen tilgang");
            browser.go("agreements/adherence.xhtml");
            browser.waitForText("Ingen tilgang");
        }
    }

    @Test
    void aSupplierReportsStockBelowTheCoverTheBuyerSeesItRecordsAShortageAndTerminatesTheAgreement() {
        JsonObject award = Awards.lettersIssued();
        JsonObject agreement = Awards.concluded(award);
        String page = "agreements/agreement.xhtml?id=" + agreement.getJsonNumber("id");
        String reference = agreement.getString("tenderReference");
        JsonObject line = agreement.getJsonArray("lines").getJsonObject(0);
        DateTimeFormatter norwegian = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        LocalDate start = LocalDate.parse(agreement.getString("start"));
        try (Browser buyer = Browser.open()) {
            buyer.logInAs("kari").go(page);
            buyer.waitForText(line.getString("productName"));
            buyer.replace(buyer.element("supply:coverMonths_input"), "6");
            buyer.click("supply:saveCover");
            buyer.waitForText("6 måneders normalt forbruk");
        }
        try (Browser supplier = Browser.open()) {
            supplier.logInAs("sandoz").go("supplier/stock.xhtml");
            supplier.waitForText(reference);
            supplier.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath("//tr[contains(., '" + reference
                    + "')]//button[contains(@id, ':report')]"))).click();
            supplier.replace(supplier.element("stock:countedOn_input"), LocalDate.now(ZoneId.of("Europe/Oslo")).format(norwegian));
            supplier.replace(supplier.element("stock:packsInStock_input"), "400");
            supplier.replace(supplier.element("stock:monthsOfStock_input"), "2,5");
            supplier.click("stock:send");
            supplier.waitForText("måneder er rapportert.");
            assertThat(supplier.text()).as("no price on the supplier's page").doesNotContain(" kr");
        }
        try (Browser buyer = Browser.open()) {
            buyer.logInAs("kari").go("agreements/follow-up.xhtml");
            buyer.waitForText("Lager under avtalt dekning");
            assertThat(buyer.element("stockBelowCover").getText()).contains(reference).contains("Sandoz AS");

            // issue 16 item 5: the kick-off meeting with a trust, by default 14 days before the start
            buyer.click("toKickOffs");
            buyer.waitForText("Planlegg oppstartsmøte");
            buyer.selectOne("plan:agreementId", reference);
            buyer.selectOne("plan:hospitalTrust", "Helse Bergen HF");
            buyer.type("plan:participants", "Sykehusapoteket Bergen, overlege revmatologi");
            buyer.type("plan:changeoverPlan", "Bruk opp lageret, bestill fra avtalestart.");
            buyer.click("plan:planMeeting");
            buyer.waitForText("Oppstartsmøtet med Helse Bergen HF er planlagt.");
            assertThat(buyer.element("kickOffs:meetings").getText()).contains(reference).contains("Helse Bergen HF")
                    .contains(start.minusDays(14).format(norwegian));

            buyer.go(page);
            buyer.waitForText("Under avtalt dekning");
            buyer.selectOne("supply:varenummer", line.getString("varenummer"));
            buyer.type("supply:substitute", "Amgevita 40 mg penn");
            buyer.replace(buyer.element("supply:substituteCost_input"), "12500,50");
            // the dates open their calendar from its button only: a calendar that opened when the tab reached the
            // last day covered the button below it
            buyer.replace(buyer.element("supply:from_input"), start.format(norwegian));
            buyer.click("supply:addShortage");
            buyer.waitForText("Mangelen på " + line.getString("varenummer") + " er registrert.");
            assertThat(buyer.element("supply:shortages").getText()).contains("Amgevita 40 mg penn").contains("500,50")
                    .contains("pågår");

            buyer.click("supply:shortages:0:endShortage");
            buyer.replace(buyer.element("shortageEnd:to_input"), start.plusDays(10).format(norwegian));
            buyer.click("shortageEnd:confirmEnd");
            buyer.waitForText("Mangelen på " + line.getString("varenummer") + " er avsluttet med "
                    + start.plusDays(10).format(norwegian) + " som siste dag.");
            assertThat(buyer.element("supply:shortages").getText()).doesNotContain("pågår")
                    .contains(start.plusDays(10).format(norwegian));
            assertThat(buyer.text()).as("the supplier's history").contains("Mangelhistorikk per leverandør");

            buyer.click("head:terminate");
            buyer.replace(buyer.element("termination:lastDay_input"), start.plusMonths(1).format(norwegian));
            buyer.type("termination:reason", "Leverandøren kan ikke levere.");
            buyer.click("termination:confirmTermination");
            buyer.click("termination:confirmYes");
            buyer.waitForText("Avtalen er sagt opp med " + start.plusMonths(1).format(norwegian) + " som siste dag.");
            assertThat(buyer.element("head:terminated").getText()).contains(start.plusMonths(1).format(norwegian));
        }
    }
}
