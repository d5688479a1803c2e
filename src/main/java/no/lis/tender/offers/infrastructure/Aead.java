package no.lis.tender.offers.infrastructure;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * The primitives of the offer seal, all from the JDK: AES-256-GCM (96-bit random nonce, 128-bit
 * tag), X25519 key agreement and HKDF-SHA256 (RFC 5869, one block: 32 bytes are all it derives).
 * A failed authentication is an {@link AEADBadTagException}, which the seal turns into a tamper error.
 */
final class Aead {

    static final int KEY_BYTES = 32;
    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Aead() {
    }

    static byte[] randomKey() {
        return random(KEY_BYTES);
    }

    static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return value;
    }

    /** {@code plaintext} encrypted under {@code key} with {@code nonce}, bound to {@code aad}. */
    static byte[] encrypt(byte[] key, byte[] nonce, byte[] plaintext, byte[] aad) {
        try {
            return cipher(Cipher.ENCRYPT_MODE, key, nonce, aad).doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    static byte[] decrypt(byte[] key, byte[] nonce, byte[] ciphertext, byte[] aad) throws AEADBadTagException {
        try {
            return cipher(Cipher.DECRYPT_MODE, key, nonce, aad).doFinal(ciphertext);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    /** Nonce and ciphertext in one: for keys, which are stored as one value. */
    static byte[] wrap(byte[] key, byte[] plaintext, byte[] aad) {
        byte[] nonce = random(NONCE_BYTES);
        byte[] ciphertext = encrypt(key, nonce, plaintext, aad);
        byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + ciphertext.length);
        System.arraycopy(ciphertext, 0, out, NONCE_BYTES, ciphertext.length);
        return out;
    }

    static byte[] unwrap(byte[] key, byte[] wrapped, byte[] aad) throws AEADBadTagException {
        if (wrapped.length <= NONCE_BYTES) {
            throw new AEADBadTagException("too short to be a wrapped key");
        }
        return decrypt(key, Arrays.copyOf(wrapped, NONCE_BYTES), Arrays.copyOfRange(wrapped, NONCE_BYTES,
                wrapped.length), aad);
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, byte[] aad) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(aad);
        return cipher;
    }

    static KeyPair newX25519() {
        try {
            return KeyPairGenerator.getInstance("X25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime has X25519", e);
        }
    }

    static PublicKey x25519Public(byte[] encoded) {
        try {
            return KeyFactory.getInstance("X25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an X25519 public key", e);
        }
    }

    static PrivateKey x25519Private(byte[] encoded) {
        try {
            return KeyFactory.getInstance("X25519").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an X25519 private key", e);
        }
    }

    /**
     * The key that wraps a content key for the opening: HKDF-SHA256 of the X25519 shared secret,
     * salted with both public keys (so that it is bound to this exchange), for {@code info}.
     */
    static byte[] agreedKey(PrivateKey own, PublicKey other, byte[] ephemeralPublic, byte[] recipientPublic,
                            byte[] info) {
        try {
            KeyAgreement agreement = KeyAgreement.getInstance("X25519");
            agreement.init(own);
            agreement.doPhase(other, true);
            byte[] salt = Arrays.copyOf(ephemeralPublic, ephemeralPublic.length + recipientPublic.length);
            System.arraycopy(recipientPublic, 0, salt, ephemeralPublic.length, recipientPublic.length);
            return hkdf(salt, agreement.generateSecret(), info);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X25519 failed", e);
        }
    }

    /** HKDF-SHA256 (RFC 5869): extract, then the first block of expand, i.e. 32 bytes. */
    static byte[] hkdf(byte[] salt, byte[] inputKey, byte[] info) throws GeneralSecurityException {
        byte[] pseudoRandomKey = hmac(salt, inputKey);
        byte[] block = Arrays.copyOf(info, info.length + 1);
        block[info.length] = 1;
        return hmac(pseudoRandomKey, block);
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }
}
