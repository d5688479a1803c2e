package no.lis.tender.offers.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import no.lis.tender.shared.domain.Digests;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.PdfCheck;
import no.lis.tender.shared.domain.PdfVerdict;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.tendering.domain.Tender;

import java.time.Clock;
import java.time.Instant;

/**
 * A PDF a supplier attaches to its offer, e.g. environmental documentation for an answer. It is
 * part of the offer's content: stored sealed, readable by the supplier, and by buyers only as the
 * offer itself is (after a confirmed opening that includes it).
 */
@Entity
@Table(name = "OFR_ATTACHMENT")
@NamedQuery(name = "OfferAttachment.findByOffer",
        query = "SELECT a FROM OfferAttachment a WHERE a.offerId = :offerId ORDER BY a.id")
public class OfferAttachment {

    /** The upload limit, as for every PDF in LIS Tender. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    static final int FILE_NAME_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "OFFER_ID", nullable = false)
    private Long offerId;

    @Column(name = "FILE_NAME", nullable = false, length = FILE_NAME_LENGTH)
    private String fileName;

    @Column(name = "SIZE_BYTES", nullable = false)
    private long sizeBytes;

    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;

    @Embedded
    @AttributeOverride(name = "ciphertext", column = @Column(name = "CIPHERTEXT"))
    @AttributeOverride(name = "nonce", column = @Column(name = "NONCE"))
    @AttributeOverride(name = "keyId", column = @Column(name = "KEY_ID", length = SealedContent.KEY_ID_LENGTH))
    private SealedContent sealed;

    @Column(name = "UPLOADED_BY", nullable = false, length = 60)
    private String uploadedBy;

    @Column(name = "UPLOADED_AT", nullable = false)
    private Instant uploadedAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected OfferAttachment() {
    }

    /**
     * The supplier attaches a file to its own offer while offers may still be changed (before the
     * deadline, on a published tender). It must be a real PDF of at most 20 MB, whatever its name.
     */
    public static OfferAttachment attach(Offer offer, Tender tender, Reader supplier, String fileName, byte[] content,
                                         PdfCheck pdfCheck, OfferSeal seal, Clock clock) {
        offer.requireOwnedBy(supplier);
        offer.requireOpenForOffers(tender, clock.instant());
        Validation validation = new Validation();
        String name = fileName == null ? null : fileName.replaceAll(".*[/\\\\]", "").strip();
        validation.required(name, "fileName");
        validation.check(name == null || name.length() <= FILE_NAME_LENGTH, "fileName", "text.tooLong", FILE_NAME_LENGTH);
        byte[] bytes = content == null ? new byte[0] : content;
        if (validation.check(bytes.length > 0, "file", "documents.upload.empty")
                && validation.check(bytes.length <= MAX_BYTES, "file", "documents.upload.tooLarge",
                bytes.length / (1024 * 1024), MAX_BYTES / (1024 * 1024))) {
            PdfVerdict verdict = pdfCheck.verdict(bytes);
            validation.check(verdict.isAccepted(), "file", verdict.messageKey(), name);
        }
        validation.throwIfInvalid();
        OfferAttachment attachment = new OfferAttachment();
        attachment.offerId = offer.getId();
        attachment.fileName = name;
        attachment.sizeBytes = bytes.length;
        attachment.sha256 = Digests.sha256Hex(bytes);
        attachment.sealed = seal.sealFile(bytes);
        attachment.uploadedBy = supplier.username();
        attachment.uploadedAt = clock.instant();
        return attachment;
    }

    /** The file for {@code reader}, who must be allowed to read the offer's content (see {@link Offer#contentFor}). */
    public byte[] fileFor(Reader reader, Offer offer, TenderOpening opening, OfferSeal seal) {
        if (!offer.getId().equals(offerId)) {
            throw new DomainException(null, "offers.notFound");
        }
        if (!offer.isOwnedBy(reader)) {
            offer.contentFor(reader, opening, seal);
        }
        return seal.openFile(sealed);
    }

    public Long getId() {
        return id;
    }

    public Long getOfferId() {
        return offerId;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public long getVersion() {
        return version;
    }
}
