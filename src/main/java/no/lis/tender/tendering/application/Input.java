package no.lis.tender.tendering.application;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.MarketPhase;

import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Turns the raw input of a command into domain values, recording what is wrong under the
 * command's field paths so that every broken rule is reported at once.
 */
final class Input {

    private Input() {
    }

    /** The phase numbered {@code number}, or null if none was given; another number is recorded. */
    static MarketPhase marketPhase(Validation validation, Integer number) {
        return number == null ? null : validation.field("marketPhase", () -> MarketPhase.of(number));
    }

    /**
     * The constant of {@code type} named by {@code text} (in any case), or null if blank; another
     * text is recorded as not a choice.
     */
    static <E extends Enum<E>> E choice(Validation validation, String field, Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return validation.field(field, () -> {
            try {
                return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new DomainException(null, "tendering.choice.invalid", text);
            }
        });
    }

    /**
     * Builds a domain object from values parsed so far; its violations are recorded under
     * {@code path} ({@code path.field}, or the field alone if {@code path} is null), except those
     * for a field whose input was already refused (a value that failed to parse is null, and the
     * object would only add that it is missing). Returns null if it refused.
     */
    static <T> T build(Validation validation, String path, Supplier<T> builder) {
        Set<String> refused = validation.violations().stream().map(Violation::field).collect(Collectors.toSet());
        try {
            return builder.get();
        } catch (DomainException e) {
            e.violations().stream()
                    .map(violation -> new Violation(under(path, violation.field()), violation.messageKey(),
                            violation.arguments()))
                    .filter(violation -> !refused.contains(violation.field()))
                    .forEach(validation::add);
            return null;
        }
    }

    private static String under(String path, String field) {
        if (path == null) {
            return field;
        }
        return field == null ? path : path + "." + field;
    }
}
