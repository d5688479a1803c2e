package no.lis.tender.evaluation.infrastructure;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;

/**
 * A page of a stored ranking: {@value RankingPages#LOTS_PER_PAGE} lots in lot number order (the last
 * page may have fewer), from {@code firstLot} to {@code lastLot}, as one compressed value
 * ({@link RankingPages}). Read only through this mapping; written by {@link RankingPages} with JDBC.
 */
@Entity
@Table(name = "EVA_RANKING_PAGE")
@IdClass(RankingPage.Key.class)
@NamedQuery(name = "RankingPage.pages", query = "SELECT p FROM RankingPage p WHERE p.tenderId = :tenderId"
        + " AND p.pageNumber BETWEEN :from AND :to ORDER BY p.pageNumber")
@NamedQuery(name = "RankingPage.lot", query = "SELECT p FROM RankingPage p WHERE p.tenderId = :tenderId"
        + " AND p.firstLot <= :lotNumber AND p.lastLot >= :lotNumber")
@NamedQuery(name = "RankingPage.count", query = "SELECT SUM(p.lotCount) FROM RankingPage p WHERE p.tenderId = :tenderId")
class RankingPage {

    @Id
    @Column(name = "TENDER_ID")
    private Long tenderId;

    @Id
    @Column(name = "PAGE_NUMBER")
    private int pageNumber;

    @Column(name = "FIRST_LOT", nullable = false)
    private int firstLot;

    @Column(name = "LAST_LOT", nullable = false)
    private int lastLot;

    @Column(name = "LOT_COUNT", nullable = false)
    private int lotCount;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    protected RankingPage() {
    }

    int pageNumber() {
        return pageNumber;
    }

    byte[] content() {
        return content;
    }

    /** The primary key: tender and page number. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        Long tenderId;
        int pageNumber;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && tenderId.equals(other.tenderId) && pageNumber == other.pageNumber;
        }

        @Override
        public int hashCode() {
            return 31 * tenderId.hashCode() + pageNumber;
        }
    }
}
