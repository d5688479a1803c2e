package no.lis.tender.agreements.adherence.web;

import no.lis.tender.agreements.adherence.application.FollowUpOverview.AreaSavings;
import no.lis.tender.shared.web.StackedBarChart;

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

    private static final List<String> COLOURS =
            List.of("#2563eb", "#16a34a", "#d97706", "#0d9488", "#9333ea", "#dc2626");

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
        List<StackedBarChart.Part> parts = byArea.entrySet().stream().map(area -> new StackedBarChart.Part(
                area.getKey(), periods.stream().map(period -> area.getValue().getOrDefault(period, BigDecimal.ZERO))
                        .toList())).toList();
        return StackedBarChart.json(periods, parts, COLOURS, false, StackedBarChart.ValueAxis.titled(axisTitle));
    }
}
