package no.lis.tender.evaluation.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import no.lis.tender.evaluation.domain.EvaluatedOffer;
import no.lis.tender.evaluation.domain.PricePerUnit;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.CriterionType;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** How an {@link EvaluatedOffer} is stored: one row per offer and lot of a ranking. */
@Entity
@Table(name = "EVA_EVALUATED_OFFER")
@IdClass(EvaluatedOfferRow.Key.class)
@NamedQuery(name = "EvaluatedOfferRow.lots", query = "SELECT o FROM EvaluatedOfferRow o WHERE o.tenderId = :tenderId"
        + " AND o.lotNumber BETWEEN :from AND :to ORDER BY o.lotNumber, o.rank")
@NamedQuery(name = "EvaluatedOfferRow.deleteByTender", query = "DELETE FROM EvaluatedOfferRow o WHERE o.tenderId = :tenderId")
class EvaluatedOfferRow {

    @Id
    @Column(name = "TENDER_ID")
    private Long tenderId;

    @Id
    @Column(name = "LOT_NUMBER")
    private int lotNumber;

    @Id
    @Column(name = "OFFER_ID")
    private long offerId;

    @Column(name = "RANK_NUMBER", nullable = false)
    private int rank;

    @Column(name = "SUPPLIER_ID", nullable = false)
    private long supplierId;

    @Column(name = "SUPPLIER_NAME", nullable = false, length = 200)
    private String supplierName;

    @Column(name = "RECEIVED_AT", nullable = false)
    private Instant receivedAt;

    @Column(name = "VARENUMMER", nullable = false, length = 20)
    private String varenummer;

    @Column(name = "PACK_PRICE", nullable = false, precision = 18, scale = 2)
    private BigDecimal packPrice;

    @Column(name = "DDDS_PER_PACK", nullable = false, precision = 18, scale = 4)
    private BigDecimal dddsPerPack;

    @Enumerated(EnumType.STRING)
    @Column(name = "BASIS", nullable = false, length = 30)
    private ComparisonBasis basis;

    @Column(name = "PRICE_AMOUNT", nullable = false, precision = 18, scale = 4)
    private BigDecimal priceAmount;

    @Column(name = "PRICE_COMPUTATION", nullable = false, length = 400)
    private String computation;

    @Column(name = "PRICE_POINTS", nullable = false, precision = 18, scale = 4)
    private BigDecimal pricePoints;

    @Column(name = "PART_PRICE", precision = 9, scale = 4)
    private BigDecimal partPrice;

    @Column(name = "PART_QUALITY", precision = 9, scale = 4)
    private BigDecimal partQuality;

    @Column(name = "PART_ENVIRONMENT", precision = 9, scale = 4)
    private BigDecimal partEnvironment;

    @Column(name = "PART_SUPPLY_SECURITY", precision = 9, scale = 4)
    private BigDecimal partSupplySecurity;

    @Column(name = "TOTAL", nullable = false, precision = 9, scale = 4)
    private BigDecimal total;

    @Column(name = "SAVINGS", precision = 18, scale = 2)
    private BigDecimal savings;

    protected EvaluatedOfferRow() {
    }

    EvaluatedOffer toOffer() {
        Map<CriterionType, BigDecimal> parts = new EnumMap<>(CriterionType.class);
        put(parts, CriterionType.PRICE, partPrice);
        put(parts, CriterionType.QUALITY, partQuality);
        put(parts, CriterionType.ENVIRONMENT, partEnvironment);
        put(parts, CriterionType.SUPPLY_SECURITY, partSupplySecurity);
        return new EvaluatedOffer(rank, offerId, supplierId, supplierName, receivedAt, varenummer, packPrice,
                dddsPerPack, new PricePerUnit(basis, priceAmount, computation), pricePoints, parts, total, savings);
    }

    private static void put(Map<CriterionType, BigDecimal> parts, CriterionType type, BigDecimal part) {
        if (part != null) {
            parts.put(type, part);
        }
    }

    int lotNumber() {
        return lotNumber;
    }

    /** The primary key: tender, lot number and offer. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        Long tenderId;
        int lotNumber;
        long offerId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && tenderId.equals(other.tenderId) && lotNumber == other.lotNumber
                    && offerId == other.offerId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenderId, lotNumber, offerId);
        }
    }
}
