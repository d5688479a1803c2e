package no.lis.tender.offers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.lis.tender.offers.domain.OfferSeal;
import no.lis.tender.offers.domain.SealBrokenException;
import no.lis.tender.offers.domain.SealPlace;
import no.lis.tender.offers.domain.SealedContent;
import no.lis.tender.shared.domain.SecurityEvent;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;
import org.eclipse.microprofile.config.Config;

import javax.crypto.AEADBadTagException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Envelope encryption of offers. Every sealed value has a random AES-256-GCM content key and
 * nonce; the ciphertext is bound to its {@link SealPlace} (tender, offer, supplier, slot, number)
 * as associated data. The content key is wrapped for the offer's supplier key and, for what buyers
 * read after the opening, for the tender's opening key pair: an ephemeral X25519 agreement with the
 * tender's public key, through HKDF-SHA256, so that sealing a submission needs no private key. The
 * supplier keys and the tenders' key pairs are wrapped by the master key, which lives in a file
 * outside the database and the server's output folder ({@link MasterKeyFile}): a copy of the
 * database alone reveals nothing. A tender's private key is unwrapped only from its submission
 * deadline on ({@link TenderKey#requireDeadlineReached}), and then kept in memory.
 * <p>
 * A value that fails its authentication is refused with a {@link SealBrokenException} and reported
 * as a {@link SecurityEvent.Kind#TAMPER_DETECTED} naming the offer and the slot, never the content.
 */
@ApplicationScoped
public class AesGcmOfferSeal implements OfferSeal {

    /** The sealing format, stored with every value; values of an earlier format are refused by it. */
    static final String FORMAT = "lis-seal-2";
    static final String SERVER_OUTPUT_DIR = "server.output.dir";
    private static final byte KEYS_FORMAT = 1;
    private static final byte[] RELEASED = "released".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OPENING_INFO = "lis offer opening key wrap".getBytes(StandardCharsets.US_ASCII);
    private static final Logger LOG = Logger.getLogger(AesGcmOfferSeal.class.getName());

    private final MasterKeys masterKeys;
    private final OfferKeyStore store;
    private final TenderRepository tenders;
    private final Clock clock;
    private final Event<SecurityEvent> events;
    private final Map<Long, OpeningKey> unwrapped = new ConcurrentHashMap<>();

    @Inject
    public AesGcmOfferSeal(Config config, OfferKeyStore store, TenderRepository tenders, Clock clock,
                           Event<SecurityEvent> events) {
        this(masterKeys(config), store, tenders, clock, events);
    }

    AesGcmOfferSeal(MasterKeys masterKeys, OfferKeyStore store, TenderRepository tenders, Clock clock,
                    Event<SecurityEvent> events) {
        this.masterKeys = masterKeys;
        this.store = store;
        this.tenders = tenders;
        this.clock = clock;
        this.events = events;
    }

    /** For the CDI proxy. */
    protected AesGcmOfferSeal() {
        this.masterKeys = null;
        this.store = null;
        this.tenders = null;
        this.clock = null;
        this.events = null;
    }

    /** The master keys the configuration names; a demo or test server makes its key on first use. */
    private static MasterKeys masterKeys(Config config) {
        boolean demo = config.getOptionalValue("lis.demo", Boolean.class).orElse(false);
        Optional<String> outputDir = config.getOptionalValue(SERVER_OUTPUT_DIR, String.class);
        String home = System.getProperty("user.home");
        byte[] current = MasterKeyFile.read(MasterKeyFile.location(
                config.getOptionalValue(MasterKeyFile.PROPERTY, String.class), outputDir, demo, home), demo);
        byte[] previous = config.getOptionalValue(MasterKeyFile.PREVIOUS_PROPERTY, String.class)
                .filter(path -> !path.isBlank())
                .map(path -> MasterKeyFile.read(MasterKeyFile.location(Optional.of(path), outputDir, demo, home), false))
                .orElse(null);
        return new MasterKeys(current, previous);
    }

    @Override
    public SealedContent seal(SealPlace place, byte[] plaintext) {
        if (!place.sealable()) {
            throw new IllegalArgumentException("nothing is sealed at number 0: " + place.label());
        }
        byte[] contentKey = Aead.randomKey();
        byte[] nonce = Aead.random(Aead.NONCE_BYTES);
        byte[] ciphertext = Aead.encrypt(contentKey, nonce, plaintext, place.associatedData());
        byte[] forSupplier = Aead.wrap(supplierKey(place, true), contentKey, bound(place, "supplier"));
        byte[] ephemeralPublic = new byte[0];
        byte[] forOpening = new byte[0];
        if (place.slot().forOpening()) {
            PublicKey tenderPublic = tenderPublicKey(place.tenderId());
            KeyPair ephemeral = Aead.newX25519();
            ephemeralPublic = ephemeral.getPublic().getEncoded();
            byte[] wrappingKey = Aead.agreedKey(ephemeral.getPrivate(), tenderPublic, ephemeralPublic,
                    tenderPublic.getEncoded(), OPENING_INFO);
            forOpening = Aead.wrap(wrappingKey, contentKey, bound(place, "opening"));
        }
        return new SealedContent(ciphertext, nonce, FORMAT, keys(forSupplier, ephemeralPublic, forOpening));
    }

    @Override
    public byte[] open(SealPlace place, SealedContent sealed) {
        WrappedContentKey keys = parse(place, sealed);
        try {
            byte[] contentKey = Aead.unwrap(supplierKey(place, false), keys.forSupplier(), bound(place, "supplier"));
            return Aead.decrypt(contentKey, sealed.getNonce(), sealed.getCiphertext(), place.associatedData());
        } catch (AEADBadTagException e) {
            throw broken(place);
        }
    }

    @Override
    public OpeningKey openingKey(Long tenderId, String actor) {
        OpeningKey known = unwrapped.get(tenderId);
        if (known != null) {
            return known;
        }
        Tender tender = tenders.find(tenderId).orElseThrow(() -> new IllegalArgumentException("no tender " + tenderId));
        Optional<TenderKey> stored = store.tenderKey(tenderId);
        if (stored.isEmpty()) {
            // nothing was ever sealed for this tender's opening, or its key was removed: nothing opens
            new TenderKey(tenderId, tender.getTimeline().getSubmissionDeadline(), clock.instant())
                    .requireDeadlineReached(tender, clock.instant());
            return this::missingKey;
        }
        TenderKey key = stored.get();
        if (!isReleased(key)) {
            key.requireDeadlineReached(tender, clock.instant());
            key.release(masterKeys.wrap(RELEASED, key.releasedBinding()));
        }
        PrivateKey privateKey;
        byte[] publicKey;
        try {
            privateKey = Aead.x25519Private(masterKeys.unwrap(key.getPrivateKey(), key.privateBinding()));
            publicKey = masterKeys.unwrap(key.getPublicKey(), key.publicBinding());
        } catch (AEADBadTagException e) {
            reportTamper("tender:" + tenderId, "the opening key of the tender fails its authentication");
            return this::missingKey;
        }
        events.fire(SecurityEvent.of(SecurityEvent.Kind.KEY_UNWRAPPED, actor, "tender:" + tenderId,
                "opening key unwrapped after the submission deadline " + key.getDeadline()));
        OpeningKey opening = (place, sealed) -> openForOpening(tenderId, privateKey, publicKey, place, sealed);
        unwrapped.put(tenderId, opening);
        return opening;
    }

    @Override
    public void makeOpeningKey(Long tenderId) {
        if (store.tenderKey(tenderId).isEmpty()) {
            store.storeTenderKey(newTenderKey(tenderId));
        }
    }

    /** Whether the key carries a valid release mark: it was unwrapped from its deadline on, by this application. */
    private boolean isReleased(TenderKey key) {
        if (key.getReleased() == null) {
            return false;
        }
        try {
            return Arrays.equals(masterKeys.unwrap(key.getReleased(), key.releasedBinding()), RELEASED);
        } catch (AEADBadTagException | IllegalStateException e) {
            return false;
        }
    }

    private byte[] missingKey(SealPlace place, SealedContent sealed) {
        throw broken(place);
    }

    private byte[] openForOpening(Long tenderId, PrivateKey privateKey, byte[] publicKey, SealPlace place,
                                  SealedContent sealed) {
        if (place.tenderId() != tenderId || !place.slot().forOpening()) {
            throw new IllegalArgumentException("the opening key of tender " + tenderId + " does not open " + place);
        }
        WrappedContentKey keys = parse(place, sealed);
        if (keys.ephemeralPublic().length == 0) {
            throw broken(place);
        }
        try {
            byte[] wrappingKey = Aead.agreedKey(privateKey, Aead.x25519Public(keys.ephemeralPublic()),
                    keys.ephemeralPublic(), publicKey, OPENING_INFO);
            byte[] contentKey = Aead.unwrap(wrappingKey, keys.forOpening(), bound(place, "opening"));
            return Aead.decrypt(contentKey, sealed.getNonce(), sealed.getCiphertext(), place.associatedData());
        } catch (AEADBadTagException | IllegalStateException e) {
            throw broken(place);
        }
    }

    /** The offer's supplier key, made (if {@code create}) when its first value is sealed. */
    private byte[] supplierKey(SealPlace place, boolean create) {
        Optional<SupplierKey> stored = store.supplierKey(place.offerId());
        if (stored.isEmpty()) {
            if (!create) {
                throw broken(place);
            }
            byte[] key = Aead.randomKey();
            SupplierKey made = new SupplierKey(place, clock.instant());
            made.wrapWith(masterKeys.wrap(key, SupplierKey.binding(place)));
            store.addSupplierKey(made);
            return key;
        }
        try {
            return masterKeys.unwrap(stored.get().getKey(), SupplierKey.binding(place));
        } catch (AEADBadTagException e) {
            throw broken(place);
        }
    }

    /** The tender's opening public key, the key pair made when the first value is sealed for the opening. */
    private PublicKey tenderPublicKey(long tenderId) {
        TenderKey key = store.tenderKey(tenderId).orElseGet(() -> store.addTenderKey(newTenderKey(tenderId)));
        try {
            return Aead.x25519Public(masterKeys.unwrap(key.getPublicKey(), key.publicBinding()));
        } catch (AEADBadTagException e) {
            reportTamper("tender:" + tenderId, "the opening key of the tender fails its authentication");
            throw new IllegalStateException("The opening key of tender " + tenderId + " fails its authentication:"
                    + " nothing can be sealed for its opening until it is investigated");
        }
    }

    private TenderKey newTenderKey(long tenderId) {
        Tender tender = tenders.find(tenderId).orElseThrow(() -> new IllegalArgumentException("no tender " + tenderId));
        KeyPair pair = Aead.newX25519();
        TenderKey key = new TenderKey(tenderId, tender.getTimeline().getSubmissionDeadline(), clock.instant());
        key.wrapWith(masterKeys.wrap(pair.getPublic().getEncoded(), key.publicBinding()),
                masterKeys.wrap(pair.getPrivate().getEncoded(), key.privateBinding()));
        return key;
    }

    /**
     * Re-wraps every key still under the previous master key under the current one, without
     * handing any out; a key that fails its authentication is left as it is and reported.
     * Returns how many keys were re-wrapped.
     */
    public int rotateMasterKey() {
        Optional<String> previous = masterKeys.previousId();
        if (previous.isEmpty()) {
            return 0;
        }
        int rewrapped = 0;
        for (TenderKey key : store.tenderKeysWrappedBy(previous.get())) {
            try {
                key.wrapWith(rewrap(key.getPublicKey(), key.publicBinding()), rewrap(key.getPrivateKey(),
                        key.privateBinding()));
                if (key.getReleased() != null) {
                    key.release(rewrap(key.getReleased(), key.releasedBinding()));
                }
                rewrapped++;
            } catch (AEADBadTagException e) {
                reportTamper("tender:" + key.getTenderId(), "the opening key fails its authentication at rotation");
            }
        }
        for (SupplierKey key : store.supplierKeysWrappedBy(previous.get())) {
            try {
                key.wrapWith(rewrap(key.getKey(), key.binding()));
                rewrapped++;
            } catch (AEADBadTagException e) {
                reportTamper("offer:" + key.getOfferId(), "the supplier key fails its authentication at rotation");
            }
        }
        if (rewrapped > 0) {
            String detail = rewrapped + " keys re-wrapped from master key " + previous.get() + " to "
                    + masterKeys.currentId();
            LOG.info(() -> "Offer seal: " + detail);
            events.fire(SecurityEvent.of(SecurityEvent.Kind.KEY_ROTATED, SecurityEvent.SYSTEM,
                    "master-key:" + masterKeys.currentId(), detail));
        }
        return rewrapped;
    }

    private WrappedKey rewrap(WrappedKey key, String binding) throws AEADBadTagException {
        return masterKeys.isCurrent(key) ? key : masterKeys.wrap(masterKeys.unwrap(key, binding), binding);
    }

    /** The id of the master key new keys are wrapped by. */
    public String masterKeyId() {
        return masterKeys.currentId();
    }

    private SealBrokenException broken(SealPlace place) {
        reportTamper("offer:" + place.offerId(), place.label() + " on tender " + place.tenderId()
                + " fails its authentication: moved from another place or altered");
        return new SealBrokenException(place);
    }

    private void reportTamper(String subject, String detail) {
        LOG.warning(() -> "Offer seal: " + subject + ": " + detail);
        events.fire(SecurityEvent.of(SecurityEvent.Kind.TAMPER_DETECTED, SecurityEvent.SYSTEM, subject, detail));
    }

    /** What the content key of one value is wrapped as: for the supplier, and for the opening (empty if not). */
    private record WrappedContentKey(byte[] forSupplier, byte[] ephemeralPublic, byte[] forOpening) {
    }

    private static byte[] bound(SealPlace place, String reader) {
        byte[] place0 = place.associatedData();
        byte[] suffix = (";for=" + reader).getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(place0, place0.length + suffix.length);
        System.arraycopy(suffix, 0, out, place0.length, suffix.length);
        return out;
    }

    private static byte[] keys(byte[] forSupplier, byte[] ephemeralPublic, byte[] forOpening) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(KEYS_FORMAT);
            for (byte[] part : new byte[][]{forSupplier, ephemeralPublic, forOpening}) {
                out.writeShort(part.length);
                out.write(part);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** The wrapped content keys of {@code sealed}; a value of another format, or whose keys are garbled, is refused. */
    private WrappedContentKey parse(SealPlace place, SealedContent sealed) {
        if (!FORMAT.equals(sealed.getKeyId())) {
            throw new IllegalStateException("This value was sealed in the format " + sealed.getKeyId() + ", which this"
                    + " version does not open (it seals as " + FORMAT + "); see docs/security.md");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(sealed.getKeys()))) {
            if (in.readByte() != KEYS_FORMAT) {
                throw broken(place);
            }
            return new WrappedContentKey(in.readNBytes(in.readUnsignedShort()), in.readNBytes(in.readUnsignedShort()),
                    in.readNBytes(in.readUnsignedShort()));
        } catch (IOException e) {
            throw broken(place);
        }
    }
}
