package no.lis.tender.agreements.framework.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import no.lis.tender.agreements.award.domain.Complaint;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.Stamp;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Versioned;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The managed-entry agreement (MEA) on one direct or framework agreement, optionally on one of its
 * product lines: its {@linkplain ManagedEntryTerms terms} and the estimated yearly volume in packs
 * the buyer expects. One per agreement; revising it replaces the terms (a temporary price is
 * renewed by a new re-assessment date). Confidential, as the prices it rests on. The agreement is
 * referred to by kind and id.
 */
@Entity
@Table(name = "AGR_MANAGED_ENTRY", uniqueConstraints = @UniqueConstraint(name = "UQ_AGR_MANAGED_ENTRY_AGREEMENT",
        columnNames = {"AGREEMENT_KIND", "AGREEMENT_ID"}))
@NamedQuery(name = "ManagedEntryAgreement.findByAgreement", query = "SELECT m FROM ManagedEntryAgreement m"
        + " WHERE m.agreementKind = :kind AND m.agreementId = :agreementId")
@NamedQuery(name = "ManagedEntryAgreement.findAll", query = "SELECT m FROM ManagedEntryAgreement m"
        + " ORDER BY m.agreementKind, m.agreementId")
public class ManagedEntryAgreement extends Versioned {

    /** Packs have at most three decimals, as imported consumption. */
    public static final int PACKS_SCALE = 3;
    /** A temporary price's re-assessment is shown as due this many days before its date. */
    public static final int REASSESSMENT_NOTICE_DAYS = 90;

    @Enumerated(EnumType.STRING)
    @Column(name = "AGREEMENT_KIND", nullable = false, length = 10)
    private AgreementKind agreementKind;

    @Column(name = "AGREEMENT_ID", nullable = false)
    private Long agreementId;

    /** The product line it applies to; null for the whole agreement. */
    @Column(name = "VARENUMMER", length = Varenummer.LENGTH)
    private String varenummer;

    @Enumerated(EnumType.STRING)
    @Column(name = "MEA_KIND", nullable = false, length = 20)
    private ManagedEntryKind kind;

    @Column(name = "ESTIMATED_PACKS", nullable = false, precision = 15, scale = PACKS_SCALE)
    private BigDecimal estimatedPacks;

