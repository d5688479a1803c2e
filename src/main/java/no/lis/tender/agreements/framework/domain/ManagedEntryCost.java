package no.lis.tender.agreements.framework.domain;

import no.lis.tender.shared.domain.Money;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What a volume of packs costs in an agreement year under a managed-entry agreement:
 * {@code listCost} at the price the terms start from (the agreed price, or for payment per responder
 * every treated patient), less the {@code priceEffect} of the terms (rebate, tiers, non-responders;
 * negative where a temporary price has run out and the maximum price applies), less the
 * {@code payback} the supplier owes above a cap, gives the {@code expectedCost}.
 */
public record ManagedEntryCost(BigDecimal packs, BigDecimal listCost, BigDecimal priceEffect, BigDecimal payback,
                               BigDecimal expectedCost) implements Serializable {

    static ManagedEntryCost of(BigDecimal packs, Money listCost, Money priceEffect, Money payback) {
        return new ManagedEntryCost(packs, listCost.amount(), priceEffect.amount(), payback.amount(),
                listCost.minus(priceEffect).minus(payback).amount());
    }
}
