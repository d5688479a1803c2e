package no.lis.tender.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every role logs in and lands on its own start page, not on an error; other roles' pages are closed to it. */
@ExtendWith(ArquillianExtension.class)
class EveryRoleLandsOnItsPageBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
            "kari,   /buyer/overview.xhtml,   Anbudsrunder etter markedsfase, /supplier/home.xhtml",
            "admin,  /buyer/overview.xhtml,   Anbudsrunder etter markedsfase, /specialist/home.xhtml",
            "sandoz, /supplier/home.xhtml,    Leverandørportal,               /buyer/overview.xhtml",
            "ingrid, /specialist/home.xhtml,  Spesialistgruppe,               /catalogue/products.xhtml",
            "hanne,  /pricing/home.xhtml,     Anbefalinger med priser,        /tendering/tenders.xhtml"})
    void eachRoleLandsOnItsOwnPageIsKeptOutOfOthersAndIsToldWhenLoggedOut(String user, String landing, String heading, String forbidden) {
        try (Browser browser = Browser.open()) {
            browser.logInAs(user);
            assertThat(browser.currentUrl()).endsWith(landing);
            browser.waitForText(heading);
            assertThat(browser.text()).contains(user).doesNotContain("Exception");

            browser.go(forbidden.substring(1));
            browser.waitForText("Ingen tilgang");

            browser.go(landing.substring(1)).click("nav:logout");
            browser.waitForText("Du er logget ut.");
            assertThat(browser.currentUrl()).contains("/login.xhtml");
        }
    }
}
