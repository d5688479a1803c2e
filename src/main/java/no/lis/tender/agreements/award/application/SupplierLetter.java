package no.lis.tender.agreements.award.application;

import java.time.Instant;

/** An award letter as its supplier's list shows it; downloaded from {@code /api/awards/{tenderId}/letter}. */
public record SupplierLetter(Long tenderId, String tenderReference, boolean awarded, Instant generatedAt,
                             String sha256) {
}
