package no.lis.tender.documents.domain;

/**
 * One thing scored under a criterion, on a whole-number scale.
 *
 * @param description null if there is none
 */
public record SubCriterionLine(String title, String description, int scaleMin, int scaleMax) {
}
