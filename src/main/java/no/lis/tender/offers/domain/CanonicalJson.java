package no.lis.tender.offers.domain;

import no.lis.tender.shared.domain.JsonStrings;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes JSON in one form only, so that equal content always gives equal bytes and so equal
 * digests: no white space, object members sorted by name, strings escaped as RFC 8259 requires
 * and nothing more (other characters as they are, in UTF-8), numbers as whole numbers, booleans as
 * {@code true} and {@code false}. Amounts are
 * written by the caller as strings in plain notation. The form must never change: receipts
 * already given carry digests of it.
 */
final class CanonicalJson {

    private CanonicalJson() {
    }

    /** {@code value}: a map with string keys, a list, a string, an integer or long, a boolean, or null, nested freely. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            JsonStrings.quoted(out, text);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                append(out, list.get(i));
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> member : new TreeMap<>(map).entrySet()) {
                out.append(separator);
                JsonStrings.quoted(out, (String) member.getKey());
                out.append(':');
                append(out, member.getValue());
                separator = ",";
            }
            out.append('}');
        } else {
            throw new IllegalArgumentException("no canonical JSON form for " + value.getClass().getName());
        }
    }
}
