package no.lis.tender.agreements.award.domain;

import java.util.Objects;

/**
 * A supplier whose offer the buyer rejected at qualification, with the reason she wrote: it was not
 * evaluated, but it is told the award decision and why it was rejected, in a letter of its own.
 */
public record RejectedBidder(Long supplierId, String supplierName, String reason) {

    public RejectedBidder {
        Objects.requireNonNull(supplierId, "supplierId");
        Objects.requireNonNull(supplierName, "supplierName");
        Objects.requireNonNull(reason, "reason");
    }
}
