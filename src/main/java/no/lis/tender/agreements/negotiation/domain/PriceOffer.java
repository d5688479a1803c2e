package no.lis.tender.agreements.negotiation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import no.lis.tender.agreements.framework.domain.DirectAgreement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One round of the supplier's price offer in a negotiation: a confidential flat rebate in percent
 * off the maximum price, or a net price per pack, never both; received on a day. Rounds are
 * numbered from 1 in the order they came in. Made and checked by {@link NegotiationCase#recordOffer}.
 */
@Embeddable
public class PriceOffer {

    @Column(name = "ROUND_NUMBER", nullable = false)
    private int round;

    @Column(name = "RECEIVED_ON", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "REBATE_PERCENT", precision = 5, scale = 2)
    private BigDecimal rebatePercent;

    @Column(name = "NET_PRICE", precision = 18, scale = 2)
    private BigDecimal netPrice;

    protected PriceOffer() {
    }

    PriceOffer(int round, LocalDate receivedOn, BigDecimal rebatePercent, BigDecimal netPrice) {
        this.round = round;
        this.receivedOn = receivedOn;
        this.rebatePercent = rebatePercent;
        this.netPrice = netPrice;
    }

    /** The net price per pack the offer comes to: as offered, or the maximum price less the rebate, to øre. */
    public BigDecimal netPriceOff(BigDecimal maximumPrice) {
        return netPrice != null ? netPrice : DirectAgreement.priceAfterRebate(maximumPrice, rebatePercent);
    }

    /** Whether it is a rebate off the maximum price rather than a net price. */
    public boolean isRebate() {
        return rebatePercent != null;
    }

    public int getRound() {
        return round;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    /** The rebate in percent, or null for a net price. */
    public BigDecimal getRebatePercent() {
        return rebatePercent;
    }

    /** The net price per pack offered, or null for a rebate. */
    public BigDecimal getNetPrice() {
        return netPrice;
    }
}
