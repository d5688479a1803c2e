package no.lis.tender.shared.api;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonBodyRulesTest {

    enum Kind { PRICE, QUALITY }

    record Criterion(Kind type, String title, int weight) {
    }

    record Body(Long version, String title, List<Criterion> criteria, BigDecimal price, Boolean open,
                Instant deadline, LocalDate start, List<String> atcCodes) {
    }

    @Test
    void aWellFormedBodyPasses() {
        assertThat(check("""
                {"version": 3, "title": "Adalimumab \uD83D\uDE00\\nlinje 2", "criteria": [{"type": "PRICE", "title": "Pris",
                 "weight": 70.0}], "price": 1234.50, "open": true, "deadline": "2026-03-01T12:00:00Z",
                 "start": "2026-04-01", "atcCodes": ["L04AB04"], "unknown": [1, 2]}""")).isEmpty();
    }

    @Test
    void fieldsLeftOutOrNullAreTheDomainsToJudge() {
        assertThat(check("{\"version\": null, \"criteria\": [{\"title\": null, \"weight\": 1}]}")).isEmpty();
    }

    @Test
    void aTrueFalseOrNumberHeldAsAPrimitiveIsRequiredNotTakenAsFalseOrZero() {
        assertThat(check("{\"criteria\": [{\"type\": \"PRICE\", \"title\": \"Pris\"}]}"))
                .containsExactly(new Violation("criteria[0].weight", "validation.required"));
    }

    @Test
    void noBodyOrANullBodyIsRefusedAsAWhole() {
        assertThat(JsonBodyRules.check(null, Body.class)).containsExactly(new Violation(null, "request.body.required"));
        assertThat(check("null")).containsExactly(new Violation(null, "request.body.required"));
    }

    @Test
    void aListInsteadOfAnObjectAndANullElementAreNamedByTheirPath() {
        assertThat(check("[null]")).containsExactly(new Violation(null, "request.value.object"));
        assertThat(check("{\"criteria\": [null], \"atcCodes\": [\"L04AB04\", null]}")).containsExactly(
                new Violation("criteria[0]", "validation.required"), new Violation("atcCodes[1]", "validation.required"));
    }

    @Test
    void aDecimalWeightIsRefusedNotCutTo33() {
        assertThat(check("{\"criteria\": [{\"weight\": 34}, {\"weight\": 33.5}, {\"weight\": 33}]}"))
                .containsExactly(new Violation("criteria[1].weight", "request.value.wholeNumber"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"criteria\": [{\"weight\": 99999999999}]} | criteria[0].weight | request.value.range",
            "{\"version\": 99999999999999999999}         | version            | request.value.range",
            "{\"version\": 1e999999999}                  | version            | request.value.range",
            "{\"version\": \"3\"}                        | version            | request.value.wholeNumber",
            "{\"price\": \"12,50\"}                      | price              | request.value.number",
            "{\"price\": 1e309}                          | price              | request.value.digits",
            "{\"price\": 0.0000001}                      | price              | request.value.digits",
            "{\"title\": 12}                             | title              | request.value.text",
            "{\"open\": \"yes\"}                         | open               | request.value.boolean",
            "{\"criteria\": [{\"type\": \"price\", \"weight\": 1}]} | criteria[0].type | request.value.choice",
            "{\"deadline\": \"01.03.2026 12:00\"}        | deadline           | request.value.time",
            "{\"start\": \"2026-02-30\"}                 | start              | request.value.date",
            "{\"criteria\": {\"weight\": 1}}             | criteria           | request.value.list",
            "{\"title\": \"Humira\\u0000\"}              | title              | text.unsafeCharacter",
            "{\"atcCodes\": [\"L04\\u202EAB04\"]}        | atcCodes[0]        | text.unsafeCharacter"})
    void aValueOfTheWrongKindIsRefusedUnderItsPath(String body, String field, String key) {
        assertThat(check(body)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void anIntegerFieldNamesItsRange() {
        assertThat(check("{\"criteria\": [{\"weight\": -99999999999}]}")).singleElement()
                .satisfies(v -> assertThat(v.arguments()).containsExactly("-2147483648", "2147483647"));
    }

    @Test
    void aHugeTextIsRefusedBeforeAnyColumnSeesIt() {
        String huge = "x".repeat(100_000);

        assertThat(check("{\"title\": \"" + huge + "\"}"))
                .containsExactly(new Violation("title", "text.tooLong", JsonBodyRules.MAX_TEXT));
    }

    @Test
    void everyFaultIsReportedAtOnce() {
        assertThat(check("{\"version\": 1.5, \"title\": \"\\u0007\", \"criteria\": [{\"weight\": \"70\"}]}"))
                .extracting(Violation::field).containsExactly("version", "title", "criteria[0].weight");
    }

    private static List<Violation> check(String json) {
        JsonValue value = Json.createReader(new StringReader(json)).readValue();
        return JsonBodyRules.check(value, Body.class);
    }
}
