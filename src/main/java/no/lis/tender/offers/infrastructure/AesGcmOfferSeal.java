package no.lis.tender.offers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.lis.tender.offers.domain.OfferContent;
import no.lis.tender.offers.domain.OfferSeal;
import no.lis.tender.offers.domain.SealedContent;
import no.lis.tender.shared.domain.Digests;
import org.eclipse.microprofile.config.Config;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * Seals offer content with AES-256-GCM: a random 96-bit nonce for every sealing, a 128-bit
 * authentication tag, and the key id as associated data, so that altered content, or content
 * sealed under another key, is refused rather than misread. The key is read from the file named by
 * the MicroProfile Config property {@value #KEY_FILE}, by default
 * {@code ${server.output.dir}/resources/security/lis-offer.key}, and created there on first use
 * if missing ({@link OfferKeyFile}). The key id is the first 16 hex digits of the key's SHA-256:
 * it tells keys apart and gives nothing of the key away.
 */
@ApplicationScoped
public class AesGcmOfferSeal implements OfferSeal {

    public static final String KEY_FILE = "lis.offer.keyfile";
    static final String SERVER_OUTPUT_DIR = "server.output.dir";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public AesGcmOfferSeal(Config config) {
        this(keyFile(config.getOptionalValue(KEY_FILE, String.class),
                config.getOptionalValue(SERVER_OUTPUT_DIR, String.class)));
    }

    /** Seals with the key in {@code keyFile}, which is created if it does not exist. */
    public AesGcmOfferSeal(Path keyFile) {
        this.key = OfferKeyFile.loadOrCreate(keyFile);
        this.keyId = idOf(key);
    }

    /** For the CDI proxy. */
    protected AesGcmOfferSeal() {
        this.key = null;
        this.keyId = null;
    }

    /** The key file configured, or else {@code resources/security/lis-offer.key} in the server's output folder. */
    static Path keyFile(Optional<String> configured, Optional<String> serverOutputDir) {
        if (configured.isPresent()) {
            return Path.of(configured.get());
        }
        String folder = serverOutputDir.orElseThrow(() ->
                new IllegalStateException("Set " + KEY_FILE + " to the file of the key offers are sealed with"));
        return Path.of(folder, "resources", "security", "lis-offer.key");
    }

    /** The first 16 hex digits of the key's SHA-256. */
    private static String idOf(SecretKey key) {
        return Digests.sha256Hex(key.getEncoded()).substring(0, 16);
    }

    @Override
    public SealedContent seal(OfferContent content) {
        return sealFile(content.canonicalJson().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public OfferContent open(SealedContent sealed) {
        return OfferContent.fromCanonicalJson(new String(openFile(sealed), StandardCharsets.UTF_8));
    }

    @Override
    public SealedContent sealFile(byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return new SealedContent(crypt(Cipher.ENCRYPT_MODE, nonce, plaintext), nonce, keyId);
    }

    @Override
    public byte[] openFile(SealedContent sealed) {
        if (!keyId.equals(sealed.getKeyId())) {
            throw new IllegalStateException("This offer was sealed with key " + sealed.getKeyId()
                    + ", but this server holds key " + keyId + ": every server must be given the same key file ("
                    + KEY_FILE + ")");
        }
        return crypt(Cipher.DECRYPT_MODE, sealed.getNonce(), sealed.getCiphertext());
    }

    private byte[] crypt(int mode, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("Sealed offer content fails its integrity check:"
                    + " it was altered, or sealed with another key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }
}
