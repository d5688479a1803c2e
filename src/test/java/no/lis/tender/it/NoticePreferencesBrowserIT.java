package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** In Chromium: a specialist turns off the mail that scoring is open, and the choice is kept. */
@ExtendWith(ArquillianExtension.class)
class NoticePreferencesBrowserIT {

    private static final String SCORING = ".lis-notice-SCORING_OPEN";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aUserTurnsANoticeOffAndFindsItOffWhenSheComesBack() {
        Api lars = Api.as("lars");
        try (Browser browser = Browser.open()) {
            browser.logInAs("lars");
            browser.go("account/notices.xhtml");
            browser.waitForText("lars.moe@sykehus.example");
            assertThat(browser.text()).contains("Faggruppens poenggivning er åpen")
                    .contains("En e-post inneholder aldri priser");
            assertThat(checked(browser)).isTrue();

            browser.css(SCORING + " .ui-chkbox-box").click();
            browser.click("notices:save");
            browser.waitForText("Valgene dine er lagret.");

            browser.go("account/notices.xhtml");
            browser.waitForText("lars.moe@sykehus.example");
            assertThat(checked(browser)).as("off after coming back").isFalse();
            JsonObject read = lars.get("api/me/notice-preferences").object();
            assertThat(read.getJsonObject("choices").getBoolean("SCORING_OPEN")).isFalse();
            assertThat(read.getJsonObject("choices").getBoolean("ANSWER_PUBLISHED")).isTrue();
        } finally {
            JsonObject read = lars.get("api/me/notice-preferences").object();
            lars.put("api/me/notice-preferences", Json.createObjectBuilder()
                    .add("version", read.getJsonNumber("version").longValue())
                    .add("choices", Json.createObjectBuilder().add("SCORING_OPEN", true)).build());
        }
    }

    private static boolean checked(Browser browser) {
        browser.css(SCORING);
        return browser.driver().findElement(By.cssSelector(SCORING + " input[type='checkbox']")).isSelected();
    }
}
