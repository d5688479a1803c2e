package no.lis.tender.agreements.negotiation.domain;

import no.lis.tender.shared.domain.DomainException;

import java.math.BigDecimal;

/**
 * The six severity classes (alvorlighetsklasser) by absolute shortfall (absolutt prognosetap: the
 * healthy life-years, in QALYs, a patient with the condition loses without the new treatment) and
 * the willingness to pay per QALY gained that each allows: 275 000 NOK under 4 QALYs lost, and
 * 110 000 more a step of 4 QALYs up to 825 000 NOK at 20 or more. docs/domain.md cites the source.
 */
public enum SeverityClass {

    CLASS_1(1, "0", "275000"),
    CLASS_2(2, "4", "385000"),
    CLASS_3(3, "8", "495000"),
    CLASS_4(4, "12", "605000"),
    CLASS_5(5, "16", "715000"),
    CLASS_6(6, "20", "825000");

    private final int number;
    private final BigDecimal fromShortfall;
    private final BigDecimal willingnessToPay;

    SeverityClass(int number, String fromShortfall, String willingnessToPay) {
        this.number = number;
        this.fromShortfall = new BigDecimal(fromShortfall);
        this.willingnessToPay = new BigDecimal(willingnessToPay);
    }

    /**
     * The class of an absolute shortfall of {@code qalysLost} QALYs: the highest whose lower bound it
     * reaches (e.g. 7.9 is class 2, 8 is class 3). Refused when negative or above a life's length of
     * 100 QALYs ({@code negotiation.shortfall.outOfRange}).
     */
    public static SeverityClass ofShortfall(BigDecimal qalysLost) {
        if (qalysLost == null) {
            throw new DomainException(null, "validation.required");
        }
        if (qalysLost.signum() < 0 || qalysLost.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new DomainException(null, "negotiation.shortfall.outOfRange");
        }
        SeverityClass found = CLASS_1;
        for (SeverityClass c : values()) {
            if (qalysLost.compareTo(c.fromShortfall) >= 0) {
                found = c;
            }
        }
        return found;
    }

    /** 1 to 6. */
    public int number() {
        return number;
    }

    /** The lowest absolute shortfall of the class, in QALYs (included). */
    public BigDecimal fromShortfall() {
        return fromShortfall;
    }

    /** The highest absolute shortfall of the class, in QALYs (excluded); null for class 6, which has none. */
    public BigDecimal toShortfall() {
        return this == CLASS_6 ? null : values()[ordinal() + 1].fromShortfall;
    }

    /** The willingness to pay, NOK per QALY gained. */
    public BigDecimal willingnessToPay() {
        return willingnessToPay;
    }
}
