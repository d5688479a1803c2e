package no.lis.tender.agreements.framework.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The managed-entry agreement on an agreement as the buyer enters it: the kind ({@code FLAT_REBATE},
 * {@code VOLUME_TIERS}, {@code PRICE_VOLUME_CAP}, {@code OUTCOME_BASED}, {@code TEMPORARY_PRICE}),
 * optionally the product line ({@code varenummer}; blank for the whole agreement), the estimated
 * yearly volume in packs, and the figures of its kind (the others are ignored). {@code version} is
 * the MEA's version the buyer saw, null for a first one.
 *
 * @param capBasis {@code COST} (a yearly cost in NOK) or {@code VOLUME} (packs a year)
 */
public record ManagedEntryCommand(String kind, String varenummer, BigDecimal estimatedPacks, BigDecimal rebatePercent,
                                  List<Tier> tiers, String capBasis, BigDecimal cap, BigDecimal paybackPercent,
                                  BigDecimal pricePerPatient, BigDecimal packsPerPatient, BigDecimal responderPercent,
                                  BigDecimal temporaryPrice, LocalDate reassessBy, Long version) {

    public ManagedEntryCommand {
        tiers = tiers == null ? List.of() : tiers;
    }

    /** A volume tier: the packs a year above {@code fromPacks} cost {@code pricePerPack}. */
    public record Tier(BigDecimal fromPacks, BigDecimal pricePerPack) {
    }
}
