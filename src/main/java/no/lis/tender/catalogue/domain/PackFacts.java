package no.lis.tender.catalogue.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an evaluation needs to know of a pack in the catalogue, read for thousands of packs at once
 * without building the products ({@link ProductRepository#packFacts}).
 *
 * @param dddsPerPack         as {@link Product#dddsPerPack()}: null where the substance has no DDD or the
 *                            strength cannot be converted into the DDD's unit
 * @param maximumPricePerPack the pack's maximum price (AIP), as {@link Product#getMaximumPricePerPack()}
 */
public record PackFacts(Varenummer varenummer, BigDecimal dddsPerPack, BigDecimal maximumPricePerPack) {

    public PackFacts {
        Objects.requireNonNull(varenummer, "varenummer");
    }

    /**
     * The facts of a pack from the stored parts they follow from: a unit's strength, the pack's size in
     * units and the substance's DDD ({@code ddd} null where it has none), as {@link Product#packFacts()}
     * works them out from the product's {@link Pack} and substance.
     */
    public static PackFacts of(Varenummer varenummer, BigDecimal strengthAmount, DoseUnit strengthUnit,
                               BigDecimal packSize, Ddd ddd, BigDecimal maximumPricePerPack) {
        return new PackFacts(varenummer, Product.dddsPerPack(Pack.totalStrength(strengthAmount, packSize),
                strengthUnit, ddd), maximumPricePerPack);
    }
}
