package no.lis.tender.agreements.award.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import no.lis.tender.evaluation.domain.RankedOffer;
import no.lis.tender.evaluation.domain.Ranking;
import no.lis.tender.shared.domain.Identified;
import no.lis.tender.tendering.domain.Lot;
import no.lis.tender.tendering.domain.Market;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The award of one market of one lot: every ranked offer of the lot with its result, and which of
 * them were awarded, in rank order. A lot that is not split has one market (all of Norway); a lot
 * split into markets is awarded market by market, possibly to different suppliers. Only its
 * {@link AwardDecision} creates and replaces it.
 */
@Entity
@Table(name = "AGR_LOT_AWARD")
public class LotAward extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "DECISION_ID", nullable = false)
    private AwardDecision decision;

    @Column(name = "LOT_NUMBER", nullable = false)
    private int lotNumber;

    @Column(name = "LOT_TITLE", nullable = false, length = 200)
    private String lotTitle;

    /** The market's position among its lot's markets, so that awards list in the lot's order. */
    @Column(name = "MARKET_INDEX", nullable = false)
    private int marketIndex;

    @Column(name = "MARKET_CODE", nullable = false, length = 20)
    private String marketCode;

    @Column(name = "MARKET_NAME", nullable = false, length = 100)
    private String marketName;

    @OneToMany(mappedBy = "lotAward", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("place")
    private List<AwardResult> results = new ArrayList<>();

    protected LotAward() {
    }

    /**
     * The award of {@code market} (at {@code marketIndex} in {@code lot}) to {@code awarded}, offers
     * of {@code ranking}; they get award ranks 1, 2, ... in the ranking's order.
     */
    LotAward(AwardDecision decision, Lot lot, int marketIndex, Market market, Ranking ranking,
             Map<Long, Long> supplierOfOffer, List<Long> awarded) {
        this.decision = decision;
        this.lotNumber = lot.getNumber();
        this.lotTitle = lot.getTitle();
        this.marketIndex = marketIndex;
        this.marketCode = market.getCode();
        this.marketName = market.getName();
        int nextAwardRank = 1;
        for (RankedOffer ranked : ranking.offers()) {
            Long supplierId = supplierOfOffer.get(ranked.offerId());
            if (supplierId == null) {
                throw new IllegalArgumentException("no supplier given for offer " + ranked.offerId());
            }
            Integer awardRank = awarded.contains(ranked.offerId()) ? nextAwardRank++ : null;
            results.add(new AwardResult(this, ranked, supplierId, awardRank));
        }
    }

    /** Whether this is the award of market {@code code} of lot {@code number}. */
    public boolean isOf(int number, String code) {
        return lotNumber == number && marketCode.equals(code);
    }

    /** The awarded suppliers' results, in award rank order: the winner first. */
    public List<AwardResult> getAwarded() {
        return results.stream().filter(AwardResult::isAwarded)
                .sorted(Comparator.comparing(AwardResult::getAwardRank)).toList();
    }

    /** The winner: the supplier awarded rank 1. */
    public AwardResult getWinner() {
        return getAwarded().get(0);
    }

    /** The result of {@code supplierId}'s offer, if it offered on the lot. */
    public Optional<AwardResult> resultOf(Long supplierId) {
        return results.stream().filter(result -> result.getSupplierId().equals(supplierId)).findFirst();
    }

    /** Whether {@code supplierId} was awarded this market. */
    public boolean isAwardedTo(Long supplierId) {
        return resultOf(supplierId).map(AwardResult::isAwarded).orElse(false);
    }

    public int getLotNumber() {
        return lotNumber;
    }

    public String getLotTitle() {
        return lotTitle;
    }

    int getMarketIndex() {
        return marketIndex;
    }

    public String getMarketCode() {
        return marketCode;
    }

    public String getMarketName() {
        return marketName;
    }

    /** Every ranked offer of the lot, by place in the ranking. */
    public List<AwardResult> getResults() {
        return results.stream().sorted(Comparator.comparingInt(AwardResult::getPlace)).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LotAward a && Objects.equals(decision, a.decision) && lotNumber == a.lotNumber
                && Objects.equals(marketCode, a.marketCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lotNumber, marketCode);
    }

    @Override
    public String toString() {
        return "lot " + lotNumber + " " + marketCode;
    }
}
