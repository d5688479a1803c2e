package no.lis.tender.offers.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import no.lis.tender.shared.domain.Digests;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.PdfCheck;
import no.lis.tender.shared.domain.PdfVerdict;
import no.lis.tender.shared.domain.Stamp;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Versioned;
import no.lis.tender.tendering.domain.Tender;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A PDF a supplier attaches to its offer, e.g. environmental documentation for an answer. It is
 * part of the offer's content: stored sealed, its name and digest too (a file name can tell who
 * offered what), readable by the supplier, and by buyers only as the offer itself is (after a
 * confirmed opening that found it intact). Each attachment is sealed under its number within the
 * offer, so that a sealed file cannot be moved to another attachment or offer.
 */
@Entity
@Table(name = "OFR_ATTACHMENT")
@NamedQuery(name = "OfferAttachment.findByOffer",
        query = "SELECT a FROM OfferAttachment a WHERE a.offerId = :offerId ORDER BY a.id")
public class OfferAttachment extends Versioned {

    /** The upload limit, as for every PDF in LIS Tender. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    static final int FILE_NAME_LENGTH = 255;

    @Column(name = "OFFER_ID", nullable = false)
    private Long offerId;

    /** The number it is sealed under: 1, 2, ... in the order attached to the offer. */
    @Column(name = "ATTACHMENT_NUMBER", nullable = false)
    private int number;

    @Column(name = "SIZE_BYTES", nullable = false)
    private long sizeBytes;

    @Embedded
    @AttributeOverride(name = "ciphertext", column = @Column(name = "CIPHERTEXT"))
    @AttributeOverride(name = "nonce", column = @Column(name = "NONCE"))
    @AttributeOverride(name = "keyId", column = @Column(name = "KEY_ID", length = SealedContent.KEY_ID_LENGTH))
    @AttributeOverride(name = "keys", column = @Column(name = "WRAPPED_KEYS"))
    private SealedContent sealed;

    /** {@link Description}: the file's name and SHA-256, sealed. */
    @Embedded
    @AttributeOverride(name = "ciphertext", column = @Column(name = "NAME_CIPHERTEXT"))
    @AttributeOverride(name = "nonce", column = @Column(name = "NAME_NONCE"))
    @AttributeOverride(name = "keyId", column = @Column(name = "NAME_KEY_ID", length = SealedContent.KEY_ID_LENGTH))
    @AttributeOverride(name = "keys", column = @Column(name = "NAME_KEYS"))
    private SealedContent sealedName;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "UPLOADED_BY", nullable = false, length = 60))
    @AttributeOverride(name = "at", column = @Column(name = "UPLOADED_AT", nullable = false))
    private Stamp uploaded;

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
        attachment.number = offer.nextAttachmentNumber();
        attachment.sizeBytes = bytes.length;
        attachment.sealed = seal.seal(attachment.filePlace(offer), bytes);
        attachment.sealedName = seal.seal(attachment.namePlace(offer),
                new Description(name, Digests.sha256Hex(bytes)).toBytes());
        attachment.uploaded = Stamp.now(supplier.username(), clock);
        return attachment;
    }

    /** The name and SHA-256 of the file: what can be told of it without opening it. */
    public record Description(String fileName, String sha256) {

        byte[] toBytes() {
            return CanonicalJson.write(Map.of("fileName", fileName, "sha256", sha256)).getBytes(StandardCharsets.UTF_8);
        }

        static Description fromBytes(byte[] bytes) {
            try (JsonReader reader = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
                JsonObject json = reader.readObject();
                return new Description(json.getString("fileName"), json.getString("sha256"));
            }
        }
    }

    /** The file for {@code reader}, who must be allowed to read the offer's content (see {@link Offer#contentFor}). */
    public byte[] fileFor(Reader reader, Offer offer, TenderOpening opening, OfferSeal seal) {
        return read(reader, offer, opening, seal, filePlace(offer), sealed);
    }

    /** The name and digest of the file, for whoever may read the file ({@link #fileFor}). */
    public Description describeFor(Reader reader, Offer offer, TenderOpening opening, OfferSeal seal) {
        return Description.fromBytes(read(reader, offer, opening, seal, namePlace(offer), sealedName));
    }

    /** The supplier opens with its own key; a buyer only after an opening that found the offer intact, with the opening key. */
    private byte[] read(Reader reader, Offer offer, TenderOpening opening, OfferSeal seal, SealPlace place,
                        SealedContent value) {
        if (!offer.getId().equals(offerId)) {
            throw new DomainException(null, "offers.notFound");
        }
        if (offer.isOwnedBy(reader)) {
            return seal.open(place, value);
        }
        offer.contentFor(reader, opening, seal);
        return seal.openingKey(offer.getTenderId(), reader.username()).open(place, value);
    }

    /** The places of this attachment that fail their authentication under the opening key, e.g. "ATTACHMENT 2". */
    List<String> brokenSlots(Offer offer, OfferSeal.OpeningKey key) {
        List<String> broken = new ArrayList<>();
        for (SealPlace place : List.of(filePlace(offer), namePlace(offer))) {
            try {
                key.open(place, place.slot() == SealPlace.Slot.ATTACHMENT ? sealed : sealedName);
            } catch (SealBrokenException e) {
                broken.add(place.label());
            }
        }
        return broken;
    }

    private SealPlace filePlace(Offer offer) {
        return offer.place(SealPlace.Slot.ATTACHMENT, number);
    }

    private SealPlace namePlace(Offer offer) {
        return offer.place(SealPlace.Slot.ATTACHMENT_NAME, number);
    }

    public Long getOfferId() {
        return offerId;
    }

    public int getNumber() {
        return number;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    /** Who uploaded it and when. */
    public Stamp getUploaded() {
        return uploaded;
    }
}
