package no.lis.tender.agreements.adherence.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import no.lis.tender.agreements.adherence.application.FollowUpOverview.AreaSavings;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SavingsChartTest {

    @Test
    void eachAreaIsAStackOfBarsByMonthWithZeroForAMonthWithoutSavings() {
        String json = SavingsChart.json(List.of(
                new AreaSavings("2026-03", 7L, "Revmatologi", new BigDecimal("18300.00")),
                new AreaSavings("2026-03", 8L, "Onkologi", new BigDecimal("500.00")),
                new AreaSavings("2026-04", 7L, "Revmatologi", new BigDecimal("3995.00"))), "Besparelse (NOK)");

        JsonObject chart = Json.createReader(new StringReader(json)).readObject();
        assertThat(chart.getString("type")).isEqualTo("bar");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(1)).isEqualTo("2026-04");
        JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertThat(datasets.getJsonObject(0).getString("label")).isEqualTo("Revmatologi");
        assertThat(datasets.getJsonObject(0).getJsonArray("data").toString()).isEqualTo("[18300.00,3995.00]");
        assertThat(datasets.getJsonObject(1).getJsonArray("data").toString()).isEqualTo("[500.00,0]");
        assertThat(chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getBoolean("stacked"))
                .isTrue();
    }
}
