package no.lis.tender.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
}
