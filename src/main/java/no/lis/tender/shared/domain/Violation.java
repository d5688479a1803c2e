package no.lis.tender.shared.domain;

import java.util.Arrays;
import java.util.Objects;

/**
 * One broken rule: the field it concerns (a dotted path such as {@code timeline.submissionDeadline},
 * or {@code null} for the object as a whole), the resource-bundle key of the message and its arguments.
 */
public record Violation(String field, String messageKey, Object... arguments) {

    public Violation {
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Violation v && Objects.equals(field, v.field) && messageKey.equals(v.messageKey)
                && Arrays.equals(arguments, v.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, messageKey, Arrays.hashCode(arguments));
    }

    @Override
    public String toString() {
        return (field == null ? "" : field + ": ") + messageKey + Arrays.toString(arguments);
    }
}
