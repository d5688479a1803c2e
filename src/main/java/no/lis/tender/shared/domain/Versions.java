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
        if (!same(stored, seen)) {
            throw new DomainException(null, "concurrent.modification.generic");
        }
    }

    /**
     * For a thing about to be stored for the first time: it has no version yet, so a version sent
     * means the user saw one that is gone ({@code concurrent.modification.generic}).
     */
    public static void requireNone(Long seen) {
        if (seen != null) {
            throw new DomainException(null, "concurrent.modification.generic");
        }
    }

    /**
     * As {@link #require(long, Long)}, but the refusal ({@code concurrent.modification}) names what
     * was changed, e.g. {@code Thing.TENDER.named(reference)}: "Anbudet 2026-LIS-TNF-01".
     */
    public static void require(long stored, Long seen, Thing.Named named) {
        if (!same(stored, seen)) {
            throw new DomainException(null, "concurrent.modification", named);
        }
    }

    private static boolean same(long stored, Long seen) {
        return seen != null && seen == stored;
    }
}
