package no.lis.tender.agreements.adherence.application;

import no.lis.tender.agreements.framework.application.ManagedEntryTermsRow;
import no.lis.tender.agreements.framework.domain.ManagedEntryCost;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The managed-entry agreement on one agreement, with what it costs: the agreement and the price
 * the terms rest on; the terms ({@code null} where none is agreed); the expected yearly cost at the
 * estimated volume ({@code estimated}); and from the consumption imported in the agreement year
 * ({@code yearFrom} to {@code yearTo}) so far ({@code soFar}, {@code packsSoFar} packs in
 * {@code monthsSoFar} months) and that pace kept for the whole year ({@code projected}). The
 * payback owed and the tier effect are in the costs. Confidential.
 */
public record ManagedEntryOverview(String agreementKind, Long agreementId, String agreement, String varenummer,
                                   String productName, String supplierName, BigDecimal pricePerPack,
                                   BigDecimal maximumPrice, ManagedEntryTermsRow terms, LocalDate yearFrom,
                                   LocalDate yearTo, int monthsSoFar, BigDecimal packsSoFar, ManagedEntryCost estimated,
                                   ManagedEntryCost soFar, ManagedEntryCost projected, boolean reassessmentDue)
        implements Serializable {
}
