package no.lis.tender.shared.domain;

import java.util.List;

/**
 * A rule of the domain was broken. Carries one or more {@link Violation}s whose message keys are
 * resolved against the {@code messages} bundle (bokmål, English) by the web and API layers.
 */
public class DomainException extends RuntimeException {

    private final List<Violation> violations;

    public DomainException(String field, String messageKey, Object... arguments) {
        this(List.of(new Violation(field, messageKey, arguments)));
    }

    public DomainException(List<Violation> violations) {
        super(violations.isEmpty() ? "domain rule broken" : Messages.english(violations.get(0)));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a DomainException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Throws if {@code violations} is not empty. */
    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new DomainException(violations);
        }
    }
}
