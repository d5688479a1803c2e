package no.lis.tender.offers.domain;

/**
 * Seals offer content so that what is stored cannot be read, prices least of all, without the key
 * the application holds; and opens it again. Who may have content opened is decided by
 * {@link Offer}, never here.
 */
public interface OfferSeal {

    /** The content encrypted, with a fresh nonce each time. */
    SealedContent seal(OfferContent content);

    /**
     * The content that was sealed. Fails with an {@link IllegalStateException} if it was sealed
     * with another key than this application holds, or was altered since.
     */
    OfferContent open(SealedContent sealed);

    /** A file attached to an offer (e.g. environmental documentation), encrypted like the content. */
    SealedContent sealFile(byte[] file);

    /** The attached file that was sealed; fails like {@link #open(SealedContent)}. */
    byte[] openFile(SealedContent sealed);
}
