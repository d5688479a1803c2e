package no.lis.tender.offers.domain;

import jakarta.json.JsonObject;
import no.lis.tender.shared.domain.Validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The price per pack a supplier offers under one of a lot's price scenarios (issue 16 item 3), e.g.
 * 9 800 kr if only the subgroup is treated and 7 400 kr if all patients are. The same rule as the
 * lot's price: more than zero, whole øre. A broken rule names {@code scenario} or {@code unitPricePerPack}.
 */
public record ScenarioPrice(String scenario, BigDecimal unitPricePerPack) {

    public ScenarioPrice {
        Validation validation = new Validation();
        scenario = validation.requiredText("scenario", scenario, 100);
        if (validation.required(unitPricePerPack, "unitPricePerPack")
                && validation.check(LotOffer.isPrice(unitPricePerPack), "unitPricePerPack", "offers.price.invalid")) {
            unitPricePerPack = unitPricePerPack.setScale(LotOffer.PRICE_SCALE, RoundingMode.UNNECESSARY);
        }
        validation.throwIfInvalid();
    }

    static ScenarioPrice fromJson(JsonObject json) {
        return new ScenarioPrice(json.getString("scenario"), new BigDecimal(json.getString("unitPricePerPack")));
    }

    Map<String, Object> toJson() {
        return Map.of("scenario", scenario, "unitPricePerPack", unitPricePerPack.toPlainString());
    }
}
