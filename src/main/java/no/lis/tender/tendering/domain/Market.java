package no.lis.tender.tendering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * A market a lot is awarded in. A lot split into several markets can go to different suppliers,
 * e.g. one biosimilar per health region to spread the risk of shortage.
 */
@Embeddable
public class Market {

    @Column(name = "MARKET_CODE", nullable = false, length = 20)
    private String code;

    @Column(name = "MARKET_NAME", nullable = false, length = 100)
    private String name;

    protected Market() {
    }

    public Market(String code, String name) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Market m && code.equals(m.code) && name.equals(m.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name);
    }

    @Override
    public String toString() {
        return code;
    }
}
