package no.lis.tender.agreements.award.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.offers.domain.Reader;
import no.lis.tender.shared.domain.Digests;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Versioned;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The award letter (tildelingsbrev) to one supplier that took part in a tender, as PDF, generated
 * once when the buyer issues the letters of the {@link AwardDecision}. It tells the supplier its own
 * result only, so it is for that supplier's users and for buyers: anyone else is told that there is
 * no such letter ({@code agreements.letter.notFound}), so as not to reveal who took part. One per
 * tender and supplier; never changed.
 */
@Entity
@Table(name = "AGR_AWARD_LETTER", uniqueConstraints = @UniqueConstraint(
        name = "UQ_AGR_AWARD_LETTER_TENDER_SUPPLIER", columnNames = {"TENDER_ID", "SUPPLIER_ID"}))
@NamedQuery(name = "AwardLetter.findByTender", query = "SELECT l FROM AwardLetter l"
        + " WHERE l.tenderId = :tenderId ORDER BY l.supplierName")
@NamedQuery(name = "AwardLetter.findByTenderAndSupplier", query = "SELECT l FROM AwardLetter l"
        + " WHERE l.tenderId = :tenderId AND l.supplierId = :supplierId")
@NamedQuery(name = "AwardLetter.findBySupplier", query = "SELECT l FROM AwardLetter l"
        + " WHERE l.supplierId = :supplierId ORDER BY l.generatedAt DESC")
public class AwardLetter extends Versioned {

    @Column(name = "TENDER_ID", nullable = false)
    private Long tenderId;

    @Column(name = "TENDER_REFERENCE", nullable = false, length = 40)
    private String tenderReference;

    @Column(name = "SUPPLIER_ID", nullable = false)
    private Long supplierId;

    @Column(name = "SUPPLIER_NAME", nullable = false, length = Supplier.NAME_LENGTH)
    private String supplierName;

    @Column(name = "AWARDED", nullable = false)
    private boolean awarded;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "GENERATED_AT", nullable = false)
    private Instant generatedAt;

    protected AwardLetter() {
    }

    /** The letter of tender {@code tenderId} printed from {@code printed} as {@code pdf}. */
    static AwardLetter generate(Long tenderId, AwardLetterContent printed, byte[] pdf, Clock clock) {
        if (pdf == null || pdf.length == 0) {
            throw new IllegalArgumentException("an award letter without content");
        }
        AwardLetter letter = new AwardLetter();
        letter.tenderId = Objects.requireNonNull(tenderId, "tenderId");
        letter.tenderReference = printed.tenderReference();
        letter.supplierId = printed.supplierId();
        letter.supplierName = printed.supplierName();
        letter.awarded = printed.awardedAny();
        letter.content = pdf.clone();
        letter.sha256 = Digests.sha256Hex(pdf);
        letter.generatedAt = clock.instant();
        return letter;
    }

    /** Whether this is the letter to supplier {@code id}. */
    public boolean isFor(Long id) {
        return supplierId.equals(id);
    }

    /**
     * Refuses anyone but a buyer and the users of the supplier it is addressed to, with
     * {@code agreements.letter.notFound}: to another supplier the letter does not exist.
     */
    public void requireReadableBy(Reader reader) {
        if (!reader.isBuyer() && !reader.actsFor(supplierId)) {
            throw new DomainException(null, "agreements.letter.notFound");
        }
    }

    /** The PDF, for a reader allowed to read it (see {@link #requireReadableBy}). */
    public byte[] contentFor(Reader reader) {
        requireReadableBy(reader);
        return content.clone();
    }

    /** The name the PDF is downloaded under, e.g. "tildelingsbrev-2026-LIS-TNF-01.pdf". */
    public String fileName() {
        return "tildelingsbrev-" + tenderReference + ".pdf";
    }

    public Long getTenderId() {
        return tenderId;
    }

    public String getTenderReference() {
        return tenderReference;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public String getSupplierName() {
        return supplierName;
    }

    /** Whether the supplier was awarded at least one lot or market. */
    public boolean isAwarded() {
        return awarded;
    }

    /** The SHA-256 of the PDF in hex, to show that a letter is the one issued. */
    public String getSha256() {
        return sha256;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    @Override
    protected Object[] businessKey() {
        return new Object[] {tenderId, supplierId};
    }

    @Override
    public String toString() {
        return "award letter of tender " + tenderId + " to supplier " + supplierId;
    }
}
