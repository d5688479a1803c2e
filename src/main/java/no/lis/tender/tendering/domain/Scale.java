package no.lis.tender.tendering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import no.lis.tender.shared.domain.DomainException;

import java.util.Objects;

/** The whole-number scale a scored sub-criterion is marked on, e.g. 0 to 10. */
@Embeddable
public class Scale {

    @Column(name = "SCALE_MIN", nullable = false)
    private int min;

    @Column(name = "SCALE_MAX", nullable = false)
    private int max;

    protected Scale() {
    }

    /**
     * A scale from {@code min} (0 or more) to a greater {@code max}; the caller files a broken rule
     * under its own field.
     */
    public Scale(int min, int max) {
        if (min < 0 || min >= max) {
            throw new DomainException(null, "tender.scale.invalid", min, max);
        }
        this.min = min;
        this.max = max;
    }

    public int getMin() {
        return min;
    }

    public int getMax() {
        return max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scale s && min == s.min && max == s.max;
    }

    @Override
    public int hashCode() {
        return Objects.hash(min, max);
    }

    @Override
    public String toString() {
        return min + "-" + max;
    }
}
