package no.lis.tender.agreements.adherence.domain;

import no.lis.tender.shared.domain.Violation;

import java.util.List;
import java.util.Objects;

/**
 * What is wrong with one line of an imported file: its number (from 1, the header being line 1;
 * 0 for the file as a whole), the column ({@code null} for the line as a whole), and the message key
 * with its arguments. The message texts take the line number as their first argument, as text
 * (so that line 1234 does not print as "1 234").
 */
public record LineError(int lineNumber, String field, String messageKey, List<Object> arguments) {

    public LineError {
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    static LineError at(int lineNumber, String field, String messageKey, Object... more) {
        Object[] withLine = new Object[more.length + 1];
        withLine[0] = String.valueOf(lineNumber);
        System.arraycopy(more, 0, withLine, 1, more.length);
        return new LineError(lineNumber, field, messageKey, List.of(withLine));
    }

    /** As a violation under {@code line.N.field} (or {@code line.N}), its arguments starting with the line number. */
    public Violation toViolation() {
        String path = "line." + lineNumber + (field == null ? "" : "." + field);
        return new Violation(path, messageKey, arguments.toArray());
    }
}
