package no.lis.tender.offers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;

import java.util.Arrays;
import java.util.Objects;

/**
 * Offer content as it is stored: encrypted by an {@link OfferSeal}, with the nonce it was
 * encrypted with and the id of the key, so that content sealed under one key is never mistaken
 * for content under another. Nothing in it can be read without the key.
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

    @Column(name = "KEY_ID", nullable = false, length = KEY_ID_LENGTH)
    private String keyId;

    protected SealedContent() {
    }

    public SealedContent(byte[] ciphertext, byte[] nonce, String keyId) {
        this.ciphertext = Objects.requireNonNull(ciphertext, "ciphertext").clone();
        this.nonce = Objects.requireNonNull(nonce, "nonce").clone();
        this.keyId = Objects.requireNonNull(keyId, "keyId");
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

    @Override
    public boolean equals(Object o) {
        return o instanceof SealedContent s && Arrays.equals(ciphertext, s.ciphertext) && Arrays.equals(nonce, s.nonce)
                && keyId.equals(s.keyId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(ciphertext), Arrays.hashCode(nonce), keyId);
    }
}
