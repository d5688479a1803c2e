package no.lis.tender.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A buyer's phase-1 negotiation in a browser: she opens a case from the list (the received date she
 * types reaches the case's clock), enters the supplier's offer, sees that its ICER is above the
 * willingness to pay and the highest net price that meets it with the computation, enters a second
 * offer within it, and agrees: the direct agreement is made. She gives it a managed-entry agreement
 * with a volume tier, consumption above the tier is imported, and the follow-up shows the tier's
 * effect. The demo's cases are in the list; other roles are kept out.
 */
@ExtendWith(ArquillianExtension.class)
class NegotiationBrowserIT {

    private static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theBuyerEntersAnOfferSeesTheBreakEvenPriceAgreesWithAVolumeTierAndSeesItsEffectOnConsumption() throws IOException {
        String caseId = Negotiations.freshCaseId();
        String received = Negotiations.today().minusDays(60).format(NORWEGIAN);
        try (Browser browser = Browser.open()) {
            browser.logInAs("kari").go("agreements/negotiations.xhtml");
            browser.waitForText("Prisforhandlinger (fase 1)");
            assertThat(browser.text()).as("the demo's cases").contains("ID2026_012", "ID2025_198");

            browser.type("opening:nyeMetoderId", caseId);
            browser.type("opening:title", "Adalimumab ved en sjelden uveitt");
            browser.type("opening:varenummer", "411881");
            browser.replace(browser.element("opening:receivedOn"), received);
            browser.replace(browser.element("opening:incrementalQalys_input"), "0,2");
            browser.replace(browser.element("opening:otherIncrementalCosts_input"), "40000");
            browser.replace(browser.element("opening:packsPerPatientYear_input"), "26");
            browser.replace(browser.element("opening:absoluteShortfall_input"), "9");
            browser.click("opening:open");

            shows(browser, "Tidslinje");
            assertThat(browser.currentUrl()).contains("negotiation.xhtml?id=");
            assertThat(normalised(browser.element("timeline").getText())).as("the date typed reached the server")
                    .contains("Saken mottatt " + received);
            assertThat(normalised(browser.text())).contains("60 av 180 dager brukt")
                    .contains("Klasse 3: betalingsvilje 495 000,00 kr per QALY");

            browser.replace(browser.element("offer:rebatePercent_input"), "50");
            browser.replace(browser.element("offer:receivedOn"),
                    Negotiations.today().minusDays(40).format(NORWEGIAN));
            browser.click("offer:record");
            shows(browser, "Tilbud i runde 1 er registrert.");
            String page = normalised(browser.text());
            assertThat(page).contains("Med nettopris 4 890,15 kr er IKER 835 720,00 kr per QALY, over betalingsviljen");
            assertThat(page).contains("Høyeste nettopris som oppfyller betalingsviljen: 2 269,23 kr per pakning"
                    + " (laveste rabatt 76,80 %)");
            assertThat(normalised(browser.element("computation").getText()))
                    .contains("0,2 × 495 000 − 40 000,00 = 59 000,00").contains("59 000,00 ÷ 26 = 2 269,23");
            assertThat(browser.driver().findElements(By.id("agreement:agree")))
                    .as("no agreement above the limit").isEmpty();

            browser.replace(browser.element("offer:netPrice_input"), "2200");
            browser.click("offer:record");
            shows(browser, "Tilbud i runde 2 er registrert.");
            assertThat(normalised(browser.text())).contains("innenfor betalingsviljen");

            browser.selectOne("agreement:legalGround", "enerett");
            browser.type("agreement:groundReason", "Patentbeskyttet; bare innehaveren leverer.");
            browser.click("agreement:agree");
            shows(browser, "direkteavtalen er inngått");
            assertThat(browser.element("status").getText()).isEqualTo("Enighet – direkteavtale");

            browser.click("managedEntry");
            shows(browser, "Avtale om styrt innføring (MEA)");
            browser.replace(browser.element("mea:estimatedPacks_input"), "26");
            browser.replace(browser.element("mea:tiers:0:fromPacks_input"), "10");
            browser.replace(browser.element("mea:tiers:0:pricePerPack_input"), "2000");
            browser.click("mea:save");
            shows(browser, "Vilkårene for styrt innføring er lagret.");
            assertThat(normalised(browser.element("estimatedEffect").getText()))
                    .as("26 packs: 16 above the tier at 200,00 less").isEqualTo("3 200,00");
            assertThat(normalised(browser.element("estimatedExpected").getText()))
                    .as("10 × 2 200 + 16 × 2 000").isEqualTo("54 000,00");

            browser.go("agreements/adherence.xhtml");
            browser.waitForText("Etterlevelse per helseforetak og terapiområde");
            browser.driver().findElement(By.id("consumptionUpload:file_input")).sendKeys(consumption(
                    "Helgelandssykehuset HF;411881;" + YearMonth.from(Negotiations.today()) + ";15\n"));
            browser.click("consumptionUpload:importFile");
            browser.waitForText("Filen er importert.");

            browser.go("agreements/follow-up.xhtml");
            browser.waitForText("Avtaler om styrt innføring");
            WebElement row = browser.element("managedEntries").findElement(By.xpath(
                    ".//tr[td[contains(normalize-space(.), '" + caseId + "')]]"));
            assertThat(normalised(row.getText())).as("15 packs imported, 5 above the tier at 200,00 less")
                    .contains("Volumtrinn").contains("1 000,00").contains("32 000,00");

            browser.go("agreements/direct.xhtml");
            browser.waitForText(caseId);
        }
    }

    private static String consumption(String lines) throws IOException {
        Path file = Files.createTempFile("forbruk", ".csv");
        Files.writeString(file, "helseforetak;varenummer;maaned;pakninger\n" + lines, StandardCharsets.UTF_8);
        return file.toAbsolutePath().toString();
    }

    @Test
    void otherRolesCannotOpenTheWorkspace() {
        for (String user : new String[] {"sandoz", "ingrid", "hanne"}) {
            try (Browser browser = Browser.open()) {
                browser.logInAs(user).go("agreements/negotiations.xhtml");
                assertThat(browser.text()).as(user).doesNotContain("ID2026_012").doesNotContain("Prisforhandlinger");
            }
        }
    }

    /** Waits for {@code text}, or for a refused form, whose messages the failure then shows. */
    private static void shows(Browser browser, String text) {
        browser.waiting().until(d -> d.getPageSource().contains(text)
                || !d.findElements(By.cssSelector(".ui-message-error, .ui-messages-error")).isEmpty());
        assertThat(normalised(browser.text())).as("the page after the step").contains(text);
    }

    private static String normalised(String text) {
        return text.replaceAll("\\h", " ");
    }
}
