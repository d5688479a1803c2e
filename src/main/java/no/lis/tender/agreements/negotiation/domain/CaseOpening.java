package no.lis.tender.agreements.negotiation.domain;

import no.lis.tender.agreements.framework.domain.NyeMetoderId;
import no.lis.tender.catalogue.domain.Varenummer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A phase-1 case as the buyer opens it: the Nye metoder case, what it is about (the drug and the
 * indication, in the buyer's words), the pack negotiated on with its supplier and maximum price from
 * the catalogue, the day the case was received, and the assessment's figures.
 */
public record CaseOpening(NyeMetoderId caseId, String title, Varenummer varenummer, String productName,
                          String supplierName, BigDecimal maximumPrice, LocalDate receivedOn,
                          HealthEconomics economics) {
}
