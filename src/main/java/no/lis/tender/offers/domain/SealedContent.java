package no.lis.tender.offers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;

import java.util.Arrays;
import java.util.Objects;

/**
 * A value as it is stored once sealed by an {@link OfferSeal}: the ciphertext, the nonce it was
 * encrypted with, the id of the sealing format, and its content key wrapped for each reader (the
 * supplier, and for submitted content the tender's opening). Nothing in it can be read without the
 * keys the application holds.
 */
@Embeddable
public class SealedContent {

    public static final int KEY_ID_LENGTH = 40;

    @Lob
    @Column(name = "CIPHERTEXT", nullable = false)
    private byte[] ciphertext;

    @Lob
    @Column(name = "NONCE", nullable = false)
    private byte[] nonce;

    /** The sealing format, so that a value sealed otherwise is refused by name rather than misread. */
    @Column(name = "KEY_ID", nullable = false, length = KEY_ID_LENGTH)
    private String keyId;

    /** The value's content key, wrapped for each of its readers. */
    @Lob
    @Column(name = "WRAPPED_KEYS")
    private byte[] keys;

    protected SealedContent() {
    }

    public SealedContent(byte[] ciphertext, byte[] nonce, String keyId, byte[] keys) {
        this.ciphertext = Objects.requireNonNull(ciphertext, "ciphertext").clone();
        this.nonce = Objects.requireNonNull(nonce, "nonce").clone();
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        this.keys = Objects.requireNonNull(keys, "keys").clone();
        if (keyId.isEmpty() || keyId.length() > KEY_ID_LENGTH) {
            throw new IllegalArgumentException("a key id has 1 to " + KEY_ID_LENGTH + " characters");
        }
    }

    public byte[] getCiphertext() {
        return ciphertext.clone();
    }

    public byte[] getNonce() {
        return nonce.clone();
    }

    public String getKeyId() {
        return keyId;
    }

    /** The wrapped content keys; empty for a value stored before they were kept (which cannot be opened). */
    public byte[] getKeys() {
        return keys == null ? new byte[0] : keys.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SealedContent s && Arrays.equals(ciphertext, s.ciphertext) && Arrays.equals(nonce, s.nonce)
                && keyId.equals(s.keyId) && Arrays.equals(getKeys(), s.getKeys());
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(ciphertext), Arrays.hashCode(nonce), keyId);
    }
}
