package no.lis.tender.evaluation.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import no.lis.tender.evaluation.domain.EvaluatedOffer;
import no.lis.tender.evaluation.domain.PricePerUnit;
import no.lis.tender.evaluation.domain.ScenarioResult;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.CriterionType;

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

    static String write(int lotNumber, List<EvaluatedOffer> offers) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (EvaluatedOffer offer : offers) {
            JsonObjectBuilder parts = Json.createObjectBuilder();
            offer.byCriterion().forEach((type, part) -> parts.add(type.name(), part.toPlainString()));
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("r", offer.rank())
                    .add("o", offer.offerId())
                    .add("s", offer.supplierId())
                    .add("n", offer.supplierName())
                    .add("t", offer.receivedAt().toString())
                    .add("v", offer.varenummer())
                    .add("p", offer.packPrice().toPlainString())
                    .add("d", offer.dddsPerPack().toPlainString())
                    .add("b", offer.price().basis().name())
                    .add("pp", offer.pricePoints().toPlainString())
                    .add("x", parts)
                    .add("tot", offer.total().toPlainString());
            if (offer.price().basis().needsTreatmentPeriod()) {
                json.add("td", offer.price().days());
            }
            if (offer.savings() != null) {
                json.add("sv", offer.savings().toPlainString());
            }
            if (!offer.scenarios().isEmpty()) {
                JsonArrayBuilder scenarios = Json.createArrayBuilder();
                offer.scenarios().forEach(scenario -> scenarios.add(Json.createObjectBuilder()
                        .add("n", scenario.scenario()).add("c", scenario.chosen())
                        .add("p", scenario.packPrice().toPlainString()).add("r", scenario.rank())));
                json.add("sc", scenarios);
            }
            array.add(json);
        }
        String json = array.build().toString();
        if (json.length() > MAX_LENGTH) {
            throw new IllegalStateException("the " + offers.size() + " ranked offers of lot " + lotNumber
                    + " take " + json.length() + " characters, more than the " + MAX_LENGTH + " stored per lot");
        }
        return json;
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
