package no.lis.tender.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 in Chromium: a new supplier registers, opens the verification link from the mail (GreenMail, as
 * {@link MailIT}), is refused login with the reason until an administrator approves the company, then
 * logs in, offers on a published tender and gets its receipt, and invites a colleague.
 */
@ExtendWith(ArquillianExtension.class)
class SupplierRegistrationBrowserIT {

    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 9025);
    private static final String PASSWORD = "Et langt nok passord for testen";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aNewSupplierRegistersVerifiesIsApprovedOffersAndInvitesAColleague() throws Exception {
        JsonObject tender = Tenders.published();
        String reference = tender.getString("reference");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String company = "Fjordfarma " + suffix + " AS";
        String username = "siri-" + suffix;
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (Browser supplier = Browser.open()) {
            supplier.go("login.xhtml").click("register");
            supplier.type("register:organisationNumber", MailIT.organisationNumber());
            supplier.type("register:companyName", company);
            supplier.type("register:fullName", "Siri Solberg");
            supplier.type("register:email", username + "@fjordfarma.example");
            supplier.type("register:username", username);
            supplier.type("register:password", PASSWORD);
            supplier.click("register:submit");
            supplier.waitForText("Registrert.");

            String link = verificationLink(smtp, company);
            supplier.driver().get(link);
            supplier.click("verify:submit");
            supplier.waitForText("har godkjent firmaet");

            logIn(supplier, username);
            supplier.waitForText("Firmaet ditt venter på godkjenning");
            assertThat(supplier.currentUrl()).contains("login.xhtml");

            MailIT.approve(new MailIT.Registered(company, username, username + "@fjordfarma.example"));

            supplier.logInAs(username, PASSWORD);
            assertThat(supplier.currentUrl()).endsWith("/supplier/home.xhtml");
            supplier.waitForText(reference);
            supplier.driver().findElement(By.linkText(reference)).click();
            SupplierSteps.offerHyrimozOnLotOne(supplier);
            supplier.click("tabs:offer:submitOffer");
            supplier.click("tabs:offer:confirmYes");
            supplier.waitForText("Tilbudet er levert");
            assertThat(supplier.text()).containsPattern("[0-9a-f]{64}");
            assertThat(supplier.css("a[id$='receiptPdf']").getAttribute("href")).contains("/receipt");

            supplier.clickText("Kolleger");
            supplier.type("invite:email", "kollega-" + suffix + "@fjordfarma.example");
            supplier.click("invite:submit");
            supplier.waitForText("En invitasjon er sendt til kollega-" + suffix);
            assertThat(supplier.element("list:colleagues").getText()).contains("kollega-" + suffix).contains("Invitert")
                    .contains(username);
            supplier.screenshot("supplier-colleagues");
        } finally {
            smtp.stop();
        }
    }

    /** Types the credentials on the login page and submits, without expecting to get in. */
    private static void logIn(Browser browser, String username) {
        browser.go("login.xhtml");
        browser.type("login:username", username);
        browser.type("login:password", PASSWORD);
        browser.click("login:submit");
    }

    private static String verificationLink(GreenMail smtp, String company) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until)) {
            for (MimeMessage mail : smtp.getReceivedMessages()) {
                if (mail.getSubject().contains(company)) {
                    java.util.regex.Matcher link = java.util.regex.Pattern.compile("https?://\\S+").matcher(MailIT.body(mail));
                    assertThat(link.find()).isTrue();
                    return link.group();
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no verification mail for " + company);
    }
}
