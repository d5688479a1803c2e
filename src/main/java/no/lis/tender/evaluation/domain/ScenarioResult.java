package no.lis.tender.evaluation.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An offer under one of its lot's price scenarios (issue 16 item 3): the pack price offered for that
 * scenario, that price on the lot's basis, and the place the offer would have if the lot were ranked
 * under it. The lot is ranked under the {@code chosen} one; the others are shown beside it.
 */
public record ScenarioResult(String scenario, boolean chosen, BigDecimal packPrice, PricePerUnit price, int rank) {

    public ScenarioResult {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(packPrice, "packPrice");
        Objects.requireNonNull(price, "price");
    }
}
