package no.lis.tender.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static no.lis.tender.it.DemoCallers.abbvie;
import static no.lis.tender.it.DemoCallers.admin;
import static no.lis.tender.it.DemoCallers.kari;
import static no.lis.tender.it.DemoCallers.pfizer;
import static no.lis.tender.it.DemoCallers.sandoz;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail through a real SMTP server (GreenMail in the test JVM, on {@code it.smtp.port}, where the test
 * server sends its mail): the notices reach the suppliers that downloaded from a tender, carry no price,
 * survive an outage of the SMTP server and arrive once.
 */
@ExtendWith(ArquillianExtension.class)
class MailIT {

    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 9025);
    private static final String SANDOZ = "anbud@sandoz.example";
    /** A sum of money as any page or letter writes it: 1 234,50 / 1234.50 / kr / NOK. */
    private static final Pattern MONEY = Pattern.compile("\\d[\\d\u00a0 .]*,\\d{2}\\b|\\d+\\.\\d{2}\\b|\\bkr\\b|\\bNOK\\b",
            Pattern.CASE_INSENSITIVE);
    /** The sender's round is a second in the tests; a mail is at the SMTP server within a few. */
    private static final Duration ARRIVAL = Duration.ofSeconds(20);

    private GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
        admin.delete("api/test/clock");
    }

    @Test
    void aPublishedAnswerReachesTheSuppliersThatDownloadedOnceAndNobodyElse() throws Exception {
        JsonObject tender = Tenders.published();
        String reference = tender.getString("reference");
        downloadADocument(sandoz, tender);

        answerAQuestion(tender);

        List<MimeMessage> mails = awaitMails(reference, 1);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(SANDOZ);
        assertThat(mail.getSubject()).isEqualTo("Nytt svar i anbudet " + reference + " / New answer in tender " + reference);
        String body = body(mail);
        assertThat(body).contains("publisert et svar").contains("published an answer")
                .doesNotContain("Per pakning").as("the answer's text stays behind the link");
        assertLinksWork(body);
        // the answer also made the questions-and-answers document anew: that has no mail of its own
        Thread.sleep(3_000);
        assertThat(mailsAbout(reference)).hasSize(1);

        // the administrator reads it in the outbox, sent; no one else may
        Api.Reply outbox = admin.get("api/outbox");
        assertThat(outbox.status()).isEqualTo(200);
        assertThat(outbox.array().getValuesAs(JsonObject.class)).filteredOn(m -> m.getString("subject").contains(reference))
                .singleElement().satisfies(m -> {
                    assertThat(m.getString("recipient")).isEqualTo(SANDOZ);
                    assertThat(m.getString("status")).isEqualTo("SENT");
                    assertThat(m.getString("kind")).isEqualTo("ANSWER_PUBLISHED");
                });
        assertThat(kari.get("api/outbox").status()).isEqualTo(403);
        try (Browser browser = Browser.open()) {
            browser.logInAs("admin").go("admin/outbox.xhtml");
            browser.screenshot("admin-outbox");
            browser.waitForText(reference);
            assertThat(browser.element("mails").getText()).contains("Sendt").contains(SANDOZ);
        }
    }

    @Test
    void anAmendedDocumentReachesEveryDownloaderOnceAndNobodyElse() throws Exception {
        JsonObject tender = Tenders.published();
        String reference = tender.getString("reference");
        JsonObject document = downloadADocument(sandoz, tender);
        downloadADocument(abbvie, tender);
        downloadADocument(sandoz, tender);

        byte[] pdf = sandoz.getBytes("api/documents/" + document.getInt("id")).bytes();
        Api.Reply amended = kari.postBytes("api/documents/" + document.getInt("id") + "/versions?changeNote=Rettet+frist&fileName=invitasjon-v2.pdf",
                "application/pdf", pdf);
        assertThat(amended.status()).as(amended.toString()).isEqualTo(201);

        List<MimeMessage> mails = awaitMails(reference, 2);
        Thread.sleep(3_000);
        mails = mailsAbout(reference);
        assertThat(mails).flatExtracting(m -> Arrays.asList(m.getAllRecipients())).extracting(Object::toString)
                .containsExactlyInAnyOrder(SANDOZ, "anbud@abbvie.example");
        assertThat(body(mails.get(0))).doesNotContain("Rettet frist").as("the change note stays behind the link");
    }

    @Test
    void anSmtpOutageIsRetriedWithBackOffAndTheMailArrivesOnce() throws Exception {
        JsonObject tender = Tenders.published();
        String reference = tender.getString("reference");
        downloadADocument(sandoz, tender);
        smtp.stop();

        answerAQuestion(tender);
        Thread.sleep(4_000); // a few rounds of the sender, each failing to connect
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Thread.sleep(3_000);
        assertThat(mailsAbout(reference)).as("the next attempt waits its back-off (30 s), not the next round").isEmpty();

        String now = admin.get("api/test/clock").object().getString("now");
        assertThat(admin.put("api/test/clock?now=" + Instant.parse(now).plus(Duration.ofMinutes(2)),
                JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(200);

        assertThat(awaitMails(reference, 1)).hasSize(1);
        Thread.sleep(3_000);
        assertThat(mailsAbout(reference)).as("delivered exactly once").hasSize(1);
    }

    @Test
    void theGroupIsToldThatScoringIsOpenAndTheBiddersThatTheirLettersAreReady() throws Exception {
        JsonObject award = Awards.lettersIssued();
        JsonObject tender = kari.get("api/tenders/" + award.getInt("tenderId")).object();
        String reference = tender.getString("reference");
        // the opening was made as if after the deadline (a test-only header): its mails are due from then on
        Instant deadline = Instant.parse(tender.getJsonObject("timeline").getString("submissionDeadline"));
        assertThat(admin.put("api/test/clock?now=" + deadline.plus(Duration.ofMinutes(5)),
                JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(200);

        awaitMails(reference, 4);
        Thread.sleep(2_000);
        List<MimeMessage> mails = mailsAbout(reference);
        assertThat(mails).filteredOn(m -> subject(m).startsWith("Poenggivningen"))
                .flatExtracting(m -> Arrays.asList(m.getAllRecipients())).extracting(Object::toString)
                .containsExactlyInAnyOrder("ingrid.berg@sykehus.example", "lars.moe@sykehus.example");
        assertThat(mails).filteredOn(m -> subject(m).startsWith("Tildelingsbrevet"))
                .flatExtracting(m -> Arrays.asList(m.getAllRecipients())).extracting(Object::toString)
                .containsExactlyInAnyOrder(SANDOZ, "anbud@abbvie.example");
        for (MimeMessage mail : mails) {
            assertThat(body(mail)).doesNotContain("7650").doesNotContain("7 650").doesNotContain("9100")
                    .doesNotContain("9 100").doesNotContain("Hyrimoz").doesNotContain("Humira");
        }
    }

    @Test
    void theFollowersThatHaveNotSubmittedAreRemindedOnce48HoursBeforeTheDeadline() throws Exception {
        JsonObject tender = Tenders.published();
        String reference = tender.getString("reference");
        downloadADocument(sandoz, tender);
        downloadADocument(abbvie, tender);
        Evaluations.offer(abbvie, tender, "411872", "Humira 40 mg penn", Evaluations.ABBVIE_PRICE);
        Instant deadline = Instant.parse(tender.getJsonObject("timeline").getString("submissionDeadline"));

        assertThat(admin.put("api/test/clock?now=" + deadline.minus(Duration.ofHours(47)), JsonValue.EMPTY_JSON_OBJECT)
                .status()).isEqualTo(200);

        awaitMails(reference, 1);
        Thread.sleep(3_000);
        List<MimeMessage> mails = mailsAbout(reference);
        assertThat(mails).as("once, and not to abbvie, which has submitted").hasSize(1);
        assertThat(mails.get(0).getAllRecipients()).extracting(Object::toString).containsExactly(SANDOZ);
        assertThat(mails.get(0).getSubject()).startsWith("Påminnelse: tilbudsfristen i anbudet " + reference);
        assertThat(body(mails.get(0))).doesNotContain("9100").doesNotContain("Humira");
    }

    @Test
    void noMailEverContainsAPrice() throws Exception {
        JsonObject tender = Tenders.published();
        downloadADocument(sandoz, tender);
        answerAQuestion(tender);
        awaitMails(tender.getString("reference"), 1);

        for (MimeMessage mail : smtp.getReceivedMessages()) {
            String text = mail.getSubject() + "\n" + body(mail);
            Matcher money = MONEY.matcher(text);
            assertThat(money.find()).as("a sum of money in:\n" + text).isFalse();
        }
    }

    @Test
    void aNoticeTurnedOffSendsNoMailUntilTurnedOnAgain() throws Exception {
        JsonObject tender = Tenders.published();
        String reference = tender.getString("reference");
        downloadADocument(abbvie, tender);
        choose(abbvie, "ANSWER_PUBLISHED", false);
        try {
            answerAQuestion(tender);
            Thread.sleep(4_000);
            assertThat(mailsAbout(reference)).as("turned off").isEmpty();
        } finally {
            choose(abbvie, "ANSWER_PUBLISHED", true);
        }
        answerAQuestion(tender);
        assertThat(awaitMails(reference, 1)).hasSize(1);
    }

    @Test
    void theHolderOfPricedAccessIsToldItWasGrantedAndOnceThatItEndsWithin30Days() throws Exception {
        String username = "farm-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String address = username + "@sykehus.example";
        assertThat(admin.post("api/users", Json.createObjectBuilder().add("username", username).add("fullName", "Farmasøyt")
                .add("email", address).add("roles", Json.createArrayBuilder().add("SPECIALIST"))
                .add("password", "Et langt nok passord for testen").build()).status()).isEqualTo(201);
        String trust = "Helse Finnmark HF";
        long id = Api.as(username, "Et langt nok passord for testen").post("api/price-access", Json.createObjectBuilder()
                .add("hospitalTrust", trust).add("reason", "Sykehusapoteket skal beregne besparelser").build())
                .object().getJsonNumber("id").longValue();
        java.time.LocalDate lastDay = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).plusDays(20);
        JsonObject request = kari.get("api/price-access").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(kari.put("api/price-access/" + id + "/decision", Json.createObjectBuilder()
                .add("version", request.getJsonNumber("version").longValue()).add("grant", true)
                .add("validUntil", lastDay.toString()).build()).status()).isEqualTo(200);

        MimeMessage granted = awaitMails("Prisinnsyn innvilget for " + trust, 1).get(0);
        assertThat(granted.getAllRecipients()).extracting(Object::toString).containsExactly(address);
        assertThat(body(granted)).contains(lastDay.toString()).contains("account/price-access.xhtml");
        assertLinksWork(body(granted));

        for (int run = 0; run < 2; run++) {   // the hourly run, twice: one warning
            assertThat(admin.post("api/price-access/expiry", jakarta.json.JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(200);
        }
        List<MimeMessage> ending = awaitMails("Prisinnsynet for " + trust + " utløper", 1);
        Thread.sleep(3_000);
        assertThat(mailsAbout("Prisinnsynet for " + trust + " utløper")).hasSize(1);
        assertThat(body(ending.get(0))).contains(lastDay.toString());
        for (MimeMessage mail : List.of(granted, ending.get(0))) {
            assertThat(MONEY.matcher(body(mail)).find()).as(body(mail)).isFalse();
        }
    }

    @Test
    void anUnknownNoticeOrAStaleVersionIsRefusedNamingIt() {
        Api.Reply unknown = sandoz.put("api/me/notice-preferences", Json.createObjectBuilder().add("version", 0)
                .add("choices", Json.createObjectBuilder().add("PRICES", true)).build());
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("choices.PRICES");
        assertThat(unknown.object().getString("message")).contains("PRICES").contains("ANSWER_PUBLISHED");

        long version = sandoz.get("api/me/notice-preferences").object().getJsonNumber("version").longValue();
        Api.Reply stale = sandoz.put("api/me/notice-preferences", Json.createObjectBuilder().add("version", version + 7)
                .add("choices", Json.createObjectBuilder().add("SCORING_OPEN", true)).build());
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
    }

    @Test
    void theVerificationLinkWorksAndVerifiesAndTheLoginWaitsForApprovalSayingSo() throws Exception {
        Registered nordic = register();

        assertThat(Api.as(nordic.username(), PASSWORD).get("api/me/tokens").body())
                .as("the right password is told the address is not verified").contains("not verified");
        MimeMessage mail = awaitMails(nordic.company(), 1).get(0);
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(nordic.email());
        String body = body(mail);
        assertThat(body).contains("48");
        assertLinksWork(body);
        Api.Reply verified = Api.anonymous().post("api/registration/verification",
                Json.createObjectBuilder().add("token", token(body)).build());
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.object().getBoolean("awaitingApproval")).isTrue();
        assertThat(Api.anonymous().post("api/registration/verification", Json.createObjectBuilder().add("token", token(body))
                .build()).status()).as("the link works once").isEqualTo(400);

        Api.Reply waiting = Api.as(nordic.username(), PASSWORD).get("api/me/tokens");
        assertThat(waiting.status()).isEqualTo(403);
        assertThat(waiting.body()).contains("awaits approval");
        assertThat(Api.as(nordic.username(), "Et galt passord for testen").get("api/me/tokens").status())
                .as("a wrong password learns nothing").isEqualTo(401);
        approve(nordic);
        assertThat(Api.as(nordic.username(), PASSWORD).get("api/me/tokens").status()).isEqualTo(200);
    }

    @Test
    void aResetLinkWorksOnceAndAnUnknownAddressIsAnsweredTheSame() throws Exception {
        String address = "reset-" + UUID.randomUUID().toString().substring(0, 8) + "@sykehus.example";
        String username = address.substring(0, address.indexOf('@'));
        assertThat(admin.post("api/users", Json.createObjectBuilder().add("username", username).add("fullName", "Rita Reset")
                .add("email", address).add("roles", Json.createArrayBuilder().add("SPECIALIST"))
                .add("password", PASSWORD).build()).status()).isEqualTo(201);

        Api.Reply known = Api.anonymous().post("api/password-reset", Json.createObjectBuilder().add("email", address).build());
        String unknownAddress = "ingen-" + UUID.randomUUID().toString().substring(0, 8) + "@sykehus.example";
        Api.Reply unknown = Api.anonymous().post("api/password-reset", Json.createObjectBuilder().add("email", unknownAddress).build());
        assertThat(known.status()).isEqualTo(202);
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(unknown.body().replace(unknownAddress, address)).isEqualTo(known.body());

        MimeMessage mail = awaitMails("Velg nytt passord", 1).stream().filter(m -> recipient(m).equals(address))
                .findFirst().orElseThrow();
        String body = body(mail);
        assertLinksWork(body);
        String chosen = "Et nytt og langt passord etter glemt";
        Api.Reply reset = Api.anonymous().post("api/password-reset/password", Json.createObjectBuilder()
                .add("token", token(body)).add("password", chosen).build());
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertThat(reset.object().getString("username")).isEqualTo(username);
        assertThat(Api.as(username, chosen).get("api/me/tokens").status()).isEqualTo(200);
        assertThat(Api.anonymous().post("api/password-reset/password", Json.createObjectBuilder()
                .add("token", token(body)).add("password", "Enda et langt passord her").build()).status())
                .as("the link works once").isEqualTo(400);
        Thread.sleep(2_000);
        assertThat(smtp.getReceivedMessages()).as("nothing to the unknown address")
                .noneMatch(m -> recipient(m).equals(unknownAddress));
    }

    @Test
    void anInvitedColleagueGetsALinkGivesHerNameAndPasswordAndLogsIn() throws Exception {
        Registered nordic = register();
        verify(nordic);
        approve(nordic);
        Api manager = Api.as(nordic.username(), PASSWORD);
        String address = "kollega-" + UUID.randomUUID().toString().substring(0, 8) + "@nordic.example";

        Api.Reply invited = manager.post("api/colleagues/invitations", Json.createObjectBuilder().add("email", address).build());
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(invited.object().getBoolean("invited")).isTrue();
        MimeMessage mail = awaitMails("Invitasjon til LIS Anbud fra", 1).stream().filter(m -> recipient(m).equals(address))
                .findFirst().orElseThrow();
        String body = body(mail);
        assertThat(body).contains("7 dager");
        assertLinksWork(body);
        Api.Reply accepted = Api.anonymous().post("api/invitations/acceptance", Json.createObjectBuilder()
                .add("token", token(body)).add("fullName", "Kari Kollega").add("password", PASSWORD).build());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        String colleague = accepted.object().getString("username");
        assertThat(Api.as(colleague, PASSWORD).get("api/me/notice-preferences").status()).as("she logs in").isEqualTo(200);
        assertThat(Api.as(colleague, PASSWORD).get("api/colleagues").status()).as("a supplier's user, not its manager")
                .isEqualTo(400);
        assertThat(manager.get("api/colleagues").array().getValuesAs(JsonObject.class))
                .anySatisfy(c -> assertThat(c.getString("fullName")).isEqualTo("Kari Kollega"));
    }

    @Test
    void aSubscriberGetsTheNewRecommendationVersionWithALinkAndNoPrice() throws Exception {
        String username = "abonnent-" + UUID.randomUUID().toString().substring(0, 8);
        String address = username + "@sykehus.example";
        assertThat(admin.post("api/users", Json.createObjectBuilder().add("username", username).add("fullName", "Abonnent")
                .add("email", address).add("roles", Json.createArrayBuilder().add("SPECIALIST"))
                .add("password", PASSWORD).build()).status()).isEqualTo(201);
        Api subscriber = Api.as(username, PASSWORD);

        JsonObject published = Recommendations.inForceOfANewArea(areaId -> assertThat(subscriber.put(
                "api/me/recommendation-subscriptions/" + areaId, JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(200));

        String area = published.getString("therapeuticAreaName");
        MimeMessage mail = awaitMails(area, 1).get(0);
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(address);
        String body = body(mail);
        assertThat(body).contains("recommendations/recommendation.xhtml");
        assertThat(MONEY.matcher(mail.getSubject() + "\n" + body).find()).as(body).isFalse();
        assertThat(body).doesNotContain("3288").doesNotContain("3 288");
        assertLinksWork(body);
    }

    private static final String PASSWORD = "Et langt nok passord for testen";

    /** A company registered through the API, and its first user. */
    record Registered(String company, String username, String email) {
    }

    static Registered register() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String company = "Nordic Pharma " + suffix + " AS";
        String email = "anbud-" + suffix + "@nordic.example";
        Api.Reply registered = Api.anonymous().post("api/registration", Json.createObjectBuilder()
                .add("organisationNumber", organisationNumber()).add("companyName", company).add("fullName", "Nora Nilsen")
                .add("email", email).add("username", "nora-" + suffix).add("password", PASSWORD).build());
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return new Registered(company, "nora-" + suffix, email);
    }

    void verify(Registered registered) throws Exception {
        String token = token(body(awaitMails(registered.company(), 1).get(0)));
        assertThat(Api.anonymous().post("api/registration/verification", Json.createObjectBuilder().add("token", token).build())
                .status()).isEqualTo(200);
    }

    static void approve(Registered registered) {
        int version = admin.get("api/users/" + registered.username()).object().getInt("version");
        Api.Reply approved = admin.put("api/users/" + registered.username() + "/approval",
                Json.createObjectBuilder().add("version", version).build());
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    }

    /** A new organisation number with its mod-11 check digit (weights 3 2 7 6 5 4 3 2). */
    static String organisationNumber() {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        java.util.Random random = new java.util.Random();
        while (true) {
            StringBuilder digits = new StringBuilder("9");
            for (int i = 1; i < 8; i++) {
                digits.append(random.nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (digits.charAt(i) - '0') * weights[i];
            }
            int check = 11 - sum % 11;
            if (check != 10) {
                return digits.append(check == 11 ? 0 : check).toString();
            }
        }
    }

    /** The token of the first link in a mail. */
    static String token(String body) {
        Matcher token = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(token.find()).as(body).isTrue();
        return token.group(1);
    }

    static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void choose(Api user, String kind, boolean on) {
        long version = user.get("api/me/notice-preferences").object().getJsonNumber("version").longValue();
        Api.Reply chosen = user.put("api/me/notice-preferences", Json.createObjectBuilder().add("version", version)
                .add("choices", Json.createObjectBuilder().add(kind, on)).build());
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        assertThat(chosen.object().getJsonObject("choices").getBoolean(kind)).isEqualTo(on);
    }

    static JsonObject downloadADocument(Api supplier, JsonObject tender) {
        JsonObject document = supplier.get("api/tenders/" + tender.getInt("id") + "/documents").array()
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("kind").equals("INVITATION"))
                .findFirst().orElseThrow();
        Api.Reply pdf = supplier.getBytes("api/documents/" + document.getInt("id"));
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        return document;
    }

    static void answerAQuestion(JsonObject tender) {
        String base = "api/tenders/" + tender.getInt("id");
        String text = "Skal prisen gis per pakning? (" + System.nanoTime() + ")";
        Api.Reply asked = pfizer.post(base + "/questions", Json.createObjectBuilder().add("text", text).build());
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        JsonObject question = kari.get(base + "/questions").array().getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getString("question").equals(text)).findFirst().orElseThrow();
        Api.Reply answered = kari.put(base + "/questions/" + question.getInt("id") + "/answer",
                Json.createObjectBuilder().add("version", question.getJsonNumber("version").longValue())
                        .add("answer", "Per pakning, 1 234,50 kr eksklusive merverdiavgift.").build());
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    }

    /** The mails received whose subject names {@code reference}, once at least {@code count} are there (or the wait is over). */
    List<MimeMessage> awaitMails(String reference, int count) throws MessagingException, InterruptedException {
        Instant until = Instant.now().plus(ARRIVAL);
        List<MimeMessage> mails = mailsAbout(reference);
        while (mails.size() < count && Instant.now().isBefore(until)) {
            Thread.sleep(250);
            mails = mailsAbout(reference);
        }
        assertThat(mails).as("mails about " + reference).hasSizeGreaterThanOrEqualTo(count);
        return mails;
    }

    List<MimeMessage> mailsAbout(String reference) throws MessagingException {
        List<MimeMessage> about = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (mail.getSubject().contains(reference)) {
                about.add(mail);
            }
        }
        return about;
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String body(MimeMessage mail) throws IOException, MessagingException {
        return mail.getContent().toString();
    }

    /** Every link in the mail leads to a page of the application (the login page for one not logged in), none to an error. */
    static void assertLinksWork(String body) throws IOException, InterruptedException {
        Matcher links = Pattern.compile("https?://\\S+").matcher(body);
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        int found = 0;
        while (links.find()) {
            found++;
            URI link = URI.create(links.group());
            assertThat(link.getPort()).as(link.toString()).isEqualTo(Api.base().getPort());
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(link).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(link.toString()).isEqualTo(200);
        }
        assertThat(found).isGreaterThanOrEqualTo(2);
    }
}
