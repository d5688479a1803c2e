package no.lis.tender.agreements.framework.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import no.lis.tender.agreements.award.domain.Complaint;
import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Stamp;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Versioned;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A shortage (leveringssvikt) of one product of a framework agreement, recorded by a buyer: the
 * medicine (pack and its supplier), the period it could not be delivered (open while it lasts), the
 * substitute the hospitals used and what the substitute cost beyond the agreed product, in NOK. The
 * cost is a priced figure (it follows from confidential prices) and is shown to buyers only. The
 * substance's ATC code is kept, so that the history follows the substance into the next tender.
 */
@Entity
@Table(name = "AGR_SHORTAGE")
@NamedQuery(name = "Shortage.findByAgreement", query = "SELECT s FROM Shortage s"
        + " WHERE s.agreementId = :agreementId ORDER BY s.fromDate DESC, s.id DESC")
@NamedQuery(name = "Shortage.findByAtcCodes", query = "SELECT s FROM Shortage s"
        + " WHERE s.atcCode IN :atcCodes ORDER BY s.fromDate DESC, s.id DESC")
public class Shortage extends Versioned {

    public static final int SUBSTITUTE_LENGTH = 200;
    public static final int COST_SCALE = 2;
    private static final BigDecimal MAX_COST = BigDecimal.TEN.pow(16);

    @Column(name = "AGREEMENT_ID", nullable = false)
    private Long agreementId;

    @Column(name = "TENDER_REFERENCE", nullable = false, length = 40)
    private String tenderReference;

    @Embedded
    private SuppliedPack pack;

    @Column(name = "ATC_CODE", length = AtcCode.LENGTH)
    private String atcCode;

    @Column(name = "FROM_DATE", nullable = false)
    private LocalDate fromDate;

    @Column(name = "TO_DATE")
    private LocalDate toDate;

    @Column(name = "SUBSTITUTE", nullable = false, length = SUBSTITUTE_LENGTH)
    private String substitute;

    @Column(name = "SUBSTITUTE_COST", nullable = false, precision = 18, scale = COST_SCALE)
    private BigDecimal substituteCost;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "RECORDED_BY", nullable = false, length = Stamp.USERNAME_LENGTH))
    @AttributeOverride(name = "at", column = @Column(name = "RECORDED_AT", nullable = false))
    private Stamp recorded;

    protected Shortage() {
    }

    /**
     * A shortage of the pack {@code varenummer} of {@code agreement}, every broken rule at once:
     * the pack required and one of the agreement's ({@code agreements.shortage.notOnAgreement} under
     * {@code varenummer}); {@code from} required and not before the agreement's start
     * ({@code agreements.shortage.beforeStart}); {@code to} (optional: still going on) not before
     * {@code from} ({@code agreements.shortage.endBeforeStart}); the {@code substitute} required, at
     * most {@value #SUBSTITUTE_LENGTH} characters; its {@code substituteCost} required, zero or more in
     * whole øre ({@code agreements.shortage.cost}). {@code atcCode} is the substance's, if known.
     */
    public static Shortage record(FrameworkAgreement agreement, Varenummer varenummer, AtcCode atcCode,
                                  LocalDate from, LocalDate to, String substitute, BigDecimal substituteCost,
                                  String actor, Clock clock) {
        Validation validation = new Validation();
        FrameworkAgreementLine line = null;
        if (validation.required(varenummer, "varenummer")) {
            line = agreement.line(varenummer).orElse(null);
            validation.check(line != null, "varenummer", "agreements.shortage.notOnAgreement", varenummer.value());
        }
        if (validation.required(from, "from")) {
            validation.check(!from.isBefore(agreement.getStart()), "from", "agreements.shortage.beforeStart",
                    agreement.getStart());
            validation.check(to == null || !to.isBefore(from), "to", "agreements.shortage.endBeforeStart");
        }
        String what = validation.requiredText("substitute", substitute, SUBSTITUTE_LENGTH);
        if (validation.required(substituteCost, "substituteCost")) {
            validation.check(substituteCost.signum() >= 0 && substituteCost.stripTrailingZeros().scale() <= COST_SCALE
                    && substituteCost.compareTo(MAX_COST) < 0, "substituteCost", "agreements.shortage.cost");
        }
        validation.throwIfInvalid();
        if (agreement.getTerminatedOn() != null && from.isAfter(agreement.getTerminatedOn())) {
            throw new DomainException("from", "agreements.agreement.terminated", agreement.getTerminatedOn());
        }
        Shortage shortage = new Shortage();
        shortage.agreementId = agreement.getId();
        shortage.tenderReference = agreement.getTenderReference();
        shortage.pack = line.getPack();
        shortage.atcCode = atcCode == null ? null : atcCode.value();
        shortage.fromDate = from;
        shortage.toDate = to;
        shortage.substitute = what;
        shortage.substituteCost = substituteCost.setScale(COST_SCALE);
        shortage.recorded = Stamp.now(actor, clock);
        return shortage;
    }

    /**
     * Ends a shortage still going on: {@code lastDay} not before its start
     * ({@code agreements.shortage.endBeforeStart} under {@code to}); only once
     * ({@code agreements.shortage.alreadyEnded}).
     */
    public void end(LocalDate lastDay) {
        if (toDate != null) {
            throw new DomainException(null, "agreements.shortage.alreadyEnded", toDate);
        }
        Validation validation = new Validation();
        if (validation.required(lastDay, "to")) {
            validation.check(!lastDay.isBefore(fromDate), "to", "agreements.shortage.endBeforeStart");
        }
        validation.throwIfInvalid();
        toDate = lastDay;
    }

    /** Whether the product could not be delivered on {@code date}. */
    public boolean isOngoingOn(LocalDate date) {
        return !date.isBefore(fromDate) && (toDate == null || !date.isAfter(toDate));
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public String getTenderReference() {
        return tenderReference;
    }

    /** The supplier and its pack. */
    public SuppliedPack getPack() {
        return pack;
    }

    /** The substance's ATC code, or null where the catalogue did not know the pack. */
    public String getAtcCode() {
        return atcCode;
    }

    public LocalDate getFrom() {
        return fromDate;
    }

    /** Its last day, or null while it goes on. */
    public LocalDate getTo() {
        return toDate;
    }

    public String getSubstitute() {
        return substitute;
    }

    /** NOK, two decimals: what the substitute cost beyond the agreed product. Priced: buyers only. */
    public BigDecimal getSubstituteCost() {
        return substituteCost;
    }

    /** Who recorded it and when. */
    public Stamp getRecorded() {
        return recorded;
    }

    @Override
    public String toString() {
        return "shortage of " + pack.getVarenummer().value() + " (" + pack.getSupplierName() + ") from " + fromDate;
    }
}
