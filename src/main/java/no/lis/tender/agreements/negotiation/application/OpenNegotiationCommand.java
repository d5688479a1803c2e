package no.lis.tender.agreements.negotiation.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A phase-1 case as the buyer opens it: the Nye metoder id (e.g. ID2025_047), what it is about, the
 * pack negotiated on by varenummer (its supplier and maximum price come from the catalogue), the day
 * the case was received, and the figures of the assessment per patient-year.
 */
public record OpenNegotiationCommand(String nyeMetoderId, String title, String varenummer, LocalDate receivedOn,
                                     BigDecimal incrementalQalys, BigDecimal otherIncrementalCosts,
                                     BigDecimal packsPerPatientYear, BigDecimal absoluteShortfall) {
}
