package no.lis.tender.shared.domain;

import java.util.Locale;

/**
 * The kinds of things a message names, e.g. the tender in "Anbudet 2026-LIS-TNF-01 finnes ikke.".
 * A message argument names a thing by the bundle key of its noun ({@code thing.tender}) and its id
 * or reference, never by a word of one language: {@link Messages} puts the noun in the language of
 * the message around it.
 */
public enum Thing {
    TENDER,
    QUESTION,
    CRITERION_TEMPLATE,
    DOCUMENT,
    OFFER,
    NOTICE,
    DIRECT_AGREEMENT,
    SUPPLIER,
    SUBSTANCE,
    PRODUCT,
    THERAPEUTIC_AREA,
    SPECIALIST_GROUP,
    USER;

    /** The bundle key of the noun with its reference, e.g. {@code thing.criterionTemplate}. */
    public String key() {
        StringBuilder key = new StringBuilder("thing.");
        boolean upper = false;
        for (char c : name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }

    /** This kind of thing with its id or reference, as a message argument ("Anbudet 42", "Tender 42"). */
    public Named named(Object reference) {
        return new Named(this, String.valueOf(reference));
    }

    /**
     * One thing named in a message. The reference is kept as text, as the user knows it: an id is
     * no number to group by thousands.
     */
    public record Named(Thing thing, String reference) {
    }
}
