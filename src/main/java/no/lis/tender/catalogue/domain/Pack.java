package no.lis.tender.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import no.lis.tender.shared.domain.Validation;

import java.math.BigDecimal;

/**
 * What one pack of a product holds: its pharmaceutical form, the strength of each unit, and how
 * many units are in it, e.g. "injeksjonsvæske, oppløsning i ferdigfylt penn", 40 mg per
 * "ferdigfylt penn", 2 pens.
 */
@Embeddable
public class Pack {

    public static final int FORM_LENGTH = 200;
    public static final int PACK_UNIT_LENGTH = 100;

    @Column(name = "FORM", nullable = false, length = FORM_LENGTH)
    private String form;

    @Column(name = "STRENGTH_AMOUNT", nullable = false, precision = 15, scale = Checks.AMOUNT_SCALE)
    private BigDecimal strengthAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "STRENGTH_UNIT", nullable = false, length = 10)
    private DoseUnit strengthUnit;

    @Column(name = "PACK_SIZE", nullable = false, precision = 15, scale = Checks.AMOUNT_SCALE)
    private BigDecimal packSize;

    @Column(name = "PACK_UNIT", nullable = false, length = PACK_UNIT_LENGTH)
    private String packUnit;

    protected Pack() {
    }

    /** Reports every missing or wrong part at once, each under the name of its parameter. */
    public Pack(String form, BigDecimal strengthAmount, DoseUnit strengthUnit, BigDecimal packSize, String packUnit) {
        Validation validation = new Validation();
        this.form = validation.field("form", () -> Checks.text(form, FORM_LENGTH));
        this.strengthAmount = validation.field("strengthAmount", () -> Checks.positiveAmount(strengthAmount));
        this.strengthUnit = validation.field("strengthUnit", () -> Checks.present(strengthUnit));
        this.packSize = validation.field("packSize", () -> Checks.positiveAmount(packSize));
        this.packUnit = validation.field("packUnit", () -> Checks.text(packUnit, PACK_UNIT_LENGTH));
        validation.throwIfInvalid();
    }

    /** The quantity of active substance in the whole pack, in {@link #getStrengthUnit()}. */
    public BigDecimal totalStrength() {
        return totalStrength(strengthAmount, packSize);
    }

    /** What a pack of {@code packSize} units of {@code strengthAmount} each holds in all. */
    public static BigDecimal totalStrength(BigDecimal strengthAmount, BigDecimal packSize) {
        return strengthAmount.multiply(packSize);
    }

    public String getForm() {
        return form;
    }

    public BigDecimal getStrengthAmount() {
        return strengthAmount;
    }

    public DoseUnit getStrengthUnit() {
        return strengthUnit;
    }

    public BigDecimal getPackSize() {
        return packSize;
    }

    public String getPackUnit() {
        return packUnit;
    }
}
