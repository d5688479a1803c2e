package no.lis.tender.catalogue.domain;

/**
 * What a page of suppliers is searched by: {@code text} found in the name (in any case) or at the
 * start of the organisation number; {@code null} or blank finds all.
 */
public record SupplierQuery(String text) {

    /** The orders a list of suppliers may be sorted in. */
    public enum Sort { NAME, ORGANISATION_NUMBER }

    public SupplierQuery {
        text = Checks.strippedOrNull(text);
    }
}
