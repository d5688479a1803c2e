package no.lis.tender.evaluation.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import no.lis.tender.evaluation.domain.EvaluatedOffer;
import no.lis.tender.evaluation.domain.PricePerUnit;
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
 * Amounts are written as decimal strings so that they come back with the scale they had.
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
                    .add("rank", offer.rank())
                    .add("offerId", offer.offerId())
                    .add("supplierId", offer.supplierId())
                    .add("supplierName", offer.supplierName())
                    .add("receivedAt", offer.receivedAt().toString())
                    .add("varenummer", offer.varenummer())
                    .add("packPrice", offer.packPrice().toPlainString())
                    .add("dddsPerPack", offer.dddsPerPack().toPlainString())
                    .add("basis", offer.price().basis().name())
                    .add("amount", offer.price().amount().toPlainString())
                    .add("computation", offer.price().computation())
                    .add("pricePoints", offer.pricePoints().toPlainString())
                    .add("parts", parts)
                    .add("total", offer.total().toPlainString());
            if (offer.savings() != null) {
                json.add("savings", offer.savings().toPlainString());
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

    private static EvaluatedOffer offer(JsonObject json) {
        Map<CriterionType, BigDecimal> parts = new EnumMap<>(CriterionType.class);
        json.getJsonObject("parts").forEach((type, part) ->
                parts.put(CriterionType.valueOf(type), new BigDecimal(json.getJsonObject("parts").getString(type))));
        return new EvaluatedOffer(json.getInt("rank"), number(json, "offerId"), number(json, "supplierId"),
                json.getString("supplierName"), Instant.parse(json.getString("receivedAt")), json.getString("varenummer"),
                decimal(json, "packPrice"), decimal(json, "dddsPerPack"),
                new PricePerUnit(ComparisonBasis.valueOf(json.getString("basis")), decimal(json, "amount"),
                        json.getString("computation")),
                decimal(json, "pricePoints"), parts, decimal(json, "total"),
                json.containsKey("savings") ? decimal(json, "savings") : null);
    }

    private static long number(JsonObject json, String key) {
        return ((JsonNumber) json.get(key)).longValueExact();
    }

    private static BigDecimal decimal(JsonObject json, String key) {
        return new BigDecimal(json.getString(key));
    }
}
