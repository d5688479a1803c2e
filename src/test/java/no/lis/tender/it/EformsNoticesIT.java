package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import no.lis.tender.publication.EformsSchemas;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static no.lis.tender.it.DemoCallers.kari;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The eForms notices over HTTP on a real server, each validated against the XSD of the eForms SDK
 * 1.13: a new round above the EEA threshold is refused publication, naming the rule, until its
 * contract notice is recorded; the demo's awarded round gives its award notice, and the demo's
 * direct agreement its transparency notice.
 */
@ExtendWith(ArquillianExtension.class)
class EformsNoticesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aRoundAboveTheThresholdIsPublishedOnlyAfterItsContractNoticeIsDownloadedAndRecorded() {
        JsonObject tender = kari.post("api/tenders", Json.createObjectBuilder(Tenders.plan(Tenders.newReference(), 3))
                .add("estimatedValue", 240_000_000).build()).object();
        String path = "api/tenders/" + tender.getInt("id");
        JsonObject withLot = kari.post(path + "/lots", Json.createObjectBuilder()
                .add("version", version(tender)).add("title", "Adalimumab, subkutan")
                .add("atcCodes", Json.createArrayBuilder().add("L04AB04")).add("estimatedAnnualVolume", 2400000)
                .add("volumeUnit", "DDD").add("comparisonBasis", "PER_DDD").add("marketSplit", "HEALTH_REGIONS").build())
                .object();
        JsonObject classified = kari.put(path + "/notice-details", Json.createObjectBuilder()
                .add("version", version(withLot)).add("estimatedValue", 240_000_000)
                .add("lots", Json.createArrayBuilder().add(Json.createObjectBuilder().add("number", 1)
                        .add("cpvCode", "33652300"))).build()).object();
        assertThat(classified.getJsonArray("lots").getJsonObject(0).getString("cpvCode")).isEqualTo("33652300");
        Instant now = Instant.now();
        JsonObject scheduled = kari.put(path + "/timeline", Json.createObjectBuilder()
                .add("version", version(classified))
                .add("questionDeadline", now.plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString())
                .add("submissionDeadline", now.plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString())
                .add("plannedAward", LocalDate.now().plusDays(70).toString())
                .add("agreementStart", LocalDate.now().plusDays(120).toString())
                .add("agreementEnd", LocalDate.now().plusDays(120).plusYears(2).toString())
                .add("optionYears", "1").build()).object();

        Api.Reply refused = kari.withHeader("Accept-Language", "nb").post(path + "/publication",
                Json.createObjectBuilder().add("version", version(scheduled)).build());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        JsonObject error = refused.object().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("contractNotice");
        assertThat(error.getString("message")).contains("EØS-terskelverdien").contains("§ 5-3").contains("Doffin");

        Api.Reply notice = kari.getBytes(path + "/notices/contract-notice");
        assertThat(notice.status()).as(notice.toString()).isEqualTo(200);
        assertThat(notice.contentType()).startsWith("application/xml");
        assertThat(EformsSchemas.violations(notice.bytes())).isEmpty();
        String xml = new String(notice.bytes(), StandardCharsets.UTF_8);
        assertThat(xml).contains(">16</cbc:SubTypeCode>").contains(">33652300</cbc:ItemClassificationCode>")
                .contains(">916879067</cbc:CompanyID>").contains(">240000000.00</cbc:EstimatedOverallContractAmount>");

        Api.Reply future = kari.put(path + "/contract-notice", Json.createObjectBuilder().add("version", version(scheduled))
                .add("publicationId", "2026-104999").add("publishedOn", LocalDate.now().plusDays(2).toString()).build());
        assertThat(future.status()).as(future.toString()).isEqualTo(400);
        JsonObject recorded = kari.put(path + "/contract-notice", Json.createObjectBuilder().add("version", version(scheduled))
                .add("publicationId", "2026-104999").add("publishedOn", LocalDate.now().toString()).build()).object();
        assertThat(recorded.getJsonObject("contractNotice").getString("publicationId")).isEqualTo("2026-104999");
        JsonObject status = kari.get(path + "/notices").object();
        assertThat(status.getBoolean("noticeRequired")).isTrue();
        assertThat(status.getString("publicationId")).isEqualTo("2026-104999");

        Api.Reply published = kari.post(path + "/publication", Json.createObjectBuilder()
                .add("version", version(recorded)).build());
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.object().getString("status")).isEqualTo("PUBLISHED");
    }

    @Test
    void theAwardedDemoRoundGivesAValidAwardNoticeAndARoundNotYetAwardedIsToldWhy() {
        long awarded = tenderId("2025-LIS-TNF-01");
        Api.Reply notice = kari.getBytes("api/tenders/" + awarded + "/notices/award-notice");
        assertThat(notice.status()).as(notice.toString()).isEqualTo(200);
        assertThat(EformsSchemas.violations(notice.bytes())).isEmpty();
        String xml = new String(notice.bytes(), StandardCharsets.UTF_8);
        assertThat(xml).contains(">29</cbc:SubTypeCode>").contains("selec-w").contains("LOT-0003");
        assertThat(kari.getBytes("api/tenders/" + awarded + "/notices/contract-notice").bytes())
                .satisfies(cn -> assertThat(EformsSchemas.violations(cn)).isEmpty());

        long open = tenderId("2026-LIS-TNF-02");
        Api.Reply notYet = kari.getBytes("api/tenders/" + open + "/notices/award-notice");
        assertThat(notYet.status()).isEqualTo(400);
        assertThat(notYet.body()).contains("2026-LIS-TNF-02");
        assertThat(kari.getBytes("api/tenders/987654321/notices/award-notice").status()).isEqualTo(404);
    }

    @Test
    void theDemoDirectAgreementShowsItsLegalGroundAndGivesAValidTransparencyNotice() {
        List<JsonObject> direct = kari.get("api/agreements?all=true").object().getJsonArray("direct")
                .getValuesAs(JsonObject.class);
        JsonObject keytruda = direct.stream().filter(d -> d.getString("nyeMetoderId").equals("ID2025_047")).findFirst()
                .orElseThrow();
        assertThat(keytruda.getString("legalGround")).isEqualTo("EXCLUSIVE_RIGHTS");

        Api.Reply notice = kari.getBytes("api/direct-agreements/" + keytruda.getInt("id") + "/notices/veat");
        assertThat(notice.status()).as(notice.toString()).isEqualTo(200);
        assertThat(EformsSchemas.violations(notice.bytes())).isEmpty();
        assertThat(new String(notice.bytes(), StandardCharsets.UTF_8)).contains(">25</cbc:SubTypeCode>")
                .contains(">exclusive</cbc:ProcessReasonCode>").contains("neg-wo-call");
        String page = PageSession.loggedInAs("kari").get("agreements/direct.xhtml").body();
        assertThat(page).contains("Bare én leverandør på grunn av enerett").contains("§ 13-4 (1) a nr. 3")
                .contains("/api/direct-agreements/" + keytruda.getInt("id") + "/notices/veat");
        assertThat(Api.as("sandoz").getBytes("api/direct-agreements/" + keytruda.getInt("id") + "/notices/veat").status())
                .as("a supplier").isEqualTo(403);
    }

    private long tenderId(String reference) {
        return kari.get("api/tenders?q=" + reference).array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("reference").equals(reference)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static long version(JsonObject tender) {
        return tender.getJsonNumber("version").longValue();
    }
}
