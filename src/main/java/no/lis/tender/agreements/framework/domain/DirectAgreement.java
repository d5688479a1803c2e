package no.lis.tender.agreements.framework.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import no.lis.tender.agreements.award.domain.Complaint;
import no.lis.tender.agreements.award.domain.Standstill;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.Money;
import no.lis.tender.shared.domain.Stamp;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Versioned;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A direct agreement from a phase-1 price negotiation (no tender): one product of one supplier,
 * implementing a decision of the Nye metoder system, at an agreed price per pack or a flat rebate
 * in percent off the maximum price, never both. The {@linkplain #effectivePrice() effective price}
 * is the agreed price, or the maximum price less the rebate, rounded half up to øre. Valid from one
 * day to another, both included. Prices and rebates are confidential.
 */
@Entity
@Table(name = "AGR_DIRECT_AGREEMENT")
@NamedQuery(name = "DirectAgreement.findByDecision", query = "SELECT a FROM DirectAgreement a"
        + " WHERE a.nyeMetoderId = :nyeMetoderId ORDER BY a.validFrom")
@NamedQuery(name = "DirectAgreement.findAll", query = "SELECT a FROM DirectAgreement a"
        + " ORDER BY a.nyeMetoderId, a.pack.varenummer, a.validFrom")
@NamedQuery(name = "DirectAgreement.findValidOn", query = "SELECT a FROM DirectAgreement a"
        + " WHERE a.validFrom <= :date AND a.validTo >= :date ORDER BY a.nyeMetoderId, a.pack.varenummer")
public class DirectAgreement extends Versioned {

    /** Percent has two decimals, e.g. 27.25 %. */
    public static final int REBATE_SCALE = 2;
    public static final int GROUND_REASON_LENGTH = 2000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The decision's id as stored; handed out as {@link NyeMetoderId}. */
    @Column(name = "NYE_METODER_ID", nullable = false, length = NyeMetoderId.LENGTH)
    private String nyeMetoderId;

    @Embedded
    private SuppliedPack pack;

    @Column(name = "MAXIMUM_PRICE", nullable = false, precision = 18, scale = 2)
    private BigDecimal maximumPrice;

    @Column(name = "AGREED_PRICE", precision = 18, scale = 2)
    private BigDecimal agreedPrice;

    @Column(name = "REBATE_PERCENT", precision = 5, scale = 2)
    private BigDecimal rebatePercent;

    @Column(name = "VALID_FROM", nullable = false)
    private LocalDate validFrom;

    @Column(name = "VALID_TO", nullable = false)
    private LocalDate validTo;

    /** Null only for agreements recorded before the ground was required (issue 13). */
    @Enumerated(EnumType.STRING)
    @Column(name = "LEGAL_GROUND", length = 30)
    private DirectAwardGround legalGround;

    @Column(name = "LEGAL_GROUND_REASON", length = GROUND_REASON_LENGTH)
    private String groundReason;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "CONCLUDED_BY", nullable = false, length = Stamp.USERNAME_LENGTH))
    @AttributeOverride(name = "at", column = @Column(name = "CONCLUDED_AT", nullable = false))
    private Stamp concluded;

    protected DirectAgreement() {
    }

    /**
     * Concludes a direct agreement on {@code terms}, reporting every broken rule at once: decision,
     * supplier, product and dates required; prices as {@link FrameworkAgreementPrice#checkPrice} says;
     * exactly one of agreed price and rebate ({@code agreements.direct.priceOrRebate} under
     * {@code agreedPrice}); an agreed price no higher than the maximum price
     * ({@code agreements.direct.aboveMaximumPrice}); a rebate above 0 and below 100 percent with at
     * most two decimals ({@code agreements.direct.rebateOutOfRange} under {@code rebatePercent}); and
     * valid to no earlier than valid from ({@code agreements.direct.validToBeforeFrom} under
     * {@code validTo}); the legal ground for agreeing without competition and why it applies
     * ({@code legalGround}, {@code groundReason}).
     */
    public static DirectAgreement conclude(DirectAgreementTerms terms, String actor, Clock clock) {
        Validation validation = new Validation();
        validation.required(terms.decision(), "decision");
        validation.required(terms.supplierId(), "supplierId");
        String supplier = validation.requiredText("supplierName", terms.supplierName(), Supplier.NAME_LENGTH);
        validation.required(terms.varenummer(), "varenummer");
        String product = validation.requiredText("productName", terms.productName(),
                FrameworkAgreementLine.PRODUCT_NAME_LENGTH);
        BigDecimal maximum = FrameworkAgreementPrice.checkPrice(validation, "maximumPrice", terms.maximumPrice());
        BigDecimal agreed = null;
        BigDecimal rebate = null;
        if (validation.check((terms.agreedPrice() == null) != (terms.rebatePercent() == null), "agreedPrice",
                "agreements.direct.priceOrRebate")) {
            if (terms.agreedPrice() != null) {
                agreed = FrameworkAgreementPrice.checkPrice(validation, "agreedPrice", terms.agreedPrice());
                if (agreed != null && maximum != null) {
                    validation.check(agreed.compareTo(maximum) <= 0, "agreedPrice",
                            "agreements.direct.aboveMaximumPrice", Money.of(maximum));
                }
            } else {
                rebate = terms.rebatePercent();
                validation.check(rebate.signum() > 0 && rebate.compareTo(HUNDRED) < 0
                                && rebate.stripTrailingZeros().scale() <= REBATE_SCALE, "rebatePercent",
                        "agreements.direct.rebateOutOfRange");
            }
        }
        if (validation.required(terms.validFrom(), "validFrom") & validation.required(terms.validTo(), "validTo")) {
            validation.check(!terms.validTo().isBefore(terms.validFrom()), "validTo",
                    "agreements.direct.validToBeforeFrom");
        }
        validation.required(terms.legalGround(), "legalGround");
        String reason = validation.requiredText("groundReason", terms.groundReason(), GROUND_REASON_LENGTH);
        validation.throwIfInvalid();
        DirectAgreement agreement = new DirectAgreement();
        agreement.legalGround = terms.legalGround();
        agreement.groundReason = reason;
        agreement.nyeMetoderId = terms.decision().value();
        agreement.pack = new SuppliedPack(terms.supplierId(), supplier, terms.varenummer(), product);
        agreement.maximumPrice = maximum;
        agreement.agreedPrice = agreed;
        agreement.rebatePercent = rebate == null ? null : rebate.setScale(REBATE_SCALE);
        agreement.validFrom = terms.validFrom();
        agreement.validTo = terms.validTo();
        agreement.concluded = Stamp.now(actor, clock);
        return agreement;
    }

    /**
     * The price per pack the hospitals pay: the agreed price, or the maximum price less the rebate,
     * rounded half up to øre (e.g. 10 000,00 less 27,5 % is 7 250,00).
     */
    public BigDecimal effectivePrice() {
        return agreedPrice != null ? agreedPrice : priceAfterRebate(maximumPrice, rebatePercent);
    }

    /**
     * The price per pack a flat rebate of {@code rebatePercent} off {@code maximumPrice} leaves,
     * rounded half up to øre: the one rule for a rebate, also for the offers of a negotiation.
     */
    public static BigDecimal priceAfterRebate(BigDecimal maximumPrice, BigDecimal rebatePercent) {
        return maximumPrice.multiply(HUNDRED.subtract(rebatePercent)).divide(HUNDRED,
                FrameworkAgreementPrice.PRICE_SCALE, RoundingMode.HALF_UP);
    }

    /** Whether it is a flat rebate off the maximum price rather than an agreed price. */
    public boolean isRebate() {
        return rebatePercent != null;
    }

    /** Whether it is valid on {@code date}: from its first to its last day, both included. */
    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validTo);
    }

    /** Whether it is valid today in Norway. */
    public boolean isValid(Clock clock) {
        return isValidOn(Standstill.today(clock));
    }

    public NyeMetoderId getDecision() {
        return new NyeMetoderId(nyeMetoderId);
    }

    /** The supplier and its pack. */
    public SuppliedPack getPack() {
        return pack;
    }

    public BigDecimal getMaximumPrice() {
        return maximumPrice;
    }

    /** The agreed price per pack, or null where a rebate is agreed. */
    public BigDecimal getAgreedPrice() {
        return agreedPrice;
    }

    /** The rebate in percent, or null where a price is agreed. */
    public BigDecimal getRebatePercent() {
        return rebatePercent;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    /** The ground of the regulations it was agreed on without competition; null for one recorded before it was required. */
    public DirectAwardGround getLegalGround() {
        return legalGround;
    }

    /** Why the ground applies, in the buyer's words; null where no ground is recorded. */
    public String getGroundReason() {
        return groundReason;
    }

    /** Who concluded it and when. */
    public Stamp getConcluded() {
        return concluded;
    }

    @Override
    protected Object[] businessKey() {
        return new Object[] {nyeMetoderId, pack.getVarenummer(), validFrom};
    }

    @Override
    public String toString() {
        return "direct agreement " + nyeMetoderId + " " + pack.getVarenummer().value() + " from " + validFrom;
    }
}
