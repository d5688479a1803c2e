package no.lis.tender.offers.domain;

/**
 * Seals offer content so that what is stored cannot be read, moved or replaced, prices least of
 * all, and opens it again. Every value is sealed for its {@link SealPlace} with a key of its own;
 * that key is wrapped for the offer's supplier and, for what buyers read after the opening
 * ({@link SealPlace.Slot#forOpening()}), also for the tender's opening key, which can be used only
 * from the tender's submission deadline on. Who may have content opened is decided by
 * {@link Offer}, never here. A value that fails its authentication is refused with a
 * {@link SealBrokenException} and reported as a security event.
 */
public interface OfferSeal {

    /** {@code plaintext} sealed for {@code place}, with a fresh content key and nonce each time. */
    SealedContent seal(SealPlace place, byte[] plaintext);

    /** What was sealed for {@code place}, opened with the supplier's key (for the supplier's own reading). */
    byte[] open(SealPlace place, SealedContent sealed);

    /**
     * The opening key of tender {@code tenderId}, for {@code actor}: refused before the tender's
     * submission deadline ({@code offers.openingKey.beforeDeadline}). Unwrapping it is a security
     * event.
     */
    OpeningKey openingKey(Long tenderId, String actor);

    /**
     * Makes the opening key pair of tender {@code tenderId}, in the caller's transaction, unless it has
     * one: at publication, so that the first submissions of a deadline rush find it made and do not
     * race to make it.
     */
    void makeOpeningKey(Long tenderId);

    /** The unwrapped opening key of one tender: opens what was sealed for the opening, and only that. */
    interface OpeningKey {

        byte[] open(SealPlace place, SealedContent sealed);
    }
}
