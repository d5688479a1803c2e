package no.lis.tender.offers.domain;

import jakarta.json.JsonObject;
import no.lis.tender.shared.domain.Validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a supplier offers on one lot of a tender: the packs, the unit price per pack in NOK
 * excluding VAT (the pharmacy purchase price, AIP: more than zero, whole øre) and the answers to
 * the scored sub-criteria, each sub-criterion answered at most once; at most {@value #MAX_PRODUCTS}
 * packs and {@value #MAX_ANSWERS} answers, so that one request cannot make the checks and the sealed
 * content arbitrarily large (a tender asks far fewer). A broken rule names the field
 * ({@code lotNumber}, {@code products}, {@code unitPricePerPack}, {@code answers}, {@code scenarioPrices}).
 * <p>
 * On a lot that asks for prices per scenario the supplier gives {@code scenarioPrices}, one per
 * scenario in the lot's order ({@link OfferContent#violationsAgainst}); the unit price per pack is then
 * the price under the first scenario, taken from it when not given. Content without scenario prices
 * serialises exactly as before they existed, so that earlier receipts still match.
 */
public record LotOffer(int lotNumber, List<OfferedProduct> products, BigDecimal unitPricePerPack,
                       List<CriterionAnswer> answers, List<ScenarioPrice> scenarioPrices) {

    public static final int PRICE_SCALE = 2;
    public static final int MAX_PRODUCTS = 20;
    public static final int MAX_ANSWERS = 100;
    public static final int MAX_SCENARIOS = 6;
    private static final BigDecimal PRICE_LIMIT = BigDecimal.TEN.pow(10);

    public LotOffer {
        Validation validation = new Validation();
        scenarioPrices = scenarioPrices == null ? List.of() : List.copyOf(scenarioPrices);
        if (unitPricePerPack == null && !scenarioPrices.isEmpty()) {
            unitPricePerPack = scenarioPrices.get(0).unitPricePerPack();
        }
        if (validation.check(scenarioPrices.size() <= MAX_SCENARIOS, "scenarioPrices", "offers.scenario.tooMany",
                MAX_SCENARIOS)) {
            Set<String> named = new HashSet<>();
            for (ScenarioPrice price : scenarioPrices) {
                validation.check(named.add(price.scenario()), "scenarioPrices", "offers.scenario.twice", price.scenario());
            }
        }
        validation.check(lotNumber >= 1, "lotNumber", "offers.lot.unknown", lotNumber);
        products = products == null ? List.of() : List.copyOf(products);
        validation.check(!products.isEmpty(), "products", "offers.products.required");
        validation.check(products.size() <= MAX_PRODUCTS, "products", "offers.products.tooMany", MAX_PRODUCTS);
        if (validation.required(unitPricePerPack, "unitPricePerPack")
                && validation.check(isPrice(unitPricePerPack), "unitPricePerPack", "offers.price.invalid")) {
            unitPricePerPack = unitPricePerPack.setScale(PRICE_SCALE, RoundingMode.UNNECESSARY);
        }
        answers = answers == null ? List.of() : List.copyOf(answers);
        if (validation.check(answers.size() <= MAX_ANSWERS, "answers", "offers.answers.tooMany", MAX_ANSWERS)) {
            // one pass with a set of the sub-criteria seen: linear, where comparing each answer with
            // every earlier one was quadratic
            Set<List<Object>> answered = new HashSet<>();
            for (CriterionAnswer answer : answers) {
                validation.check(answered.add(answer.sameAsKey()), "answers", "offers.answer.twice",
                        answer.subCriterion());
            }
        }
        validation.throwIfInvalid();
    }

    /** An offer on a lot that asks for one price. */
    public LotOffer(int lotNumber, List<OfferedProduct> products, BigDecimal unitPricePerPack,
                    List<CriterionAnswer> answers) {
        this(lotNumber, products, unitPricePerPack, answers, List.of());
    }

    /** The price per pack under {@code scenario}, or the unit price where no scenario prices were given. */
    public BigDecimal priceUnder(String scenario) {
        if (scenario == null || scenarioPrices.isEmpty()) {
            return unitPricePerPack;
        }
        return scenarioPrices.stream().filter(p -> p.scenario().equals(scenario)).map(ScenarioPrice::unitPricePerPack)
                .findFirst().orElse(unitPricePerPack);
    }

    static boolean isPrice(BigDecimal price) {
        return price.signum() > 0 && Math.max(0, price.stripTrailingZeros().scale()) <= PRICE_SCALE
                && price.compareTo(PRICE_LIMIT) < 0;
    }

    static LotOffer fromJson(JsonObject json) {
        return new LotOffer(json.getInt("lotNumber"),
                json.getJsonArray("products").getValuesAs(JsonObject.class).stream()
                        .map(OfferedProduct::fromJson).toList(),
                new BigDecimal(json.getString("unitPricePerPack")),
                json.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                        .map(CriterionAnswer::fromJson).toList(),
                json.containsKey("scenarioPrices") ? json.getJsonArray("scenarioPrices").getValuesAs(JsonObject.class)
                        .stream().map(ScenarioPrice::fromJson).toList() : List.of());
    }

    /** The price is written as a string in plain notation with two decimals, e.g. "1234.50". */
    Map<String, Object> toJson() {
        Map<String, Object> json = new HashMap<>(Map.of("lotNumber", lotNumber,
                "products", products.stream().map(OfferedProduct::toJson).toList(),
                "unitPricePerPack", unitPricePerPack.toPlainString(),
                "answers", answers.stream().map(CriterionAnswer::toJson).toList()));
        if (!scenarioPrices.isEmpty()) {
            json.put("scenarioPrices", scenarioPrices.stream().map(ScenarioPrice::toJson).toList());
        }
        return json;
    }
}
