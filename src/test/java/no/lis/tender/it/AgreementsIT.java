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

import static no.lis.tender.it.DemoCallers.kari;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Framework agreements after the standstill and direct agreements on a real server: concluding is
 * refused during the standstill with its last day, allowed once the server's clock is past it, the
 * tender's agreement becomes active, an option moves the end; prices only for buyers and administrators.
 */
@ExtendWith(ArquillianExtension.class)
class AgreementsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        // the seeds make the therapeutic area of the recommendation that rests on a terminated agreement
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

    @Test
    void terminatingAnAgreementSetsItsLastDayAndReasonOnceAndFlagsTheRecommendationThatRestsOnIt() {
        JsonObject award = Awards.lettersIssued();
        JsonObject agreement = Awards.concluded(award);
        String path = "api/agreements/framework/" + agreement.getJsonNumber("id");
        LocalDate start = LocalDate.parse(agreement.getString("start"));

        JsonObject inForce = Recommendations.inForceOfANewArea();
        LocalDate from = LocalDate.parse(inForce.getString("validFrom")).plusMonths(1);
        Api.Reply drafted = kari.post("api/recommendations/" + inForce.getJsonNumber("recommendationId")
                + "/next-version", Json.createObjectBuilder().add("changeReason", "NEW_TENDER")
                .add("validFrom", from.toString()).add("validTo", from.plusYears(5).toString()).build());
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        JsonObject draft = drafted.object();
        String working = "api/recommendations/" + draft.getJsonNumber("recommendationId");
        JsonObject withLine = Awards.expectOk(kari.post(working + "/lines", Json.createObjectBuilder()
                .add("version", draft.getJsonNumber("version")).add("indication", "Revmatoid artritt").add("rank", 1)
                .add("varenummer", agreement.getJsonArray("lines").getJsonObject(0).getString("varenummer"))
                .add("pricePerPack", 3050).add("frameworkAgreementId", agreement.getJsonNumber("id")).build())).object();
        Recommendations.approveAndPublish(draft.getJsonNumber("recommendationId").longValue(),
                withLine.getJsonNumber("version").longValue());
        String editPage = "agreements/recommendation-edit.xhtml?id=" + draft.getJsonNumber("recommendationId");
        assertThat(PageSession.loggedInAs("kari").get(editPage).body()).doesNotContain("agreementTerminated");

        Api.Reply stale = kari.post(path + "/termination", Json.createObjectBuilder().add("version", agreement.getJsonNumber("version").longValue() + 5)
                .add("lastDay", start.toString()).add("reason", "Leverandøren kan ikke levere.").build());
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        Api.Reply outside = kari.post(path + "/termination", Json.createObjectBuilder().add("version", agreement.getJsonNumber("version"))
                .add("lastDay", start.minusDays(1).toString()).add("reason", " ").build());
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("lastDay", "reason");

        JsonObject terminated = Awards.expectOk(kari.post(path + "/termination", Json.createObjectBuilder()
                .add("version", agreement.getJsonNumber("version")).add("lastDay", start.plusMonths(1).toString())
                .add("reason", "Leverandøren kan ikke levere.").build())).object();
        assertThat(terminated.getString("terminatedOn")).isEqualTo(start.plusMonths(1).toString());
        assertThat(terminated.getString("terminationReason")).isEqualTo("Leverandøren kan ikke levere.");
        assertThat(terminated.getJsonArray("options").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("status")).containsOnly("LAPSED");
        Api.Reply again = kari.post(path + "/termination", Json.createObjectBuilder().add("version", terminated.getJsonNumber("version"))
                .add("lastDay", start.toString()).add("reason", "Igjen").build());
        assertThat(again.status()).as("only once").isEqualTo(400);

        assertThat(PageSession.loggedInAs("kari").get(editPage).body()).as("the line rests on a terminated agreement")
                .contains("agreementTerminated").contains(DateTimeFormatter.ofPattern("dd.MM.uuuu").format(start.plusMonths(1)));

        // issue 16 item 5: the next version is proposed by itself, without the agreement's line, for the buyer to confirm
        JsonObject proposal = Api.as("ingrid").get("api/recommendations/awaiting-approval").array()
                .getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getJsonNumber("therapeuticAreaId").equals(draft.getJsonNumber("therapeuticAreaId")))
                .findFirst().orElseThrow(() -> new AssertionError("no version proposed"));
        assertThat(proposal.getInt("versionNumber")).isEqualTo(draft.getInt("versionNumber") + 1);
        assertThat(proposal.getString("changeReason")).isEqualTo("AGREEMENT_TERMINATED");
        LocalDate dayAfter = start.plusMonths(1).plusDays(1);
        assertThat(proposal.getString("validFrom")).as("the day after the agreement's last day, after the version's start")
                .isEqualTo((dayAfter.isAfter(from) ? dayAfter : from.plusDays(1)).toString());
        String proposed = "api/recommendations/" + proposal.getJsonNumber("recommendationId");
        assertThat(kari.get(proposed + "/working-copy").body()).contains("\"awaitingConfirmation\":true")
                .doesNotContain("\"frameworkAgreementId\":" + agreement.getJsonNumber("id"));
        assertThat(Api.as("ingrid").post(proposed + "/approval", Json.createObjectBuilder()
                .add("version", proposal.getJsonNumber("version")).build()).status()).as("not yet confirmed").isEqualTo(400);
        assertThat(PageSession.loggedInAs("kari").get("agreements/recommendation-edit.xhtml?id="
                + proposal.getJsonNumber("recommendationId")).body()).contains("confirmProposal");
        JsonObject confirmed = Awards.expectOk(kari.post(proposed + "/confirmation", Json.createObjectBuilder()
                .add("version", proposal.getJsonNumber("version")).build())).object();
        assertThat(confirmed.getString("confirmedBy")).isEqualTo("kari");
        assertThat(kari.post(proposed + "/confirmation", Json.createObjectBuilder().add("version", confirmed.getJsonNumber("version"))
                .build()).status()).as("only once").isEqualTo(400);
    }

    @Test
    void aSupplierReportsStockOnlyForItsOwnAgreementAndStockBelowTheCoverIsFollowedUp() {
        JsonObject award = Awards.lettersIssued();
        JsonObject agreement = Awards.concluded(award);
        long id = agreement.getJsonNumber("id").longValue();
        String supply = "api/agreements/framework/" + id + "/supply";
        LocalDate today = LocalDate.now(Timeline.OSLO);
        JsonObject stock = Json.createObjectBuilder().add("countedOn", today.toString()).add("packsInStock", 400)
                .add("monthsOfStock", new BigDecimal("2.5")).build();
        Api sandoz = Api.as("sandoz");

        Api.Reply noCover = sandoz.post(supply + "/stock-reports", stock);
        assertThat(noCover.status()).as("no cover agreed yet: " + noCover).isEqualTo(400);
        Api.Reply badCover = kari.put(supply + "/cover", Json.createObjectBuilder()
                .add("version", agreement.getJsonNumber("version")).add("months", 30).build());
        assertThat(badCover.status()).isEqualTo(400);
        assertThat(badCover.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("months");
        Awards.expectOk(kari.put(supply + "/cover", Json.createObjectBuilder()
                .add("version", agreement.getJsonNumber("version")).add("months", 6).build()));

        JsonObject reported = Awards.expectOk(sandoz.post(supply + "/stock-reports", stock)).object();
        assertThat(reported.getBoolean("belowCover")).isTrue();
        assertThat(reported.getInt("coverMonths")).isEqualTo(6);
        for (String other : List.of("abbvie", "pfizer")) {
            assertThat(Api.as(other).post(supply + "/stock-reports", stock).status()).as(other + " reports").isEqualTo(404);
            assertThat(Api.as(other).get(supply + "/stock-reports").status()).as(other + " reads").isEqualTo(404);
        }
        assertThat(kari.post(supply + "/stock-reports", stock).status()).as("buyers do not report stock").isEqualTo(403);
        assertThat(sandoz.get(supply).status()).as("the buyers' view with costs").isEqualTo(403);

        Api.Reply supplied = sandoz.get("api/agreements/supplied");
        assertThat(supplied.status()).isEqualTo(200);
        assertThat(supplied.body()).doesNotContainIgnoringCase("price");
        assertThat(supplied.array().getValuesAs(JsonObject.class)).filteredOn(a -> a.getJsonNumber("agreementId").longValue() == id)
                .singleElement().satisfies(a -> assertThat(a.getInt("coverMonths")).isEqualTo(6));

        JsonObject followUp = kari.get("api/follow-up").object();
        assertThat(followUp.getJsonArray("stockBelowCover").getValuesAs(JsonObject.class))
                .filteredOn(due -> due.getJsonNumber("agreementId").longValue() == id).singleElement()
                .satisfies(due -> assertThat(due.getString("supplierName")).isEqualTo("Sandoz AS"));
        Awards.expectOk(sandoz.post(supply + "/stock-reports", Json.createObjectBuilder().add("countedOn", today.toString())
                .add("packsInStock", 1000).add("monthsOfStock", 6).build()));
        assertThat(kari.get("api/follow-up").object().getJsonArray("stockBelowCover").getValuesAs(JsonObject.class))
                .as("enough stock again").noneMatch(due -> due.getJsonNumber("agreementId").longValue() == id);
    }

    @Test
    void aShortageWithTheCostOfItsSubstituteIsForBuyersAndItsHistoryIsShownForTheNextTenderOfTheSubstance() {
        JsonObject award = Awards.lettersIssued();
        JsonObject agreement = Awards.concluded(award);
        String supply = "api/agreements/framework/" + agreement.getJsonNumber("id") + "/supply";
        JsonObject line = agreement.getJsonArray("lines").getJsonObject(0);
        String substitute = "Erstatning " + System.nanoTime() % 100_000;

        Api.Reply wrong = kari.post(supply + "/shortages", Json.createObjectBuilder().add("varenummer", "000000")
                .add("from", agreement.getString("start")).add("substitute", substitute).add("substituteCost", -5).build());
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.object().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .containsExactly("varenummer", "substituteCost");
        JsonObject recorded = Awards.expectOk(kari.post(supply + "/shortages", Json.createObjectBuilder()
                .add("varenummer", line.getString("varenummer")).add("from", agreement.getString("start"))
                .add("substitute", substitute).add("substituteCost", new BigDecimal("48250.75")).build())).object();
        assertThat(recorded.getString("supplierName")).isEqualTo("Sandoz AS");
        assertThat(recorded.getJsonNumber("substituteCost").bigDecimalValue()).isEqualByComparingTo("48250.75");

        JsonObject read = Awards.expectOk(kari.get(supply)).object();
        assertThat(read.getJsonArray("shortages").getValuesAs(JsonObject.class)).extracting(s -> s.getString("substitute"))
                .containsExactly(substitute);
        assertThat(read.getJsonArray("histories").getValuesAs(JsonObject.class))
                .anyMatch(h -> h.getString("supplierName").equals("Sandoz AS") && h.toString().contains(substitute));
        for (String user : List.of("sandoz", "ingrid", "hanne")) {
            assertThat(Api.as(user).get(supply).status()).as(user).isEqualTo(403);
        }
        assertThat(Api.as("sandoz").post(supply + "/shortages", Json.createObjectBuilder().build()).status()).isEqualTo(403);

        String end = supply + "/shortages/" + recorded.getJsonNumber("id") + "/end";
        LocalDate start = LocalDate.parse(agreement.getString("start"));
        Api.Reply tooEarly = kari.put(end, Json.createObjectBuilder().add("version", recorded.getJsonNumber("version"))
                .add("to", start.minusDays(1).toString()).build());
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("to");
        JsonObject ended = Awards.expectOk(kari.put(end, Json.createObjectBuilder()
                .add("version", recorded.getJsonNumber("version")).add("to", start.plusDays(20).toString()).build())).object();
        assertThat(ended.getString("to")).isEqualTo(start.plusDays(20).toString());
        assertThat(kari.put(end, Json.createObjectBuilder().add("version", ended.getJsonNumber("version"))
                .add("to", start.plusDays(30).toString()).build()).status()).as("only once").isEqualTo(400);
        assertThat(Api.as("sandoz").put(end, Json.createObjectBuilder().add("version", ended.getJsonNumber("version"))
                .add("to", start.plusDays(30).toString()).build()).status()).isEqualTo(403);

        String criteriaTab = PageSession.loggedInAs("kari").get("tendering/tender.xhtml?id=" + award.getInt("tenderId") + "&tab=criteria").body();
        assertThat(criteriaTab).as("the history of the substance on the tender's criteria tab, without the cost")
                .contains(substitute).doesNotContain("250,75").doesNotContain("250.75");
    }

    /** Issue 16 item 5: a kick-off meeting per agreement and trust, overdue when none is planned 14 days before the start. */
    @Test
    void aKickOffNotPlannedFourteenDaysBeforeTheStartIsOverdueUntilPlannedAndItsMinutesFollowTheMeeting() {
        JsonObject agreement = Awards.concluded(Awards.lettersIssued());
        long id = agreement.getJsonNumber("id").longValue();
        LocalDate start = LocalDate.parse(agreement.getString("start"));
        java.util.function.Predicate<JsonObject> ofThis = row -> row.getJsonNumber("agreementId").longValue() == id;
        Tenders.at(Awards.earlyOn(start.minusDays(15)), () -> assertThat(kari.get("api/kick-offs").object()
                .getJsonArray("overdue").getValuesAs(JsonObject.class)).as("15 days before").noneMatch(ofThis));
        Tenders.at(Awards.earlyOn(start.minusDays(14)), () -> assertThat(kari.get("api/kick-offs").object()
                .getJsonArray("overdue").getValuesAs(JsonObject.class)).as("14 days before").anyMatch(ofThis));

        Api.Reply unknown = kari.post("api/kick-offs", Json.createObjectBuilder().add("agreementId", id)
                .add("hospitalTrust", "Helse Atlantis HF").add("participants", " ").build());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.object().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .containsExactly("hospitalTrust", "participants");
        JsonObject plan = Json.createObjectBuilder().add("agreementId", id).add("hospitalTrust", "Helse Bergen HF")
                .add("participants", "Sykehusapoteket Bergen, seksjonsoverlege revmatologi")
                .add("changeoverPlan", "Bruk opp lageret, bestill den nye førstevalget fra avtalestart.").build();
        assertThat(Api.as("sandoz").post("api/kick-offs", plan).status()).isEqualTo(403);
        Api.Reply planned = kari.post("api/kick-offs", plan);
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        JsonObject meeting = planned.object();
        assertThat(meeting.getString("meetingDate")).as("by default 14 days before").isEqualTo(start.minusDays(14).toString());
        assertThat(kari.post("api/kick-offs", plan).status()).as("one per agreement and trust").isEqualTo(400);
        Tenders.at(Awards.earlyOn(start.minusDays(14)), () -> assertThat(kari.get("api/kick-offs").object()
                .getJsonArray("overdue").getValuesAs(JsonObject.class)).as("planned")
                .noneMatch(row -> ofThis.test(row) && (!row.containsKey("hospitalTrust") || row.isNull("hospitalTrust")
                        || row.getString("hospitalTrust").equals("Helse Bergen HF"))));

        String path = "api/kick-offs/" + meeting.getJsonNumber("id");
        JsonObject minutes = Json.createObjectBuilder().add("version", meeting.getJsonNumber("version"))
                .add("meetingDate", meeting.getString("meetingDate")).add("participants", meeting.getString("participants"))
                .add("minutes", "Lagerovergangen er avtalt.").build();
        Tenders.at(Awards.earlyOn(start.minusDays(15)), () -> assertThat(kari.put(path, minutes).status())
                .as("no minutes before the meeting").isEqualTo(400));
        AtomicReference<JsonObject> held = new AtomicReference<>();
        Tenders.at(Awards.earlyOn(start.minusDays(13)), () -> held.set(Awards.expectOk(kari.put(path, minutes)).object()));
        assertThat(held.get().getBoolean("held")).isTrue();
        assertThat(held.get().getString("minutes")).isEqualTo("Lagerovergangen er avtalt.");
        assertThat(kari.put(path, minutes).status()).as("the version read is stale").isEqualTo(409);
        assertThat(PageSession.loggedInAs("kari").get("agreements/kick-offs.xhtml").body())
                .contains("Lagerovergangen er avtalt.").contains("Helse Bergen HF");
    }
}
