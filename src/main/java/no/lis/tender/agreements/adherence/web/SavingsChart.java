package no.lis.tender.agreements.adherence.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import no.lis.tender.agreements.adherence.application.FollowUpOverview.AreaSavings;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The savings over time for PrimeFaces' {@code p:chart} (a Chart.js configuration): one bar per
 * month, stacked from the savings of each therapeutic area, so that the buyer sees both the total and
 * where it came from.
 */
final class SavingsChart {

    private static final String[] COLOURS = {"#2563eb", "#16a34a", "#d97706", "#0d9488", "#9333ea", "#dc2626"};

    private SavingsChart() {
    }

    /** The configuration as JSON; {@code axisTitle} names the amounts (NOK) in the page's language. */
    static String json(List<AreaSavings> series, String axisTitle) {
        List<String> periods = List.copyOf(new TreeSet<>(series.stream().map(AreaSavings::period).toList()));
        Map<String, Map<String, BigDecimal>> byArea = new LinkedHashMap<>();
        for (AreaSavings point : series) {
            String area = point.areaName() == null ? String.valueOf(point.therapeuticAreaId()) : point.areaName();
            byArea.computeIfAbsent(area, a -> new LinkedHashMap<>()).merge(point.period(), point.savings(),
                    BigDecimal::add);
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        periods.forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int colour = 0;
        for (Map.Entry<String, Map<String, BigDecimal>> area : byArea.entrySet()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            periods.forEach(period -> data.add(area.getValue().getOrDefault(period, BigDecimal.ZERO)));
            datasets.add(Json.createObjectBuilder().add("label", area.getKey()).add("data", data)
                    .add("backgroundColor", COLOURS[colour++ % COLOURS.length]));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true)
                                        .add("title", Json.createObjectBuilder().add("display", true)
                                                .add("text", axisTitle)))))
                .build().toString();
    }
}
