package no.lis.tender.shared.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.util.List;

/**
 * A stacked bar chart for PrimeFaces' {@code p:chart} (a Chart.js configuration, as JSON): one bar per
 * label, stacked from the parts, each part in its colour and named in the legend, so that a reader sees
 * both a bar's total and what it is made of. The charts of the pages differ in what they count, not in
 * how Chart.js is told to draw it.
 */
public final class StackedBarChart {

    /** One part of every bar: its name in the legend and its value in each bar, in the order of the bars. */
    public record Part(String label, List<BigDecimal> values) {
    }

    /**
     * The value axis: its title (e.g. the unit), and the fixed range where one is given ({@code null}
     * lets Chart.js fit it to the data).
     */
    public record ValueAxis(String title, Integer min, Integer max) {

        public static ValueAxis titled(String title) {
            return new ValueAxis(title, null, null);
        }
    }

    private StackedBarChart() {
    }

    /**
     * The configuration; bars run upwards, or from left to right where {@code horizontal} (long labels,
     * such as supplier names, then read on their own line). Part {@code i} takes colour {@code i}, the
     * colours starting again where there are more parts.
     */
    public static String json(List<String> bars, List<Part> parts, List<String> colours, boolean horizontal,
                              ValueAxis valueAxis) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        bars.forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < parts.size(); i++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            parts.get(i).values().forEach(data::add);
            datasets.add(Json.createObjectBuilder().add("label", parts.get(i).label()).add("data", data)
                    .add("backgroundColor", colours.get(i % colours.size())));
        }
        JsonObjectBuilder value = Json.createObjectBuilder().add("stacked", true);
        if (valueAxis.min() != null) {
            value.add("min", valueAxis.min());
        }
        if (valueAxis.max() != null) {
            value.add("max", valueAxis.max());
        }
        value.add("title", Json.createObjectBuilder().add("display", true).add("text", valueAxis.title()));
        JsonObjectBuilder category = Json.createObjectBuilder().add("stacked", true);
        JsonObjectBuilder options = Json.createObjectBuilder();
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        options.add("animation", false)
                .add("maintainAspectRatio", false)
                .add("scales", horizontal
                        ? Json.createObjectBuilder().add("x", value).add("y", category)
                        : Json.createObjectBuilder().add("x", category).add("y", value));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }
}
