package no.lis.tender.shared.application;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Versioned;
import no.lis.tender.shared.domain.Versions;

import java.util.Optional;
import java.util.function.Function;

/**
 * The one way a use case loads what its command names by id. No id at all is as unknown as an id
 * that names nothing: both are refused, never passed on as {@code null}.
 */
public final class Existing {

    private Existing() {
    }

    /** The {@code thing} with {@code id}; refused as {@code not.found} naming it ("Anbudet 42 finnes ikke."). */
    public static <T> T require(Long id, Function<Long, Optional<T>> finder, Thing thing) {
        return find(id, finder).orElseThrow(() -> new DomainException(null, "not.found", thing.named(id)));
    }

    /**
     * The thing with {@code id}; refused with the context's own {@code notFoundKey} (e.g.
     * {@code offers.tenderNotFound}), whose one argument is the id.
     */
    public static <T> T require(Long id, Function<Long, Optional<T>> finder, String notFoundKey) {
        return find(id, finder).orElseThrow(() -> new DomainException(null, notFoundKey, id));
    }

    /**
     * The {@code thing} with {@code id} as the user read it: refused as {@code not.found}, or, unless
     * {@code seenVersion} is the stored version, as changed since ({@code concurrent.modification}, naming it
     * by {@code name}, e.g. "Leverandøren Alfa Pharma"). The load of every change to a versioned thing.
     */
    public static <T extends Versioned> T current(Long id, Long seenVersion, Function<Long, Optional<T>> finder,
                                                  Thing thing, Function<T, Object> name) {
        T found = require(id, finder, thing);
        Versions.require(found.getVersion(), seenVersion, thing.named(name.apply(found)));
        return found;
    }

    private static <T> Optional<T> find(Long id, Function<Long, Optional<T>> finder) {
        return Optional.ofNullable(id).flatMap(finder);
    }
}
