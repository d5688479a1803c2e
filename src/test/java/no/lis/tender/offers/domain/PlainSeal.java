package no.lis.tender.offers.domain;

import java.util.Arrays;

/**
 * A seal for tests of the rules around sealing: it keeps the bytes as they are, without encrypting,
 * but like the real seal it binds each value to its place (kept where the nonce would be) and
 * refuses it anywhere else with a {@link SealBrokenException}. Its opening key opens only what was
 * sealed for the opening; the deadline rule of the real seal is tested with it.
 */
public class PlainSeal implements OfferSeal {

    private static final byte[] FOR_OPENING = {1};
    private static final byte[] SUPPLIER_ONLY = {0};

    @Override
    public SealedContent seal(SealPlace place, byte[] plaintext) {
        return new SealedContent(plaintext.clone(), place.associatedData(), "plain",
                place.slot().forOpening() ? FOR_OPENING : SUPPLIER_ONLY);
    }

    @Override
    public byte[] open(SealPlace place, SealedContent sealed) {
        if (!Arrays.equals(sealed.getNonce(), place.associatedData())) {
            throw new SealBrokenException(place);
        }
        return sealed.getCiphertext();
    }

    @Override
    public OpeningKey openingKey(Long tenderId, String actor) {
        return (place, sealed) -> {
            if (place.tenderId() != tenderId || !Arrays.equals(sealed.getKeys(), FOR_OPENING)) {
                throw new SealBrokenException(place);
            }
            return open(place, sealed);
        };
    }

    /** Nothing to make: this seal has no keys. */
    @Override
    public void makeOpeningKey(Long tenderId) {
    }
}
