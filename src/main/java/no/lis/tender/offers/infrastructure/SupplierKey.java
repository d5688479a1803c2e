package no.lis.tender.offers.infrastructure;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import no.lis.tender.offers.domain.SealPlace;
import no.lis.tender.shared.domain.Versioned;

import java.time.Instant;
import java.util.Objects;

/**
 * The key of one offer's supplier (AES-256): every value of the offer is sealed for it, so that
 * the supplier reads her drafts, submissions and receipts at any time. Wrapped by the master key,
 * bound to the tender, the offer and the supplier: moved to another offer's row it no longer opens.
 */
@Entity
@Table(name = "OFR_SUPPLIER_KEY")
@NamedQuery(name = "SupplierKey.findByOffer", query = "SELECT k FROM SupplierKey k WHERE k.offerId = :offerId")
@NamedQuery(name = "SupplierKey.findByMasterKey",
        query = "SELECT k FROM SupplierKey k WHERE k.key.masterKeyId = :masterKeyId")
public class SupplierKey extends Versioned {

    @Column(name = "OFFER_ID", nullable = false, unique = true)
    private Long offerId;

    @Column(name = "TENDER_ID", nullable = false)
    private Long tenderId;

    @Column(name = "SUPPLIER_ID", nullable = false)
    private Long supplierId;

    @Embedded
    @AttributeOverride(name = "masterKeyId", column = @Column(name = "MASTER_KEY_ID", length = 40))
    @AttributeOverride(name = "wrapped", column = @Column(name = "WRAPPED"))
    private WrappedKey key;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected SupplierKey() {
    }

    SupplierKey(SealPlace place, Instant createdAt) {
        this.offerId = place.offerId();
        this.tenderId = place.tenderId();
        this.supplierId = place.supplierId();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** What the key is bound to; taken from the place being read, so that a key moved to another offer fails. */
    static String binding(SealPlace place) {
        return "lis offer supplier key;tender=" + place.tenderId() + ";offer=" + place.offerId() + ";supplier="
                + place.supplierId();
    }

    /** The binding of this key as stored, for a rotation. */
    String binding() {
        return binding(new SealPlace(tenderId, offerId, supplierId, SealPlace.Slot.DRAFT, 1));
    }

    void wrapWith(WrappedKey wrapped) {
        this.key = wrapped;
    }

    public Long getOfferId() {
        return offerId;
    }

    WrappedKey getKey() {
        return key;
    }
}
