package no.lis.tender.tendering.application;

import java.util.List;

/**
 * Replaces the award criteria of a draft tender. {@code environmentJustification} is needed when
 * environment weighs less than 30 %.
 */
public record DefineAwardCriteriaCommand(Long tenderId, Long version, List<CriterionInput> criteria,
                                         String environmentJustification) {

    /**
     * One criterion. {@code type} names a {@link no.lis.tender.tendering.domain.CriterionType};
     * {@code weight} is whole percent. For price, {@code priceFormula} names a
     * {@link no.lis.tender.tendering.domain.PriceFormula} and {@code maxPoints} defaults to 100;
     * other types are scored on {@code subCriteria}.
     */
    public record CriterionInput(String type, Integer weight, String priceFormula, Integer maxPoints,
                                 List<SubCriterionInput> subCriteria) {
    }

    /**
     * One sub-criterion, scored from {@code scaleMin} to {@code scaleMax}; {@code libraryCode} if
     * taken from the criteria library.
     */
    public record SubCriterionInput(String title, String description, Integer scaleMin, Integer scaleMax,
                                    String libraryCode) {
    }
}
