package no.lis.tender.it;

import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: a supplier downloads the invitation, asks a question, fills her offer from the price
 * schedule (XLSX) downloaded and uploaded on the page, submits it and sees its receipt; a buyer answers the question; after the deadline two buyers open the offers.
 */
@ExtendWith(ArquillianExtension.class)
class SupplierPortalBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aSupplierTakesPartAndTwoBuyersOpenAfterTheDeadline() throws IOException {
        JsonObject tender = Tenders.published();
        String reference = tender.getString("reference");
        long id = tender.getJsonNumber("id").longValue();
        String question = "Kan vi tilby to pakningsstørrelser i samme delkontrakt?";

        try (Browser supplier = Browser.open()) {
            supplier.logInAs("sandoz");
            supplier.waitForText(reference);
            supplier.driver().findElement(By.linkText(reference)).click();
            supplier.waitForText("Konkurransegrunnlag");

            supplier.css("a.lis-document-INVITATION").click();
            supplier.waiting().until(d -> downloadedBy("sandoz", id));

            supplier.clickText("Spørsmål og svar");
            supplier.type("tabs:ask:text", question);
            supplier.click("tabs:ask:send");
            supplier.waitForText("Spørsmålet er sendt");
            assertThat(supplier.element("tabs:mine").getText()).as("she sees her own question, not answered yet")
                    .contains(question).contains("Venter på svar");

            supplier.clickText("Mitt tilbud");
            refusedSubmissionChangesNothingAndTheDraftSavesAfterIt(supplier, id);
            byte[] schedule = supplier.download(supplier.css("a[id$='downloadSchedule']").getAttribute("href"));
            uploadSchedule(supplier, schedule, "18326", 2150.5);
            supplier.waitForText("Prisskjemaet er avvist");
            assertThat(supplier.element("scheduleErrors").getText()).as("the row and the field named")
                    .contains("Rad 2, varenummer").contains("18326");
            uploadSchedule(supplier, schedule, "183264", 2150.5);
            supplier.waitForText("Prisskjemaet er lest inn");
            supplier.clickText("Mitt tilbud");
            assertThat(supplier.css(".lis-offer-lot-1 input[id$='varenummer']").getAttribute("value")).isEqualTo("183264");
            assertThat(supplier.css(".lis-offer-lot-1 input[id$='price_input']").getAttribute("value")
                    .replaceAll("\\s", "")).contains("2150,50");
            supplier.click("tabs:offer:submitOffer");
            supplier.click("tabs:offer:confirmYes");
            supplier.waitForText("Tilbudet er levert");
            assertThat(supplier.element("tabs:offer:offerStatus").getText()).isEqualTo("Levert");
            assertThat(supplier.text()).containsPattern("[0-9a-f]{64}");
            String receiptLink = supplier.css("a[id$='receiptPdf']").getAttribute("href");
            assertThat(receiptLink).contains("/api/offers/").contains("/receipt");
            try (var receipt = Loader.loadPDF(supplier.download(receiptLink))) {
                assertThat(new PDFTextStripper().getText(receipt)).contains(reference)
                        .contains(supplier.element("digest").getText());
            }
            supplier.screenshot("supplier-offer-submitted");
        }

        try (Browser buyer = Browser.open()) {
            buyer.logInAs("kari");
            buyer.go("tendering/tender.xhtml?id=" + id);
            buyer.clickText("Spørsmål og svar");
            buyer.waitForText(question);
            buyer.css("button[id$=':answer']").click();
            buyer.type("tabs:answerForm:answer", "Ja, begge prises i tilbudsskjemaet.");
            buyer.click("tabs:answerForm:publishAnswer");
            buyer.waitForText("er publisert til alle leverandører");
        }
        assertThat(Api.as("abbvie").get("api/tenders/" + id + "/answers").body())
                .contains("begge prises").doesNotContain("sandoz");

