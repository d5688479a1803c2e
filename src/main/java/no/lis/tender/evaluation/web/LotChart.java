package no.lis.tender.evaluation.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import no.lis.tender.evaluation.domain.EvaluatedOffer;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.tendering.domain.CriterionType;

import java.util.List;
import java.util.function.Function;

/**
 * The chart of one lot for PrimeFaces' {@code p:chart} (a Chart.js configuration): one horizontal
 * bar per offer, in rank order, stacked from its weighted part per criterion, so that the buyer
 * sees what each offer's total is made of.
 */
final class LotChart {

    private static final String[] COLOURS = {"#2563eb", "#16a34a", "#0d9488", "#d97706"};

    private LotChart() {
    }

    /** The configuration as JSON; {@code label} names a criterion in the page's language. */
    static String json(LotOutcome outcome, List<CriterionType> criteria, Function<CriterionType, String> label,
                       String axisTitle) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        outcome.offers().forEach(offer -> labels.add(offer.rank() + ". " + offer.supplierName()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionType type = criteria.get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (EvaluatedOffer offer : outcome.offers()) {
                data.add(offer.part(type));
            }
            datasets.add(Json.createObjectBuilder().add("label", label.apply(type)).add("data", data)
                    .add("backgroundColor", COLOURS[i % COLOURS.length]));
        }
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true).add("min", 0).add("max", 100)
                                        .add("title", Json.createObjectBuilder().add("display", true).add("text", axisTitle)))
                                .add("y", stacked)))
                .build().toString();
    }
}
