package no.lis.tender.tendering.application;

/**
 * Adds a template to the criteria library ({@code id} null) or changes one, including taking it
 * out of use ({@code active} false). {@code type} names a scored
 * {@link no.lis.tender.tendering.domain.CriterionType}; the code of an existing template is kept.
 */
public record SaveCriterionTemplateCommand(Long id, Long version, String code, String type, String title,
                                           String description, Integer scaleMin, Integer scaleMax,
                                           boolean active) {
}
