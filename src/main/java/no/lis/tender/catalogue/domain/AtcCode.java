package no.lis.tender.catalogue.domain;

import no.lis.tender.shared.domain.DomainException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A chemical substance's code in the WHO ATC classification (level 5), e.g. {@code L04AB04} for
 * adalimumab. Its leading characters are the codes of the groups above it: {@code L} (level 1,
 * anatomical main group), {@code L04} (2), {@code L04A} (3), {@code L04AB} (4).
 */
public record AtcCode(String value) {

    public static final int LENGTH = 7;
    private static final Pattern FORMAT = Pattern.compile("[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}");
    /** The length of the code at each level, level 1 first. */
    private static final int[] LEVEL_LENGTHS = {1, 3, 4, 5, 7};

    /** Takes the code as typed: surrounding spaces are dropped and letters upper-cased. */
    public AtcCode {
        value = Checks.required(value).toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new DomainException(null, "atc.invalid");
        }
    }

    /**
     * The start of a code as typed to find a group (e.g. {@code l04a} becomes {@code L04A}), or
     * {@code null} where nothing was typed. It is not checked: a prefix of no code finds nothing.
     */
    public static String prefixOf(String typed) {
        String prefix = Checks.strippedOrNull(typed);
        return prefix == null ? null : prefix.toUpperCase(Locale.ROOT);
    }

    /** The code of the group this substance belongs to at {@code level} 1 to 5 (5 is the code itself). */
    public String level(int level) {
        if (level < 1 || level > LEVEL_LENGTHS.length) {
            throw new IllegalArgumentException("ATC levels are 1 to 5, not " + level);
        }
        return value.substring(0, LEVEL_LENGTHS[level - 1]);
    }

    /**
     * The chemical, therapeutic or pharmacological subgroup (level 4, e.g. {@code L04AB}, the
     * TNF-alpha inhibitors): substances in it are the usual candidates for therapeutic comparison.
     */
    public String therapeuticGroup() {
        return level(4);
    }

    @Override
    public String toString() {
        return value;
    }
}
