package no.lis.tender.agreements.award.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.evaluation.domain.RankedOffer;
import no.lis.tender.shared.domain.Identified;
import no.lis.tender.tendering.domain.CriterionType;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One supplier's offer in a {@link LotAward}: its place in the evaluation's ranking with its total
 * and per-criterion points, as the award letters print them, and whether it was awarded, and at
 * which rank. Only its lot award creates and changes it.
 */
@Entity
@Table(name = "AGR_AWARD_RESULT")
public class AwardResult extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "LOT_AWARD_ID", nullable = false)
    private LotAward lotAward;

    @Column(name = "RANKING_PLACE", nullable = false)
    private int place;

    @Column(name = "OFFER_ID", nullable = false)
    private long offerId;

    @Column(name = "SUPPLIER_ID", nullable = false)
    private Long supplierId;

    @Column(name = "SUPPLIER_NAME", nullable = false, length = Supplier.NAME_LENGTH)
    private String supplierName;

    @Column(name = "TOTAL", nullable = false, precision = 9, scale = 4)
    private BigDecimal total;

    @ElementCollection
    @CollectionTable(name = "AGR_AWARD_RESULT_PART", joinColumns = @JoinColumn(name = "RESULT_ID"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "CRITERION_TYPE", length = 20)
    @Column(name = "POINTS", nullable = false, precision = 9, scale = 4)
    private Map<CriterionType, BigDecimal> byCriterion = new HashMap<>();

    /** 1, 2, ... among the awarded suppliers of the lot award; null if not awarded. */
    @Column(name = "AWARD_RANK")
    private Integer awardRank;

    protected AwardResult() {
    }

    AwardResult(LotAward lotAward, RankedOffer ranked, Long supplierId, Integer awardRank) {
        this.lotAward = lotAward;
        this.place = ranked.rank();
        this.offerId = ranked.offerId();
        this.supplierId = Objects.requireNonNull(supplierId, "supplierId");
        this.supplierName = ranked.supplierName();
        this.total = ranked.total();
        this.byCriterion.putAll(ranked.byCriterion());
        this.awardRank = awardRank;
    }

    public boolean isAwarded() {
        return awardRank != null;
    }

    /** The place in the evaluation's ranking of the lot: 1 for the best offer. */
    public int getPlace() {
        return place;
    }

    public long getOfferId() {
        return offerId;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public String getSupplierName() {
        return supplierName;
    }

    /** The weighted total, 0 to 100. */
    public BigDecimal getTotal() {
        return total;
    }

    /** Per criterion, the points that make up the total, in the order of {@link CriterionType}. */
    public Map<CriterionType, BigDecimal> getByCriterion() {
        Map<CriterionType, BigDecimal> ordered = new EnumMap<>(CriterionType.class);
        ordered.putAll(byCriterion);
        return Collections.unmodifiableMap(ordered);
    }

    /** The rank among the awarded suppliers (1 is used first), or null if not awarded. */
    public Integer getAwardRank() {
        return awardRank;
    }

    @Override
    protected Object[] businessKey() {
        return new Object[] {lotAward, offerId};
    }

    @Override
    public String toString() {
        return "offer " + offerId + " (" + supplierName + ") place " + place
                + (isAwarded() ? ", awarded rank " + awardRank : "");
    }
}
