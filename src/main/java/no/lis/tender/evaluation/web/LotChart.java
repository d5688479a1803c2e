package no.lis.tender.evaluation.web;

import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.shared.web.StackedBarChart;
import no.lis.tender.tendering.domain.CriterionType;

import java.util.List;
import java.util.function.Function;

/**
 * The chart of one lot for PrimeFaces' {@code p:chart} (a Chart.js configuration): one horizontal
 * bar per offer, in rank order, stacked from its weighted part per criterion, so that the buyer
 * sees what each offer's total is made of.
 */
final class LotChart {

    private static final List<String> COLOURS = List.of("#2563eb", "#16a34a", "#0d9488", "#d97706");

    private LotChart() {
    }

    /** The configuration as JSON; {@code label} names a criterion in the page's language. */
    static String json(LotOutcome outcome, List<CriterionType> criteria, Function<CriterionType, String> label,
                       String axisTitle) {
        List<String> bars = outcome.offers().stream().map(offer -> offer.rank() + ". " + offer.supplierName())
                .toList();
        List<StackedBarChart.Part> parts = criteria.stream().map(type -> new StackedBarChart.Part(label.apply(type),
                outcome.offers().stream().map(offer -> offer.part(type)).toList())).toList();
        return StackedBarChart.json(bars, parts, COLOURS, true, new StackedBarChart.ValueAxis(axisTitle, 0, 100));
    }
}
