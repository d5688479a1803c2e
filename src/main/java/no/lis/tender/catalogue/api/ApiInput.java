package no.lis.tender.catalogue.api;

import no.lis.tender.catalogue.domain.Checks;
import no.lis.tender.shared.api.NotFound;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Violation;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the catalogue's resources make of the plain values of a request: paging limits, and named
 * constants (units, routes, types, sort orders) given as text, so that an unknown name is reported
 * under its field like any other broken rule, with the names that are allowed.
 */
final class ApiInput {

    /** The most rows one call returns. */
    static final int MAX_PAGE = 500;
    static final String DEFAULT_PAGE = "100";

    private ApiInput() {
    }

    static int first(int first) {
        return Math.max(0, first);
    }

    static int max(int max) {
        return Math.max(1, Math.min(max, MAX_PAGE));
    }

    /** The constant named {@code typed} in any case; {@code null} where nothing was typed. */
    static <E extends Enum<E>> E constant(Class<E> type, String typed, String field, Validation validation) {
        return constant(type, typed, field, validation, Enum::name);
    }

    /**
     * The constant whose name, or whose {@code alias} (e.g. a WHO route code such as {@code P}), is
     * {@code typed} in any case, ignoring underscores ({@code atcCode} is {@code ATC_CODE}); an
     * unknown name is recorded under {@code field}.
     */
    static <E extends Enum<E>> E constant(Class<E> type, String typed, String field, Validation validation,
                                          Function<E, String> alias) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String wanted = normal(typed);
        for (E constant : type.getEnumConstants()) {
            if (normal(constant.name()).equals(wanted) || normal(alias.apply(constant)).equals(wanted)) {
                return constant;
            }
        }
        validation.add(new Violation(field, "catalogue.value.unknown", typed.strip(),
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        return null;
    }

    /** Throws the violations of a part of the body (a DDD) filed under the part's path, e.g. {@code ddd.unit}. */
    static void throwIfInvalid(Validation validation, String path) {
        DomainException.throwIfAny(validation.violations().stream().map(v -> Checks.under(path, v)).toList());
    }

    /**
     * Makes a change to the thing named in the path. Nothing is read before: a thing read earlier in
     * the same request would be read again from the request's persistence context, as it was before
     * the change. The use case's {@code not.found} for that thing becomes the 404 of the path, in the
     * caller's language as every 404 is.
     */
    static void change(Runnable change) {
        try {
            change.run();
        } catch (DomainException e) {
            Violation only = e.violations().get(0);
            if (e.violations().size() == 1 && only.field() == null && "not.found".equals(only.messageKey())) {
                throw new NotFound(only.messageKey(), only.arguments());
            }
            throw e;
        }
    }

    /** A change is made as of the version the caller read; without it, 400 under {@code version}. */
    static void requireVersion(Long version) {
        if (version == null) {
            throw new DomainException("version", "validation.required");
        }
    }

    /** Whether the order asked for is ascending: {@code asc} (or nothing) is, {@code desc} is not. */
    static boolean ascending(String order, Validation validation) {
        if (order == null || order.isBlank() || order.strip().equalsIgnoreCase("asc")) {
            return true;
        }
        if (order.strip().equalsIgnoreCase("desc")) {
            return false;
        }
        validation.add(new Violation("order", "catalogue.value.unknown", order.strip(),
                "asc, desc"));
        return true;
    }

    private static String normal(String name) {
        return name.replace("_", "").strip().toLowerCase(Locale.ROOT);
    }
}
