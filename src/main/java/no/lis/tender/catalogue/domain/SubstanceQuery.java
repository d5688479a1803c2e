package no.lis.tender.catalogue.domain;

/**
 * What a page of substances is searched by; each criterion left {@code null} (or blank) lets all
 * through: {@code text} found in the name (in any case) or at the start of the ATC code;
 * {@code atcPrefix} the start of the ATC code (a group such as {@code L04AB}); the therapeutic area.
 */
public record SubstanceQuery(String text, String atcPrefix, Long therapeuticAreaId) {

    /** The orders a list of substances may be sorted in. */
    public enum Sort { NAME, ATC_CODE, PATENT_EXPIRY }

    public SubstanceQuery {
        text = Checks.strippedOrNull(text);
        atcPrefix = AtcCode.prefixOf(atcPrefix);
    }
}
