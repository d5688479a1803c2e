package no.lis.tender.evaluation.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import no.lis.tender.evaluation.domain.EvaluatedOffer;
import no.lis.tender.evaluation.domain.PricePerUnit;
import no.lis.tender.evaluation.domain.ScenarioResult;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.CriterionType;

import no.lis.tender.shared.domain.JsonStrings;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A lot's ranked offers as they are stored with the lot: one JSON array, best first. The ranking
 * is computed, replaced as a whole and read a page of lots at a time, never queried offer by offer,
 * so a generic tender's 16 000 evaluated offers cost 2 000 rows to write instead of 18 000.
 * Amounts are written as decimal strings so that they come back with the scale they had; the keys
 * are short, since the rows of a large tender are most of what storing a ranking costs.
 */
final class RankedOffersJson {

    /** The column's size; a lot's eight offers take about 3 000 characters. */
    static final int MAX_LENGTH = 32_000;

    private RankedOffersJson() {
    }

    /**
     * The JSON written by hand, not through a JSON-P builder: building it was three fifths of a
     * 2 000-lot ranking's time (issue 14). The same text as JSON-P writes (keys in this order, strings
     * escaped as RFC 8259 asks), read back by {@link #read}.
     */
    static String write(int lotNumber, List<EvaluatedOffer> offers) {
        StringBuilder json = new StringBuilder(offers.size() * 400).append('[');
        for (EvaluatedOffer offer : offers) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"r\":").append(offer.rank());
            json.append(",\"o\":").append(offer.offerId());
            json.append(",\"s\":").append(offer.supplierId());
            string(json, "n", offer.supplierName());
            string(json, "t", offer.receivedAt().toString());
            string(json, "v", offer.varenummer());
            string(json, "p", offer.packPrice().toPlainString());
            string(json, "d", offer.dddsPerPack().toPlainString());
            string(json, "b", offer.price().basis().name());
            string(json, "pp", offer.pricePoints().toPlainString());
            json.append(",\"x\":{");
            boolean firstPart = true;
            for (Map.Entry<CriterionType, BigDecimal> part : offer.byCriterion().entrySet()) {
                if (!firstPart) {
                    json.append(',');
                }
                firstPart = false;
                JsonStrings.quoted(json, part.getKey().name()).append(':');
                JsonStrings.quoted(json, part.getValue().toPlainString());
            }
            json.append('}');
            string(json, "tot", offer.total().toPlainString());
            if (offer.price().basis().needsTreatmentPeriod()) {
                json.append(",\"td\":").append(offer.price().days());
            }
            if (offer.savings() != null) {
                string(json, "sv", offer.savings().toPlainString());
            }
            if (!offer.scenarios().isEmpty()) {
                json.append(",\"sc\":[");
                boolean firstScenario = true;
                for (ScenarioResult scenario : offer.scenarios()) {
                    json.append(firstScenario ? "{" : ",{");
                    firstScenario = false;
                    JsonStrings.quoted(json, "n").append(':');
                    JsonStrings.quoted(json, scenario.scenario());
                    json.append(",\"c\":").append(scenario.chosen());
                    string(json, "p", scenario.packPrice().toPlainString());
                    json.append(",\"r\":").append(scenario.rank()).append('}');
                }
                json.append(']');
            }
            json.append('}');
        }
        json.append(']');
        if (json.length() > MAX_LENGTH) {
            throw new IllegalStateException("the " + offers.size() + " ranked offers of lot " + lotNumber
                    + " take " + json.length() + " characters, more than the " + MAX_LENGTH + " stored per lot");
        }
        return json.toString();
    }

    /** {@code ,"key":"value"} */
    private static void string(StringBuilder json, String key, String value) {
        json.append(",\"").append(key).append("\":");
        JsonStrings.quoted(json, value);
    }

    static List<EvaluatedOffer> read(String json) {
        if (json == null) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream().map(RankedOffersJson::offer).toList();
        }
    }

    /**
     * The price on the lot's basis is not stored: it is normalised again from the pack price, the
     * pack's DDDs, the basis and (per treatment period) the number of days, which gives the same
     * amount and the same numbers to show its computation.
     */
    private static EvaluatedOffer offer(JsonObject json) {
        Map<CriterionType, BigDecimal> parts = new EnumMap<>(CriterionType.class);
        JsonObject stored = json.getJsonObject("x");
        stored.keySet().forEach(type -> parts.put(CriterionType.valueOf(type), new BigDecimal(stored.getString(type))));
        BigDecimal packPrice = decimal(json, "p");
        BigDecimal ddds = decimal(json, "d");
        ComparisonBasis basis = ComparisonBasis.valueOf(json.getString("b"));
        Integer days = json.containsKey("td") ? json.getInt("td") : null;
        PricePerUnit price = PricePerUnit.normalise(packPrice, ddds, basis, days);
        List<ScenarioResult> scenarios = !json.containsKey("sc") ? List.of()
                : json.getJsonArray("sc").getValuesAs(JsonObject.class).stream().map(scenario -> {
                    BigDecimal scenarioPrice = decimal(scenario, "p");
                    return new ScenarioResult(scenario.getString("n"), scenario.getBoolean("c"), scenarioPrice,
                            PricePerUnit.normalise(scenarioPrice, ddds, basis, days), scenario.getInt("r"));
                }).toList();
        return new EvaluatedOffer(json.getInt("r"), number(json, "o"), number(json, "s"), json.getString("n"),
                Instant.parse(json.getString("t")), json.getString("v"), packPrice, ddds, price,
                decimal(json, "pp"), parts, decimal(json, "tot"), json.containsKey("sv") ? decimal(json, "sv") : null,
                scenarios);
    }

    private static long number(JsonObject json, String key) {
        return ((JsonNumber) json.get(key)).longValueExact();
    }

    private static BigDecimal decimal(JsonObject json, String key) {
        return new BigDecimal(json.getString(key));
    }
}
