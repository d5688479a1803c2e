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

    /**
     * Free text typed by a user, as every context takes it: trimmed, and it must fit its column. Returns
     * the trimmed text, or null after recording a "required" violation if it is blank; too long a
     * text is recorded too ({@code text.tooLong}).
     */
    public String requiredText(String field, String text, int maxLength) {
        return required(text, field) ? optionalText(field, text, maxLength) : null;
    }

    /**
     * As {@link #requiredText}, for text that is shown to others or printed (a name, a reason): a character
     * that {@link #safeText} refuses is recorded too ({@code text.unsafeCharacter}); line breaks only where
     * {@code multiLine}.
     */
    public String requiredSafeText(String field, String text, int maxLength, boolean multiLine) {
        String trimmed = requiredText(field, text, maxLength);
        safeText(trimmed, field, multiLine);
        return trimmed;
    }

    /** As {@link #requiredText}, but blank means absent: returns null without a violation. */
    public String optionalText(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        check(trimmed.length() <= maxLength, field, "text.tooLong", maxLength);
        return trimmed;
    }

    /**
     * Records {@code text.unsafeCharacter} under {@code field} if {@code text} holds a character
     * that {@link #unsafeCharacter(CharSequence, boolean)} refuses. Returns whether the text is safe.
     */
    public boolean safeText(String text, String field, boolean multiLine) {
        int unsafe = text == null ? -1 : unsafeCharacter(text, multiLine);
        return check(unsafe < 0, field, "text.unsafeCharacter", codePointName(unsafe));
    }

    /**
     * The one rule for characters in text that users send: the first code point that is refused,
     * or -1 if there is none. Refused are the C0 and C1 control characters (NUL among them) and
     * DEL, except tab, line feed and carriage return where {@code multiLine} text is allowed; the
     * bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which make a
     * text read differently from what is stored (a file name "invoice\u202Efdp.exe" shows as
     * "invoiceexe.pdf"); unpaired surrogates and the non-characters U+FFFE and U+FFFF. Emoji and
     * every other printable letter of any script are text like any other.
     */
    public static int unsafeCharacter(CharSequence text, boolean multiLine) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            if (isUnsafe(codePoint, multiLine)) {
                return codePoint;
            }
            i += Character.charCount(codePoint);
        }
        return -1;
    }

    /** Whether {@link #unsafeCharacter(CharSequence, boolean)} refuses {@code codePoint}. */
    public static boolean isUnsafe(int codePoint, boolean multiLine) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return !multiLine;
        }
        return codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)
                || (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)
                || codePoint == 0xFFFE || codePoint == 0xFFFF;
    }

    /** A code point as users look it up, e.g. {@code U+202E}. */
    public static String codePointName(int codePoint) {
        return String.format("U+%04X", codePoint);
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