        Instant afterDeadline = Instant.parse(tender.getJsonObject("timeline").getString("submissionDeadline")).plusSeconds(60);
        Tenders.at(afterDeadline.toString(), () -> {
            try (Browser first = Browser.open()) {
                first.logInAs("kari");
                first.go("tendering/tender.xhtml?id=" + id);
                first.clickText("Tilbud og åpning");
                first.waitForText("Tilbud mottatt");
                first.click("tabs:opening:startOpening");
                first.waitForText("En annen innkjøper må bekrefte");
            }
            try (Browser second = Browser.open()) {
                second.logInAs("per");
                second.go("tendering/tender.xhtml?id=" + id);
                second.clickText("Tilbud og åpning");
                second.click("tabs:opening:confirmOpening");
                second.waitForText("Tilbudene er åpnet.");
                assertThat(second.element("tabs:opening:openedOffers").getText()).contains("Sandoz").contains("2 150,50");
                second.screenshot("buyers-opened-offers");
            }
        });
    }

    /**
     * Issue 15: "Lever tilbud" on an offer with no lot is refused beside the buttons, keeps what she
     * typed and stores nothing; "Lagre utkast" after it saves, without a false "changed by someone else".
     */
    private static void refusedSubmissionChangesNothingAndTheDraftSavesAfterIt(Browser supplier, long id) {
        WebElement productName = supplier.css(".lis-offer-lot-1 input[id$='productName']");
        supplier.type(productName.getAttribute("id"), "Hyrimoz 40 mg penn");
        supplier.click("tabs:offer:submitOffer");
        supplier.click("tabs:offer:confirmYes");
        supplier.waitForText("Tilbudet må gjelde minst én delkontrakt før det kan leveres.");
        WebElement messages = supplier.element("tabs:offer:offerMessages");
        WebElement submit = supplier.element("tabs:offer:submitOffer");
        assertThat(messages.getText()).contains("Tilbudet må gjelde minst én delkontrakt");
        assertThat(submit.getLocation().getY() - (messages.getLocation().getY() + messages.getSize().getHeight()))
                .as("the message stands right above the buttons").isBetween(0, 120);
        assertThat(supplier.css(".lis-offer-lot-1 input[id$='productName']").getAttribute("value"))
                .as("what she typed survives the message").isEqualTo("Hyrimoz 40 mg penn");
        assertThat(supplier.element("tabs:offer:offerStatus").getText()).isEqualTo("Ikke påbegynt");
        assertThat(Api.as("sandoz").get("api/tenders/" + id + "/offers").status())
                .as("the refused submission stored no draft").isEqualTo(404);

        supplier.type(supplier.css(".lis-offer-lot-1 input[id$='packDescription']").getAttribute("id"), "2 penner");
        supplier.click("tabs:offer:saveOffer");
        supplier.waitForText("Utkastet er lagret. Det er ikke levert.");
        assertThat(supplier.text()).as("no false conflict").doesNotContain("endret av noen andre");
        assertThat(supplier.element("tabs:offer:offerMessages").getText()).contains("Utkastet er lagret");
        assertThat(supplier.css(".lis-offer-lot-1 input[id$='packDescription']").getAttribute("value")).isEqualTo("2 penner");
    }

    /** Fills lot 1 of the downloaded schedule with {@code varenummer} and {@code price}, and uploads it on the page. */
    private static void uploadSchedule(Browser supplier, byte[] schedule, String varenummer, double price) throws IOException {
        Path file = Files.createTempFile("prisskjema", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(schedule));
             OutputStream out = Files.newOutputStream(file)) {
            workbook.getSheetAt(0).getRow(1).getCell(8).setCellValue(varenummer);
            workbook.getSheetAt(0).getRow(1).getCell(9).setCellValue(price);
            workbook.write(out);
        }
        supplier.clickText("Mitt tilbud");
        // the tab's content comes when it is first opened (the file input itself is hidden behind its button)
        supplier.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("tabs:schedule:scheduleFile_input")))
                .sendKeys(file.toAbsolutePath().toString());
        supplier.click("tabs:schedule:uploadSchedule");
    }

    private static boolean downloadedBy(String username, long tenderId) {
        List<JsonObject> downloads = Api.as("kari").get("api/tenders/" + tenderId + "/downloads").array()
                .getValuesAs(JsonObject.class);
        return downloads.stream().anyMatch(d -> d.getString("username").equals(username) && d.getString("kind").equals("INVITATION"));
    }

    /**
     * Issue 15: on a phone (390 px) the supplier reads a tender and fills in her offer: nothing scrolls
     * sideways, the lots' table stacks so that their titles are readable, and the offer form is one column.
     */
    @Test
    void aSupplierReadsATenderAndFillsInHerOfferOnAPhone() {
        String reference = Tenders.published().getString("reference");
        try (Browser phone = Browser.open().atPhoneWidth()) {
            phone.logInAs("sandoz");
            phone.waitForText(reference);
            assertThat(phone.sidewaysOverflow()).as("her tenders scroll only downwards").isLessThanOrEqualTo(0);
            phone.driver().findElement(By.linkText(reference)).click();
            phone.waitForText("Konkurransegrunnlag");
            assertThat(phone.sidewaysOverflow()).as("the tender scrolls only downwards").isLessThanOrEqualTo(0);
            assertThat(phone.cellWidths("Tittel")).as("the lots' titles are readable").isNotEmpty()
                    .allSatisfy(width -> assertThat(width.doubleValue()).isGreaterThan(80));

            phone.clickText("Mitt tilbud");
            var input = phone.css(".lis-offer-lot-1 input[id$='productName']").getRect();
            var label = phone.css(".lis-offer-lot-1 label[for$='productName']").getRect();
            phone.checkAccessibility("the offer form at phone width");
            assertThat(phone.sidewaysOverflow()).as("the offer form scrolls only downwards").isLessThanOrEqualTo(0);
            assertThat(input.getY()).as("one column: the field under its label").isGreaterThanOrEqualTo(label.getY() + label.getHeight() - 1);
            assertThat(input.getWidth()).as("the product's name has room").isGreaterThan(200);
            phone.screenshot("phone-supplier-offer");
        }
    }
}
