package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import static no.lis.tender.it.DemoCallers.kari;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The award rules of the regulations on a real server, each on a tender of its own: only a petition
 * to the court filed within the standstill blocks the conclusion (until the court's decision is
 * recorded), an ordinary complaint does not, and a supplier whose offer was rejected at
 * qualification gets a letter with the reason and reads no other supplier's letter.
 */
@ExtendWith(ArquillianExtension.class)
class StandstillIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static String lettersDay(JsonObject award) {
        return Instant.parse(award.getString("lettersIssuedAt")).atZone(ZoneId.of("Europe/Oslo")).toLocalDate().toString();
    }

    private JsonObject record(JsonObject award, String kind, String description) {
        Api.Reply recorded = kari.post(Awards.path(award.getInt("tenderId")) + "/complaints", Json.createObjectBuilder()
                .add("kind", kind).add("filedOn", lettersDay(award)).add("description", description).build());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        return recorded.object();
    }

    @Test
    void anOrdinaryComplaintIsRecordedAndTheAgreementIsConcludedAfterTheStandstillAllTheSame() {
        JsonObject award = Awards.lettersIssued();
        JsonObject recorded = record(award, "COMPLAINT", "AbbVie klager på poengene for kvalitet.");

        assertThat(recorded.getBoolean("standstillSuspended")).isFalse();
        assertThat(recorded.getJsonArray("complaints").getJsonObject(0).getString("kind")).isEqualTo("COMPLAINT");
        LocalDate lastDay = LocalDate.parse(recorded.getString("standstillEnd"));
        Tenders.at(Awards.earlyOn(lastDay.plusDays(1)), () -> {
            Api.Reply concluded = kari.post("api/agreements/framework", Awards.frameworkAgreement(award));
            assertThat(concluded.status()).as(concluded.toString()).isEqualTo(200);
        });
    }

    @Test
    void aCourtPetitionWithinTheStandstillBlocksTheConclusionUntilTheCourtsDecisionIsRecorded() {
        JsonObject award = Awards.lettersIssued();
        String path = Awards.path(award.getInt("tenderId"));
        LocalDate lastDay = LocalDate.parse(award.getString("standstillAnnouncedEnd"));
        JsonObject recorded = record(award, "COURT_PETITION", "AbbVie har begjært midlertidig forføyning.");

        assertThat(recorded.getBoolean("standstillSuspended")).isTrue();
        assertThat(recorded.getJsonArray("complaints").getJsonObject(0).getBoolean("suspends")).isTrue();
        AtomicReference<LocalDate> decided = new AtomicReference<>();
        Tenders.at(Awards.earlyOn(lastDay.plusDays(3)), () -> {
            Api.Reply refused = kari.post("api/agreements/framework", Awards.frameworkAgreement(award));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.object().getString("message")).contains("interim injunction");

            JsonObject resolved = kari.post(path + "/complaints/1/resolution", Json.createObjectBuilder()
                    .add("resolution", "Oslo tingrett tok ikke begjæringen til følge.").build()).object();
            assertThat(resolved.getBoolean("standstillSuspended")).isFalse();
            decided.set(LocalDate.parse(resolved.getString("standstillEnd")));
            assertThat(kari.post("api/agreements/framework", Awards.frameworkAgreement(award)).status())
                    .as("not on the day of the decision").isEqualTo(400);
        });
        assertThat(decided.get()).isEqualTo(lastDay.plusDays(3));
        Tenders.at(Awards.earlyOn(decided.get().plusDays(1)), () -> {
            Api.Reply concluded = kari.post("api/agreements/framework", Awards.frameworkAgreement(award));
            assertThat(concluded.status()).as(concluded.toString()).isEqualTo(200);
        });
    }

    @Test
    void aRejectedBidderReadsItsLetterWithTheReasonAndNoOther() throws IOException {
        String reason = "Tilbudt legemiddel (etanercept) samsvarer ikke med delkontraktens virkestoff (adalimumab).";
        JsonObject award = Awards.lettersIssuedRejectingPfizer(reason);
        String letter = Awards.path(award.getInt("tenderId")) + "/letter";

        assertThat(award.getJsonArray("letters").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("supplierName") + " " + l.getBoolean("awarded"))
                .containsExactlyInAnyOrder("Sandoz AS true", "AbbVie AS false", "Pfizer AS false");
        Api.Reply own = Api.as("pfizer").getBytes(letter);
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        String text = AwardLettersIT.text(own.bytes()).replace('\n', ' ');
        assertThat(text).contains("Pfizer AS", "Tilbudet deres er avvist", reason, "Tildelt: Sandoz AS")
                .doesNotContain("AbbVie");

        long sandoz = award.getJsonArray("letters").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("supplierName").equals("Sandoz AS")).findFirst().orElseThrow()
                .getJsonNumber("supplierId").longValue();
        assertThat(Api.as("pfizer").getBytes(letter + "?supplier=" + sandoz).status()).isEqualTo(404);
        long pfizer = award.getJsonArray("letters").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("supplierName").equals("Pfizer AS")).findFirst().orElseThrow()
                .getJsonNumber("supplierId").longValue();
        assertThat(Api.as("sandoz").getBytes(letter + "?supplier=" + pfizer).status())
                .as("and no one else reads the rejected bidder's letter").isEqualTo(404);
    }
}
