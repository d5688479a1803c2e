package no.lis.tender.tendering.domain;

import no.lis.tender.shared.domain.DomainException;

/**
 * Where a tender round stands. The constants up to {@link #EXPIRED} are declared in the order of the
 * life of a tender, and a tender moves only to the next one; it may be cancelled at any point
 * before its agreement is active.
 */
public enum TenderStatus {
    DRAFT,
    PUBLISHED,
    SUBMISSION_CLOSED,
    OPENED,
    EVALUATED,
    AWARDED,
    /** The standstill period (karensperiode) between the award decision and the agreement. */
    STANDSTILL,
    AGREEMENT_ACTIVE,
    EXPIRED,
    CANCELLED;

    public boolean canMoveTo(TenderStatus next) {
        if (next == CANCELLED) {
            return compareTo(AGREEMENT_ACTIVE) < 0;
        }
        return this != CANCELLED && next.ordinal() == ordinal() + 1;
    }

    /** {@code next}, if this status may move to it; otherwise {@code tender.status.forbiddenMove}. */
    public TenderStatus moveTo(TenderStatus next) {
        if (!canMoveTo(next)) {
            throw new DomainException("status", "tender.status.forbiddenMove", this, next);
        }
        return next;
    }

    /** Only a draft may be edited; from publication on, suppliers rely on what was published. */
    public boolean isEditable() {
        return this == DRAFT;
    }
}
