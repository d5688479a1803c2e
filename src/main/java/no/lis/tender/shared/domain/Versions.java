package no.lis.tender.shared.domain;

/** Optimistic locking as the user sees it: a change made on another version than the one stored is refused. */
public final class Versions {

    private Versions() {
    }

    /**
     * Refuses ({@code concurrent.modification.generic}) unless {@code seen}, the version the user
     * loaded, is the {@code stored} one; no version at all counts as outdated.
     */
    public static void require(long stored, Long seen) {
        if (seen == null || seen != stored) {
            throw new DomainException(null, "concurrent.modification.generic");
        }
    }
}
