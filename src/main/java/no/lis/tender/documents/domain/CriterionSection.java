package no.lis.tender.documents.domain;

import java.util.List;

/**
 * One award criterion as the invitation states it.
 *
 * @param type         the criterion's label, e.g. "Klima og miljø"
 * @param weight       in whole percent
 * @param priceFormula for price, the formula as it is read; null for the scored criteria
 * @param maxPoints    for price, the points the best price gets; null for the scored criteria
 * @param subCriteria  for the scored criteria, what is scored; empty for price
 */
public record CriterionSection(String type, int weight, String priceFormula, Integer maxPoints,
                               List<SubCriterionLine> subCriteria) {

    public CriterionSection {
        subCriteria = List.copyOf(subCriteria);
    }

    public boolean isPrice() {
        return priceFormula != null;
    }
}
