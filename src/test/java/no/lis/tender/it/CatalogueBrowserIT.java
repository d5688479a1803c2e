package no.lis.tender.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue's pages in Chromium, as the buyer Kari: finding biosimilars, registering a supplier. */
@ExtendWith(ArquillianExtension.class)
class CatalogueBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aBuyerFindsTheOriginatorAndBiosimilarsOfASubstance() {
        try (Browser browser = Browser.open()) {
            browser.logInAs("kari").go("catalogue/products.xhtml").waitForText("Enbrel");

            browser.type("list:text", "adalimumab");
            browser.waiting().until(d -> !d.findElement(By.id("list:products")).getText().contains("Enbrel"));

            String table = browser.element("list:products").getText();
            assertThat(table).contains("Humira", "Amgevita", "Hyrimoz", "AbbVie AS", "Originalpreparat",
                    "Biotilsvarende legemiddel", "L04AB04", "27,5862", "354,54");
            browser.screenshot("catalogue-products-adalimumab");
        }
    }

    @Test
    void aSupplierWithAWrongCheckDigitIsShownTheRightOneBesideTheField() {
        String valid = CatalogueResourceIT.newOrganisationNumber();
        int checkDigit = valid.charAt(8) - '0';
        String wrong = valid.substring(0, 8) + (checkDigit + 1) % 10;
        String name = "Fjordlegemidler " + ThreadLocalRandom.current().nextInt(100_000) + " AS";

        try (Browser browser = Browser.open()) {
            // other ITs add suppliers, so the first page of the list need not show a demo supplier
            browser.logInAs("kari").go("catalogue/suppliers.xhtml").click("list:newSupplier");
            browser.type("supplierForm:name", name)
                    .type("supplierForm:organisationNumber", wrong)
                    .type("supplierForm:contactEmail", "anbud@fjordlegemidler.example")
                    .click("supplierForm:save");

            browser.waiting().until(d -> d.findElement(By.id("supplierForm:organisationNumber_message")).getText()
                    .contains("kontrollsiffer"));
            assertThat(browser.element("supplierForm:organisationNumber_message").getText())
                    .contains("siste siffer skal være " + checkDigit);
            assertThat(browser.element("supplierForm:name").getAttribute("value")).isEqualTo(name);
            browser.screenshot("catalogue-supplier-check-digit");

            browser.type("supplierForm:organisationNumber", valid).click("supplierForm:save");
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("supplierDialog")));
            browser.waitForText("Leverandøren " + name + " er registrert.");

            browser.type("list:text", name);
            String formatted = valid.substring(0, 3) + " " + valid.substring(3, 6) + " " + valid.substring(6);
            browser.waiting().until(d -> {
                String table = d.findElement(By.id("list:suppliers")).getText().replace('\u00a0', ' ');
                return table.contains(name) && table.contains(formatted);
            });
            browser.screenshot("catalogue-supplier-registered");
        }
    }
}
