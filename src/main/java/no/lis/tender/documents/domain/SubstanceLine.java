package no.lis.tender.documents.domain;

/**
 * A substance a lot asks for.
 *
 * @param name the INN name; null where the catalogue does not know the ATC code
 * @param ddd  the defined daily dose as it is read, e.g. "2,9 mg P", or a text saying the WHO has assigned
 *             none; null where the catalogue does not know the ATC code
 */
public record SubstanceLine(String atcCode, String name, String ddd) {
}
