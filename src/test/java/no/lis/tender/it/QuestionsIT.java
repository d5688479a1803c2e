package no.lis.tender.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Questions and answers on the published demo tender: asked by a supplier, answered to all without naming who asked. */
@ExtendWith(ArquillianExtension.class)
class QuestionsIT {

    private static final String OPEN_TENDER = "2026-LIS-TNF-02";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aSuppliersQuestionIsAnsweredToAllWithoutNamingWhoAsked() {
        long tenderId = idOf(OPEN_TENDER);
        String text = "Skal prisen for adalimumab gis per ferdigfylt penn eller per pakning? (" + System.nanoTime() + ")";
        Api.Reply asked = Api.as("sandoz").post("api/tenders/" + tenderId + "/questions",
                Json.createObjectBuilder().add("text", text).build());
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);

        JsonObject question = Api.as("kari").get("api/tenders/" + tenderId + "/questions").array()
                .getValuesAs(JsonObject.class).stream().filter(q -> q.getString("question").equals(text)).findFirst().orElseThrow();
        assertThat(question.getString("askedBy")).isEqualTo("sandoz");
        Api.Reply answered = Api.as("kari").put("api/tenders/" + tenderId + "/questions/" + question.getInt("id") + "/answer",
                Json.createObjectBuilder().add("version", question.getJsonNumber("version").longValue())
                        .add("answer", "Per pakning, eksklusive merverdiavgift.").build());
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);

        Api.Reply seenByAnother = Api.as("abbvie").get("api/tenders/" + tenderId + "/answers");
        assertThat(seenByAnother.status()).isEqualTo(200);
        assertThat(seenByAnother.body()).contains(text).contains("Per pakning").doesNotContain("sandoz")
                .doesNotContain("askedBy");
    }

    @Test
    void aQuestionAtTheQuestionDeadlineIsRefusedNamingTheDeadline() {
        long tenderId = idOf(OPEN_TENDER);
        String deadline = Api.as("kari").get("api/tenders/" + tenderId).object().getJsonObject("timeline")
                .getString("questionDeadline");
        Api admin = Api.as("admin");
        try {
            assertThat(admin.put("api/test/clock?now=" + deadline, JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(200);
            Api.Reply reply = Api.as("sandoz").post("api/tenders/" + tenderId + "/questions",
                    Json.createObjectBuilder().add("text", "Kan fristen forlenges?").build());
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.object().getString("message")).contains("question deadline was").contains("12:00");
        } finally {
            admin.delete("api/test/clock");
        }
    }

    @Test
    void onlySuppliersAskAndDraftsAreNotThere() {
        long draft = idOf("2026-LIS-TNF-03");
        assertThat(Api.as("sandoz").post("api/tenders/" + draft + "/questions",
                Json.createObjectBuilder().add("text", "?").build()).status()).isEqualTo(404);
        assertThat(Api.as("kari").post("api/tenders/" + idOf(OPEN_TENDER) + "/questions",
                Json.createObjectBuilder().add("text", "?").build()).status()).isEqualTo(403);
        assertThat(Api.as("sandoz").get("api/tenders/" + idOf(OPEN_TENDER) + "/questions").status()).isEqualTo(403);
    }

    private static long idOf(String reference) {
        // by its reference, not among the newest: a kept test database grows past a page of tenders
        List<JsonObject> tenders = Api.as("kari").get("api/tenders?q=" + reference).array().getValuesAs(JsonObject.class);
        return tenders.stream().filter(t -> t.getString("reference").equals(reference)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
