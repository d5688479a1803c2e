package no.lis.tender.agreements.award.domain;

import java.util.List;

/** The buyer issued the award letters of a tender: each of {@code supplierIds} has one ready to download. */
public record AwardLettersIssued(Long tenderId, List<Long> supplierIds) {

    public AwardLettersIssued {
        supplierIds = List.copyOf(supplierIds);
    }
}
