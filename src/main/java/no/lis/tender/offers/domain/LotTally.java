package no.lis.tender.offers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.Objects;

/**
 * One submitted offer counted on one lot, and nothing more: a random token (known only from the
 * supplier's sealed receipt), the tender and the lot. No supplier and no offer, so that buyers,
 * and anyone holding the database, can count offers per lot before the opening without learning
 * who offered on which lot.
 */
@Entity
@Table(name = "OFR_LOT_TALLY")
@NamedQuery(name = "LotTally.countByLot", query = "SELECT t.lotNumber, COUNT(t) FROM LotTally t"
        + " WHERE t.tenderId = :tenderId GROUP BY t.lotNumber ORDER BY t.lotNumber")
@NamedQuery(name = "LotTally.deleteByTokens", query = "DELETE FROM LotTally t WHERE t.token IN :tokens")
public class LotTally {

    @Id
    @Column(name = "TOKEN", length = 32)
    private String token;

    @Column(name = "TENDER_ID", nullable = false)
    private Long tenderId;

    @Column(name = "LOT_NUMBER", nullable = false)
    private int lotNumber;

    protected LotTally() {
    }

    LotTally(String token, Long tenderId, int lotNumber) {
        this.token = Objects.requireNonNull(token, "token");
        this.tenderId = Objects.requireNonNull(tenderId, "tenderId");
        this.lotNumber = lotNumber;
    }

    public String getToken() {
        return token;
    }

    public Long getTenderId() {
        return tenderId;
    }

    public int getLotNumber() {
        return lotNumber;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LotTally t && token.equals(t.token);
    }

    @Override
    public int hashCode() {
        return token.hashCode();
    }
}
