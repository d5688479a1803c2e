package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import no.lis.tender.tendering.domain.Timeline;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Framework agreements after the standstill and direct agreements on a real server: concluding is
 * refused during the standstill with its last day, allowed once the server's clock is past it, the
 * tender's agreement becomes active, an option moves the end; prices only for buyers and administrators.
 */
@ExtendWith(ArquillianExtension.class)
class AgreementsIT {

    private final Api kari = Api.as("kari");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void concludingIsRefusedDuringTheStandstillWithItsLastDayAndAllowedOnceItHasEnded() {
        JsonObject award = Awards.lettersIssued();
        LocalDate lastDay = LocalDate.parse(award.getString("standstillAnnouncedEnd"));
        assertThat(award.getBoolean("mayConclude")).isFalse();

        Api.Reply early = kari.post("api/agreements/framework", Awards.frameworkAgreement(award));
        assertThat(early.status()).as(early.toString()).isEqualTo(400);
        assertThat(early.object().getString("message")) // in English, as the API client asks: "16 Dec 2026"
                .contains(DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH).format(lastDay));

        Tenders.at(Awards.earlyOn(lastDay), () -> assertThat(kari.post("api/agreements/framework", Awards.frameworkAgreement(award)).status())
                .as("not on its last day either").isEqualTo(400));
        AtomicReference<JsonObject> concluded = new AtomicReference<>();
        Tenders.at(Awards.earlyOn(lastDay.plusDays(1)), () -> {
            Api.Reply reply = kari.post("api/agreements/framework", Awards.frameworkAgreement(award));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            concluded.set(reply.object());
        });
        JsonObject agreement = concluded.get();
        assertThat(agreement.getJsonArray("lines").getJsonObject(0).getString("supplierName")).isEqualTo("Sandoz AS");
        assertThat(agreement.getJsonArray("lines").getJsonObject(0).getInt("supplierRank")).isEqualTo(1);
        assertThat(kari.get("api/tenders/" + award.getInt("tenderId")).object().getString("status"))
                .isEqualTo("AGREEMENT_ACTIVE");
        JsonObject after = kari.get(Awards.path(award.getInt("tenderId"))).object();
        assertThat(Awards.market(after).getJsonNumber("agreementId").longValue())
                .isEqualTo(agreement.getJsonNumber("id").longValue());
        assertThat(kari.post("api/agreements/framework", Awards.frameworkAgreement(award)).status())
                .as("one agreement per market").isEqualTo(400);
    }

    @Test
    void exercisingAnOptionMovesTheEndAndTheListShowsItWithItsDecisionDates() {
        JsonObject award = Awards.lettersIssued();
        LocalDate lastDay = LocalDate.parse(award.getString("standstillAnnouncedEnd"));
        AtomicReference<JsonObject> concluded = new AtomicReference<>();
        Tenders.at(Awards.earlyOn(lastDay.plusDays(1)),
                () -> concluded.set(Awards.expectOk(kari.post("api/agreements/framework", Awards.frameworkAgreement(award))).object()));
        long id = concluded.get().getJsonNumber("id").longValue();
        LocalDate end = LocalDate.parse(award.getString("agreementEnd"));

        Api.Reply outOfOrder = kari.post("api/agreements/framework/" + id + "/options/2/exercise", Json.createObjectBuilder().build());
        assertThat(outOfOrder.status()).as(outOfOrder.toString()).isEqualTo(400);
        JsonObject exercised = Awards.expectOk(kari.post("api/agreements/framework/" + id + "/options/1/exercise",
                Json.createObjectBuilder().build())).object();
        LocalDate extended = end.plusDays(1).plusMonths(12).minusDays(1);
        assertThat(exercised.getString("end")).isEqualTo(extended.toString());
        assertThat(exercised.getString("agreedEnd")).isEqualTo(end.toString());
        assertThat(exercised.getInt("nextOption")).isEqualTo(2);

        JsonObject all = kari.get("api/agreements?all=true").object();
        JsonObject listed = all.getJsonArray("framework").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(listed.getString("end")).isEqualTo(extended.toString());
        assertThat(listed.getJsonArray("options").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("status") + " " + o.getString("decideBy"))
                .containsExactly("EXERCISED " + end.minusMonths(6), "OPEN " + end.plusMonths(6));
        assertThat(kari.get("api/agreements").object().getJsonArray("framework").getValuesAs(JsonObject.class))
                .as("in force from its start only").noneMatch(a -> a.getJsonNumber("id").longValue() == id);

        JsonObject declined = Awards.expectOk(kari.post("api/agreements/framework/" + id + "/options/2/decline",
                Json.createObjectBuilder().build())).object();
        assertThat(declined.getString("end")).isEqualTo(extended.toString());
    }

    @Test
    void aDirectAgreementOfAPhaseOneNegotiationIsRecordedWithARebateOffTheMaximumPrice() {
        LocalDate today = LocalDate.now(Timeline.OSLO);
        Api.Reply concluded = kari.post("api/agreements/direct", Json.createObjectBuilder()
                .add("nyeMetoderId", "ID2026_101").add("varenummer", "411881").add("rebatePercent", new BigDecimal("20"))
                .add("validFrom", today.minusDays(1).toString()).add("validTo", today.plusYears(1).toString())
                .add("legalGround", "EXCLUSIVE_RIGHTS").add("groundReason", "Patentbeskyttet; én leverandør.").build());
        assertThat(concluded.status()).as(concluded.toString()).isEqualTo(200);
        JsonObject direct = concluded.object();
        assertThat(direct.getString("supplierName")).isEqualTo("AbbVie AS");
        assertThat(direct.getJsonNumber("effectivePrice").bigDecimalValue()).isEqualByComparingTo("7824.24");
        assertThat(kari.get("api/agreements").object().getJsonArray("direct").getValuesAs(JsonObject.class))
                .anyMatch(d -> d.getString("nyeMetoderId").equals("ID2026_101"));

        Api.Reply malformed = kari.post("api/agreements/direct", Json.createObjectBuilder()
                .add("nyeMetoderId", "2026-101").add("varenummer", "411881").add("agreedPrice", 5000)
                .add("validFrom", today.toString()).add("validTo", today.plusYears(1).toString()).build());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("decision");
    }

    @Test
    void agreementsWithTheirPricesAreForBuyersAndAdministratorsOnly() {
        assertThat(kari.get("api/agreements").status()).isEqualTo(200);
        assertThat(Api.as("admin").get("api/agreements?all=true").status()).isEqualTo(200);
        for (String user : List.of("sandoz", "ingrid", "hanne")) {
            assertThat(Api.as(user).get("api/agreements").status()).as(user).isEqualTo(403);
            assertThat(Api.as(user).get("api/agreements?all=true").status()).as(user).isEqualTo(403);
        }
        assertThat(Api.anonymous().get("api/agreements").status()).isEqualTo(401);
        assertThat(Api.as("admin").post("api/agreements/direct", Json.createObjectBuilder().build()).status())
                .as("administrators read, buyers conclude").isEqualTo(403);
    }
}
