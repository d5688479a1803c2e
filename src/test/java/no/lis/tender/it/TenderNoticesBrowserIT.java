package no.lis.tender.it;

import jakarta.json.JsonObject;
import no.lis.tender.publication.EformsSchemas;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A buyer in Chromium plans a round above the EEA threshold, is refused publication with the rule
 * named, sees the lot she has just added in the CPV table, downloads the contract notice, records its
 * publication in Doffin on the page, publishes, and later
 * downloads the award notice of the demo's awarded round; every notice passes the eForms XSD.
 */
@ExtendWith(ArquillianExtension.class)
class TenderNoticesBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theBuyerIsRefusedPublishingAboveTheThresholdRecordsTheContractNoticeThenPublishesAndLaterDownloadsTheAwardNotice() {
        String reference = "2027-LIS-EF" + UUID.randomUUID().toString().replace("-", "").substring(0, 4).toUpperCase() + "-01";
        try (Browser browser = Browser.open()) {
            browser.logInAs("kari");
            BuyerSteps.planOpenRound(browser, reference, "Adalimumab 2027–2029 (kunngjøring)", "240000000");
            BuyerSteps.addAdalimumabLot(browser, "2400000");
            browser.clickText("Tidsplan");
            browser.click("tabs:timeline:saveTimeline");
            browser.waitForText("Tidsplanen er lagret.");

            openNoticesTab(browser);
            assertThat(browser.element("tabs:notice:cpv").getText()).as("the lot added on the lots tab, without a reload")
                    .contains("Adalimumab, subkutan");

            browser.click("actions:publish");
            browser.click("actions:confirmYes");
            browser.waitForText("over EØS-terskelverdien på");
            assertThat(browser.text()).contains("anskaffelsesforskriften § 5-3");
            assertThat(browser.element("actions:status").getText()).isEqualTo("Utkast");
            browser.screenshot("notice-publish-refused");

            openNoticesTab(browser);
            byte[] contractNotice = browser.download(browser.element("tabs:downloadContractNotice").getAttribute("href"));
            assertThat(EformsSchemas.violations(contractNotice)).isEmpty();
            assertThat(new String(contractNotice, StandardCharsets.UTF_8)).contains(reference).contains("Adalimumab, subkutan");

            LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
            String yesterday = today.minusDays(1).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
            browser.type("tabs:noticeRecord:publicationId", "2027-104711");
            // the calendar opens from its button, not on focus (where it would cover the next field)
            browser.css("[id='tabs:noticeRecord:publishedOn'] .ui-datepicker-trigger").click();
            // (its own panel: the timeline tab, opened before, has calendars of its own in the page)
            String calendar = "[id='tabs:noticeRecord:publishedOn_panel'] ";
            assertThat(browser.css(calendar + ".ui-datepicker-calendar thead th").getText()).as("the picker's weeks start on Monday, in bokmål")
                    .isEqualToIgnoringCase("ma");
            // yesterday, chosen in the calendar as a buyer does
            if (today.getDayOfMonth() == 1) {
                browser.css(calendar + ".ui-datepicker-prev").click();
            }
            browser.driver().findElement(By.xpath("//*[@id='tabs:noticeRecord:publishedOn_panel']//table[contains(@class,'ui-datepicker-calendar')]//td[not(contains(@class,"
                    + "'ui-datepicker-other-month'))]/a[normalize-space()='" + today.minusDays(1).getDayOfMonth() + "']")).click();
            browser.waiting().until(d -> yesterday.equals(browser.element("tabs:noticeRecord:publishedOn_input").getAttribute("value")));
            browser.click("tabs:noticeRecord:recordNotice");
            browser.waitForText("Kunngjøringen 2027-104711 er registrert publisert.");

            browser.click("actions:publish");
            browser.click("actions:confirmYes");
            browser.waitForText("er publisert.");
            assertThat(browser.element("actions:status").getText()).isEqualTo("Publisert");
            openNoticesTab(browser);
            assertThat(browser.element("tabs:recorded").getText()).contains("2027-104711").contains(yesterday);

            browser.go("tendering/tender.xhtml?id=" + tenderId("2025-LIS-TNF-01"));
            openNoticesTab(browser);
            byte[] awardNotice = browser.download(browser.element("tabs:downloadAwardNotice").getAttribute("href"));
            assertThat(EformsSchemas.violations(awardNotice)).isEmpty();
            assertThat(new String(awardNotice, StandardCharsets.UTF_8)).contains(">29</cbc:SubTypeCode>");
        }
    }

    /** Opens the notices tab and waits until its Ajax refresh has replaced the tab's content. */
    private static void openNoticesTab(Browser browser) {
        browser.clickText("Kunngjøring");
        browser.waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty();")));
    }

    private static long tenderId(String reference) {
        return Api.as("kari").get("api/tenders?q=" + reference).array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("reference").equals(reference)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
