package no.lis.tender.offers.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;

import java.util.Objects;

/**
 * A key encrypted (wrapped) by a master key: the id of that master key, so that a rotation finds
 * what is still under the previous one, and the nonce and AES-GCM ciphertext, whose associated data
 * binds the key to what it is for (see {@link MasterKeys#wrap}).
 */
@Embeddable
public class WrappedKey {

    @Column(name = "MASTER_KEY_ID", nullable = false, length = 40)
    private String masterKeyId;

    @Lob
    @Column(name = "WRAPPED", nullable = false)
    private byte[] wrapped;

    protected WrappedKey() {
    }

    WrappedKey(String masterKeyId, byte[] wrapped) {
        this.masterKeyId = Objects.requireNonNull(masterKeyId, "masterKeyId");
        this.wrapped = Objects.requireNonNull(wrapped, "wrapped").clone();
    }

    public String getMasterKeyId() {
        return masterKeyId;
    }

    byte[] getWrapped() {
        return wrapped.clone();
    }
}
