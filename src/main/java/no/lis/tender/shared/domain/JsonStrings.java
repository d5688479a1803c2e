package no.lis.tender.shared.domain;

/**
 * A text as a JSON string, for the JSON the application writes by hand (the canonical form of an offer
 * that is digested, a stored ranking): quotation mark, reverse solidus and control characters escaped,
 * everything else as it is. One escaping, so that the same text is always written the same way.
 */
public final class JsonStrings {

    private JsonStrings() {
    }

    /** Appends {@code text} to {@code json} as a JSON string, quotation marks included; answers {@code json}. */
    public static StringBuilder quoted(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
