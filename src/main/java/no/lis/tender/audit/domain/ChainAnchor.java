package no.lis.tender.audit.domain;

import no.lis.tender.shared.domain.Validation;

import java.util.Locale;
import java.util.Optional;

/**
 * The head of the security log as someone noted it outside the system (a number and its hash): the
 * entry with that number must still have that hash. Without such a note, a person with write access to
 * the database could rewrite every entry after the one they changed and leave a chain that holds.
 *
 * @param sequence the number of the entry
 * @param hash     its SHA-256 in hex (any case)
 */
public record ChainAnchor(long sequence, String hash) {

    public ChainAnchor {
        hash = hash.toLowerCase(Locale.ROOT);
    }

    /**
     * The anchor given by the two optional fields {@code sequence} and {@code hash}: none if both are
     * empty; each broken rule is recorded under its field.
     */
    public static Optional<ChainAnchor> of(Long sequence, String hash, Validation validation) {
        boolean noHash = hash == null || hash.isBlank();
        if (sequence == null && noHash) {
            return Optional.empty();
        }
        validation.check(sequence != null, "sequence", "validation.required");
        validation.check(sequence == null || sequence >= 1, "sequence", "securityLog.anchor.sequence");
        validation.check(!noHash, "hash", "validation.required");
        validation.check(noHash || hash.strip().matches("[0-9a-fA-F]{64}"), "hash", "securityLog.anchor.hash");
        return validation.isValid() ? Optional.of(new ChainAnchor(sequence, hash.strip())) : Optional.empty();
    }
}
