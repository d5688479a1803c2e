package no.lis.tender.offers.infrastructure;

import no.lis.tender.shared.domain.Digests;

import javax.crypto.AEADBadTagException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The master key every other key of the offer seal is wrapped by, and during a rotation the
 * previous one, which is only ever used to unwrap. A master key is known by its id, the first 16
 * hex digits of the SHA-256 of a label and the key: it tells keys apart and gives nothing away.
 */
final class MasterKeys {

    private record MasterKey(String id, byte[] key) {
    }

    private final MasterKey current;
    private final MasterKey previous;

    MasterKeys(byte[] current, byte[] previous) {
        this.current = new MasterKey(idOf(current), current.clone());
        this.previous = previous == null ? null : new MasterKey(idOf(previous), previous.clone());
        if (this.previous != null && this.previous.id().equals(this.current.id())) {
            throw new IllegalStateException("The previous offer master key is the current one: nothing to rotate");
        }
    }

    private static String idOf(byte[] key) {
        byte[] label = "lis offer master key:".getBytes(StandardCharsets.US_ASCII);
        byte[] labelled = Arrays.copyOf(label, label.length + key.length);
        System.arraycopy(key, 0, labelled, label.length, key.length);
        return Digests.sha256Hex(labelled).substring(0, 16);
    }

    String currentId() {
        return current.id();
    }

    Optional<String> previousId() {
        return Optional.ofNullable(previous).map(MasterKey::id);
    }

    /** {@code key} wrapped by the current master key, bound to {@code binding}. */
    WrappedKey wrap(byte[] key, String binding) {
        return new WrappedKey(current.id(), Aead.wrap(current.key(), key, bytes(binding)));
    }

    /**
     * The key {@code wrapped} holds, if it is bound to {@code binding}; an {@link AEADBadTagException}
     * if it is bound to anything else or was altered. Refused if it is under a master key this server
     * does not hold.
     */
    byte[] unwrap(WrappedKey wrapped, String binding) throws AEADBadTagException {
        return Aead.unwrap(masterKey(wrapped.getMasterKeyId()).key(), wrapped.getWrapped(), bytes(binding));
    }

    boolean isCurrent(WrappedKey wrapped) {
        return current.id().equals(wrapped.getMasterKeyId());
    }

    private MasterKey masterKey(String id) {
        if (current.id().equals(id)) {
            return current;
        }
        if (previous != null && previous.id().equals(id)) {
            return previous;
        }
        throw new IllegalStateException("A key of the offer seal is wrapped by master key " + id + ", which this server"
                + " does not hold (current " + current.id() + previousId().map(p -> ", previous " + p).orElse("")
                + "): every server must be given the same master key file (" + MasterKeyFile.PROPERTY + ")");
    }

    private static byte[] bytes(String binding) {
        return binding.getBytes(StandardCharsets.UTF_8);
    }
}
