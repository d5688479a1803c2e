package no.lis.tender.offers.domain;

import no.lis.tender.shared.domain.DomainException;

/**
 * A sealed value fails its authentication at the place it was read from: it was moved there from
 * another row, slot or version, or altered after sealing ({@code offers.seal.broken}). Nothing of it
 * is opened.
 */
public class SealBrokenException extends DomainException {

    private final transient SealPlace place;

    public SealBrokenException(SealPlace place) {
        super(null, "offers.seal.broken", place.offerId(), place.label());
        this.place = place;
    }

    public SealPlace place() {
        return place;
    }
}
