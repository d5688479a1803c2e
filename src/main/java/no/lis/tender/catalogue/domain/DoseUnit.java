package no.lis.tender.catalogue.domain;

import java.math.BigDecimal;

/**
 * The units in which the WHO states DDDs and the product information states strengths. Units of
 * one kind convert into each other through that kind's base unit: mass (base {@link #G}) and
 * biological units (base {@link #IU}; the WHO writes TU for thousand and MU for million units).
 * Millimoles and millilitres convert only to themselves.
 */
public enum DoseUnit {
    G(Kind.MASS, "1"),
    MG(Kind.MASS, "0.001"),
    MCG(Kind.MASS, "0.000001"),
    /** International units (internasjonale enheter, IE). */
    IU(Kind.UNITS, "1"),
    /** Thousand units. */
    TU(Kind.UNITS, "1000"),
    /** Million units. */
    MU(Kind.UNITS, "1000000"),
    MMOL(Kind.AMOUNT_OF_SUBSTANCE, "1"),
    ML(Kind.VOLUME, "1");

    private enum Kind { MASS, UNITS, AMOUNT_OF_SUBSTANCE, VOLUME }

    private final Kind kind;
    private final BigDecimal baseUnitsPerUnit;

    DoseUnit(Kind kind, String baseUnitsPerUnit) {
        this.kind = kind;
        this.baseUnitsPerUnit = new BigDecimal(baseUnitsPerUnit);
    }

    public boolean isConvertibleTo(DoseUnit other) {
        return kind == other.kind;
    }

    /** {@code amount} of this unit in the base unit of its kind (mg to g, TU to IU), exactly. */
    public BigDecimal toBase(BigDecimal amount) {
        return amount.multiply(baseUnitsPerUnit);
    }
}
