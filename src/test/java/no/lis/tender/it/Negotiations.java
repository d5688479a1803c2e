package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import no.lis.tender.tendering.domain.Timeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Phase-1 negotiations made through the API for the tests. The case is on Humira 40 mg syringe
 * (varenummer 411881, maximum price 9 780,30 per pack), 26 packs a patient-year, with 0,2 QALYs
 * gained, 40 000 NOK of other incremental costs and an absolute shortfall of 9 QALYs (class 3,
 * 495 000 NOK per QALY): the highest yearly drug cost is 0,2 × 495 000 − 40 000 = 59 000, the
 * break-even net price 59 000 ÷ 26 = 2 269,23 per pack, the lowest rebate 76,80 %.
 */
final class Negotiations {

    static final String BREAK_EVEN = "2269.23";
    static final String LOWEST_REBATE = "76.80";

    private Negotiations() {
    }

    static LocalDate today() {
        return LocalDate.now(Timeline.OSLO);
    }

    /** A Nye metoder id no other test is likely to take in this run. */
    static String freshCaseId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "ID20" + random.nextInt(10, 100) + "_" + random.nextInt(100, 1000);
    }

    /** The body that opens a case {@code caseId}, received 60 days ago. */
    static JsonObjectBuilder opening(String caseId) {
        return Json.createObjectBuilder().add("nyeMetoderId", caseId).add("title", "Adalimumab ved en sjelden uveitt")
                .add("varenummer", "411881").add("receivedOn", today().minusDays(60).toString())
                .add("incrementalQalys", new BigDecimal("0.2")).add("otherIncrementalCosts", 40000)
                .add("packsPerPatientYear", 26).add("absoluteShortfall", 9);
    }

    /** A case opened by Kari, with one offer of a 50 % rebate received 40 days ago. */
    static JsonObject withAnOffer() {
        Api kari = Api.as("kari");
        Api.Reply created = kari.post("api/negotiations", opening(freshCaseId()).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject opened = created.object();
        return Awards.expectOk(kari.post(path(opened) + "/offers", Json.createObjectBuilder()
                .add("version", opened.getJsonNumber("version")).add("rebatePercent", 50)
                .add("receivedOn", today().minusDays(40).toString()).build())).object();
    }

    static String path(JsonObject negotiation) {
        return "api/negotiations/" + negotiation.getJsonNumber("id");
    }
}
