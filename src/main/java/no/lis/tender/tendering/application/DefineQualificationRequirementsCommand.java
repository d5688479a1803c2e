package no.lis.tender.tendering.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * Replaces the qualification requirements of draft tender {@code tenderId}, as the buyer loaded it at
 * {@code version}; an empty list removes them all.
 */
public record DefineQualificationRequirementsCommand(Long tenderId, Long version, List<RequirementInput> requirements) {

    /**
     * One requirement: {@code kind} names a {@link no.lis.tender.tendering.domain.QualificationKind};
     * {@code threshold} is the minimum turnover in NOK or the least number of references, where the
     * kind takes one.
     */
    public record RequirementInput(String kind, String text, BigDecimal threshold) {
    }
}
