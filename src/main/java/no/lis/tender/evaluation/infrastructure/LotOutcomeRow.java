package no.lis.tender.evaluation.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.evaluation.domain.LotStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** How a {@link LotOutcome} is stored: one row per lot of a ranking, its ranked offers as JSON ({@link RankedOffersJson}). */
@Entity
@Table(name = "EVA_LOT_OUTCOME")
@IdClass(LotOutcomeRow.Key.class)
@NamedQuery(name = "LotOutcomeRow.page", query = "SELECT l FROM LotOutcomeRow l WHERE l.tenderId = :tenderId"
        + " ORDER BY l.lotNumber")
@NamedQuery(name = "LotOutcomeRow.lot", query = "SELECT l FROM LotOutcomeRow l WHERE l.tenderId = :tenderId"
        + " AND l.lotNumber = :lotNumber")
@NamedQuery(name = "LotOutcomeRow.count", query = "SELECT COUNT(l) FROM LotOutcomeRow l WHERE l.tenderId = :tenderId")
class LotOutcomeRow {

    private static final String SEPARATOR = "\n";

    @Id
    @Column(name = "TENDER_ID")
    private Long tenderId;

    @Id
    @Column(name = "LOT_NUMBER")
    private int lotNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 30)
    private LotStatus status;

    @Column(name = "MAXIMUM_PRICE", precision = 18, scale = 4)
    private BigDecimal maximumPrice;

    @Column(name = "WAITING_FOR", length = 4000)
    private String waitingFor;

    @Column(name = "OFFERS", length = RankedOffersJson.MAX_LENGTH)
    private String offers;

    protected LotOutcomeRow() {
    }

    LotOutcomeRow(Long tenderId, LotOutcome outcome) {
        this.tenderId = tenderId;
        lotNumber = outcome.lotNumber();
        status = outcome.status();
        maximumPrice = outcome.maximumPrice();
        String waiting = String.join(SEPARATOR, outcome.waitingFor());
        waitingFor = waiting.isEmpty() ? null : waiting.substring(0, Math.min(waiting.length(), 4000));
        offers = outcome.offers().isEmpty() ? null : RankedOffersJson.write(lotNumber, outcome.offers());
    }

    LotOutcome toOutcome() {
        return new LotOutcome(lotNumber, status, maximumPrice, RankedOffersJson.read(offers),
                waitingFor == null ? List.of() : Arrays.asList(waitingFor.split(SEPARATOR)));
    }

    int lotNumber() {
        return lotNumber;
    }

    /** What the lot waits for, one item a line, cut to the column; null when it waits for nothing. */
    String waitingFor() {
        return waitingFor;
    }

    /** The ranked offers as stored; null for a lot without. */
    String offers() {
        return offers;
    }

    /** The primary key: tender and lot number. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        Long tenderId;
        int lotNumber;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && tenderId.equals(other.tenderId) && lotNumber == other.lotNumber;
        }

        @Override
        public int hashCode() {
            return 31 * tenderId.hashCode() + lotNumber;
        }
    }
}
