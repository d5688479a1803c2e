package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static no.lis.tender.it.DemoCallers.abbvie;
import static no.lis.tender.it.DemoCallers.admin;
import static no.lis.tender.it.DemoCallers.kari;
import static no.lis.tender.it.DemoCallers.per;
import static no.lis.tender.it.DemoCallers.sandoz;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An insider with write access to the database moves and alters sealed offers (through JDBC on the
 * test server's own datasource, {@link SqlProbeResource}): what was moved or altered is refused with
 * the tamper error where it is read, and the opening reports it on that offer.
 */
@ExtendWith(ArquillianExtension.class)
class SealTamperIT {

    private static final String SEALED_COLUMNS = "CIPHERTEXT, %1$s_NONCE, %1$s_KEY_ID, %1$s_KEYS";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aSubmittedCiphertextCopiedIntoAnotherOffersDraftOrItsOwnDraftIsRefusedAndTheOpeningReportsIt() {
        JsonObject tender = Tenders.published();
        OfferIds offerIds = submittedBySandozAndAbbvie(tender, "2345.50", "2999.00");
        List<String> submittedBySandoz = sealed(offerIds.ofSandoz(), "SUBMITTED");

        overwrite(offerIds.ofAbbvie(), "DRAFT", submittedBySandoz);
        overwrite(offerIds.ofSandoz(), "DRAFT", submittedBySandoz);

        String offers = "api/tenders/" + tender.getInt("id") + "/offers";
        for (Api supplier : List.of(abbvie, sandoz)) {
            Api.Reply read = supplier.get(offers);
            assertThat(read.status()).as(read.toString()).isEqualTo(400);
            assertThat(read.object().getString("message")).contains("moved here from another place or altered")
                    .doesNotContain("2345");
        }

        JsonArray checks = open(tender).getJsonArray("checks");
        assertThat(checks.getValuesAs(JsonObject.class)).hasSize(2).allSatisfy(check -> {
            assertThat(check.getString("outcome")).as("the submissions themselves are intact").isEqualTo("INTACT");
            assertThat(check.getString("brokenSlots")).startsWith("DRAFT");
        });
    }

    @Test
    void oneChangedByteInASubmittedCiphertextMakesTheOpeningReportThatOfferAsTampered() {
        JsonObject tender = Tenders.published();
        OfferIds offerIds = submittedBySandozAndAbbvie(tender, "2111.00", "2777.00");
        List<String> submitted = sealed(offerIds.ofAbbvie(), "SUBMITTED");
        byte[] ciphertext = Base64.getDecoder().decode(submitted.get(0));
        ciphertext[ciphertext.length / 2] ^= 1;
        overwrite(offerIds.ofAbbvie(), "SUBMITTED", List.of(Base64.getEncoder().encodeToString(ciphertext),
                submitted.get(1), submitted.get(2), submitted.get(3)));

        JsonObject opening = open(tender);

        assertThat(opening.getJsonArray("checks").getValuesAs(JsonObject.class)).satisfiesExactlyInAnyOrder(
                check -> {
                    assertThat(check.getJsonNumber("offerId").longValue()).isEqualTo(offerIds.ofSandoz());
                    assertThat(check.getString("outcome")).isEqualTo("INTACT");
                    assertThat(check.getString("openedSha256")).isEqualTo(check.getString("receiptSha256"));
                },
                check -> {
                    assertThat(check.getJsonNumber("offerId").longValue()).isEqualTo(offerIds.ofAbbvie());
                    assertThat(check.getString("outcome")).isEqualTo("TAMPERED");
                    assertThat(check.getString("brokenSlots")).isEqualTo("SUBMITTED 1");
                });
        Api.Reply opened = kari.get("api/tenders/" + tender.getInt("id") + "/offers/opened");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        assertThat(opened.body()).contains("2111").doesNotContain("2777");
    }

    /** The ids of Sandoz's and AbbVie's offers on one tender. */
    private record OfferIds(long ofSandoz, long ofAbbvie) {
    }

    /** Sandoz and AbbVie submit offers on {@code tender} at these prices. */
    private static OfferIds submittedBySandozAndAbbvie(JsonObject tender, String sandozPrice, String abbviePrice) {
        return new OfferIds(OffersIT.submit(sandoz, tender, sandozPrice).getJsonNumber("offerId").longValue(),
                OffersIT.submit(abbvie, tender, abbviePrice).getJsonNumber("offerId").longValue());
    }

    /** The sealed columns of {@code slot} (DRAFT, SUBMITTED) of offer {@code offerId}, as stored. */
    private List<String> sealed(long offerId, String slot) {
        Api.Reply rows = admin.post("api/test/sql/query", Json.createObjectBuilder()
                .add("sql", "SELECT " + slot + "_" + SEALED_COLUMNS.formatted(slot) + " FROM OFR_OFFER WHERE ID = ?")
                .add("args", Json.createArrayBuilder().add(offerId)).build());
        assertThat(rows.status()).as(rows.toString()).isEqualTo(200);
        return rows.array().getJsonArray(0).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    /** Writes {@code columns} (ciphertext and nonce in Base64, key id, wrapped keys in Base64) into {@code slot}. */
    private void overwrite(long offerId, String slot, List<String> columns) {
        String set = String.join(" = ?, ", (slot + "_" + SEALED_COLUMNS.formatted(slot)).split(", ")) + " = ?";
        Api.Reply updated = admin.post("api/test/sql/update", Json.createObjectBuilder()
                .add("sql", "UPDATE OFR_OFFER SET " + set + " WHERE ID = ?")
                .add("args", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("base64", columns.get(0)))
                        .add(Json.createObjectBuilder().add("base64", columns.get(1)))
                        .add(columns.get(2))
                        .add(Json.createObjectBuilder().add("base64", columns.get(3)))
                        .add(offerId)).build());
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.object().getInt("updated")).isEqualTo(1);
    }

    /** Two buyers open the tender's offers after its deadline; returns the opening as confirmed. */
    private JsonObject open(JsonObject tender) {
        String base = "api/tenders/" + tender.getInt("id");
        Instant afterDeadline = Instant.parse(tender.getJsonObject("timeline").getString("submissionDeadline"))
                .plusSeconds(60);
        JsonObject[] confirmed = new JsonObject[1];
        Tenders.at(afterDeadline.toString(), () -> {
            assertThat(kari.post(base + "/opening", Json.createObjectBuilder().build()).status()).isEqualTo(200);
            Api.Reply reply = per.post(base + "/opening", Json.createObjectBuilder().build());
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            confirmed[0] = reply.object();
        });
        return confirmed[0];
    }
}
