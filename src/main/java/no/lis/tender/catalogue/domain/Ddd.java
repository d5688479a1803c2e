package no.lis.tender.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import no.lis.tender.shared.domain.Validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * A defined daily dose from the WHO ATC/DDD index: the assumed average maintenance dose per day
 * for the substance's main indication in adults, e.g. adalimumab 2.9 mg parenteral. Prices are
 * compared per DDD, never per pack.
 */
@Embeddable
public class Ddd {

    @Column(name = "DDD_AMOUNT", precision = 15, scale = Checks.AMOUNT_SCALE)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "DDD_UNIT", length = 10)
    private DoseUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "DDD_ROUTE", length = 20)
    private AdministrationRoute route;

    protected Ddd() {
    }

    /** Reports every missing or wrong part at once, under {@code amount}, {@code unit} and {@code route}. */
    public Ddd(BigDecimal amount, DoseUnit unit, AdministrationRoute route) {
        Validation validation = new Validation();
        this.amount = validation.field("amount", () -> Checks.positiveAmount(amount));
        this.unit = validation.field("unit", () -> Checks.present(unit));
        this.route = validation.field("route", () -> Checks.present(route));
        validation.throwIfInvalid();
    }

    /**
     * How many of these DDDs {@code quantity} of {@code quantityUnit} makes, to 16 significant
     * digits; empty where that unit cannot be converted into this DDD's unit.
     */
    public Optional<BigDecimal> dddsIn(BigDecimal quantity, DoseUnit quantityUnit) {
        if (!quantityUnit.isConvertibleTo(unit)) {
            return Optional.empty();
        }
        return Optional.of(quantityUnit.toBase(quantity).divide(unit.toBase(amount), MathContext.DECIMAL64));
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public DoseUnit getUnit() {
        return unit;
    }

    public AdministrationRoute getRoute() {
        return route;
    }

    /** Equal DDDs have the same amount whatever its scale (2.9 and 2.900000), unit and route. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Ddd other && amount.compareTo(other.amount) == 0 && unit == other.unit
                && route == other.route;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), unit, route);
    }

    @Override
    public String toString() {
        return amount.stripTrailingZeros().toPlainString() + " " + unit + " " + route.whoCode();
    }
}