    @Column(name = "REBATE_PERCENT", precision = 5, scale = 2)
    private BigDecimal rebatePercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "CAP_BASIS", length = 10)
    private ManagedEntryTerms.CapBasis capBasis;

    @Column(name = "CAP_AMOUNT", precision = 18, scale = 3)
    private BigDecimal cap;

    @Column(name = "PAYBACK_PERCENT", precision = 5, scale = 2)
    private BigDecimal paybackPercent;

    @Column(name = "PRICE_PER_PATIENT", precision = 18, scale = 2)
    private BigDecimal pricePerPatient;

    @Column(name = "PACKS_PER_PATIENT", precision = 15, scale = PACKS_SCALE)
    private BigDecimal packsPerPatient;

    @Column(name = "RESPONDER_PERCENT", precision = 5, scale = 2)
    private BigDecimal responderPercent;

    @Column(name = "TEMPORARY_PRICE", precision = 18, scale = 2)
    private BigDecimal temporaryPrice;

    @Column(name = "REASSESS_BY")
    private LocalDate reassessBy;

    @ElementCollection
    @CollectionTable(name = "AGR_MANAGED_ENTRY_TIER", joinColumns = @JoinColumn(name = "MANAGED_ENTRY_ID"))
    @OrderColumn(name = "TIER_INDEX")
    private List<Tier> tiers = new ArrayList<>();

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "AGREED_BY", nullable = false, length = Complaint.USERNAME_LENGTH))
    @AttributeOverride(name = "at", column = @Column(name = "AGREED_AT", nullable = false))
    private Stamp agreed;

    protected ManagedEntryAgreement() {
    }

    /**
     * An MEA on the agreement {@code agreementKind}/{@code agreementId}, on the line {@code line}
     * (null: the whole agreement), whose price per pack is {@code agreedPrice}. Every broken rule at
     * once: the terms' own ({@link ManagedEntryTerms#check}), and the estimated yearly volume
     * ({@code estimatedPacks}) required, above zero, with at most three decimals.
     */
    public static ManagedEntryAgreement agree(AgreementKind agreementKind, Long agreementId, Varenummer line,
                                              BigDecimal estimatedPacks, ManagedEntryTerms terms,
                                              BigDecimal agreedPrice, String actor, Clock clock) {
        ManagedEntryAgreement agreement = new ManagedEntryAgreement();
        agreement.agreementKind = Objects.requireNonNull(agreementKind, "agreementKind");
        agreement.agreementId = Objects.requireNonNull(agreementId, "agreementId");
        agreement.revise(line, estimatedPacks, terms, agreedPrice, actor, clock);
        return agreement;
    }

    /** Replaces the line, the volume and the terms, under the rules of {@link #agree}. */
    public void revise(Varenummer line, BigDecimal estimatedPacks, ManagedEntryTerms terms, BigDecimal agreedPrice,
                       String actor, Clock clock) {
        Validation validation = new Validation();
        BigDecimal packs = ManagedEntryTerms.checkPacks(validation, "estimatedPacks", estimatedPacks);
        if (validation.required(terms, "kind")) {
            terms.check(validation, agreedPrice);
        }
        validation.throwIfInvalid();
        varenummer = line == null ? null : line.value();
        this.estimatedPacks = packs;
        store(terms);
        agreed = Stamp.now(actor, clock);
    }

    private void store(ManagedEntryTerms terms) {
        kind = terms.kind();
        rebatePercent = null;
        capBasis = null;
        cap = null;
        paybackPercent = null;
        pricePerPatient = null;
        packsPerPatient = null;
        responderPercent = null;
        temporaryPrice = null;
        reassessBy = null;
        tiers.clear();
        if (terms instanceof ManagedEntryTerms.FlatRebate t) {
            rebatePercent = t.rebatePercent();
        } else if (terms instanceof ManagedEntryTerms.VolumeTiers t) {
            t.tiers().forEach(tier -> tiers.add(new Tier(tier.fromPacks(), tier.pricePerPack())));
        } else if (terms instanceof ManagedEntryTerms.PriceVolumeCap t) {
            capBasis = t.basis();
            cap = t.cap();
            paybackPercent = t.paybackPercent();
        } else if (terms instanceof ManagedEntryTerms.OutcomeBasedPayment t) {
            pricePerPatient = t.pricePerPatient();
            packsPerPatient = t.packsPerPatient();
            responderPercent = t.responderPercent();
        } else if (terms instanceof ManagedEntryTerms.TemporaryPrice t) {
            temporaryPrice = t.temporaryPrice();
            reassessBy = t.reassessBy();
        }
    }

    /** The terms as agreed. */
    public ManagedEntryTerms terms() {
        return switch (kind) {
            case FLAT_REBATE -> new ManagedEntryTerms.FlatRebate(rebatePercent);
            case VOLUME_TIERS -> new ManagedEntryTerms.VolumeTiers(tiers.stream()
                    .map(tier -> new ManagedEntryTerms.VolumeTier(tier.fromPacks, tier.pricePerPack)).toList());
            case PRICE_VOLUME_CAP -> new ManagedEntryTerms.PriceVolumeCap(capBasis, cap, paybackPercent);
            case OUTCOME_BASED -> new ManagedEntryTerms.OutcomeBasedPayment(pricePerPatient, packsPerPatient,
                    responderPercent);
            case TEMPORARY_PRICE -> new ManagedEntryTerms.TemporaryPrice(temporaryPrice, reassessBy);
        };
    }

    /** The expected cost of a year at the estimated volume, on {@code asOf}. */
    public ManagedEntryCost expectedYear(BigDecimal agreedPrice, BigDecimal maximumPrice, LocalDate asOf) {
        return terms().cost(estimatedPacks, agreedPrice, maximumPrice, asOf);
    }

    /** What {@code packs} used so far in the agreement year cost under the terms, on {@code asOf}. */
    public ManagedEntryCost costOf(BigDecimal packs, BigDecimal agreedPrice, BigDecimal maximumPrice, LocalDate asOf) {
        return terms().cost(packs, agreedPrice, maximumPrice, asOf);
    }

    /** Whether a decision is due on {@code today}: a temporary price within its notice before the re-assessment, or past it. */
    public boolean isReassessmentDue(LocalDate today) {
        return terms().isDueBy(today.plusDays(REASSESSMENT_NOTICE_DAYS));
    }

    public AgreementKind getAgreementKind() {
        return agreementKind;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    /** The line it applies to, or null for the whole agreement. */
    public Varenummer getVarenummer() {
        return varenummer == null ? null : new Varenummer(varenummer);
    }

    public ManagedEntryKind getKind() {
        return kind;
    }

    public BigDecimal getEstimatedPacks() {
        return estimatedPacks;
    }

    /** Who agreed it and when. */
    public Stamp getAgreed() {
        return agreed;
    }

    @Override
    protected Object[] businessKey() {
        return new Object[] {agreementKind, agreementId};
    }

    @Override
    public String toString() {
        return "managed-entry agreement " + kind + " on " + agreementKind + " " + agreementId;
    }

    /** One volume tier as stored. */
    @Embeddable
    public static class Tier {

        @Column(name = "FROM_PACKS", nullable = false, precision = 15, scale = PACKS_SCALE)
        private BigDecimal fromPacks;

        @Column(name = "PRICE_PER_PACK", nullable = false, precision = 18, scale = 2)
        private BigDecimal pricePerPack;

        protected Tier() {
        }

        Tier(BigDecimal fromPacks, BigDecimal pricePerPack) {
            this.fromPacks = fromPacks;
            this.pricePerPack = pricePerPack;
        }
    }
}
