package no.lis.tender.shared.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the violations of one command so that a user sees every broken rule at once, each
 * under the field it belongs to.
 */
public final class Validation {

    private final List<Violation> violations = new ArrayList<>();

    /**
     * Parses one field; a {@link DomainException} from the parser is recorded under {@code field}
     * and {@code null} is returned.
     */
    public <T> T field(String field, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (DomainException e) {
            e.violations().forEach(v -> violations.add(new Violation(field, v.messageKey(), v.arguments())));
            return null;
        }
    }

    /** Records a violation under {@code field} unless {@code rule} holds. Returns {@code rule}. */
    public boolean check(boolean rule, String field, String messageKey, Object... arguments) {
        if (!rule) {
            violations.add(new Violation(field, messageKey, arguments));
        }
        return rule;
    }

    /** Records a "required" violation if the value is null or blank. Returns whether it is present. */
    public boolean required(Object value, String field) {
        boolean present = value != null && !(value instanceof String s && s.isBlank());
        return check(present, field, "validation.required");
    }

    public void add(Violation violation) {
        violations.add(violation);
    }

    public void addAll(List<Violation> more) {
        violations.addAll(more);
    }

    public boolean isValid() {
        return violations.isEmpty();
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    public void throwIfInvalid() {
        DomainException.throwIfAny(violations);
    }
}
