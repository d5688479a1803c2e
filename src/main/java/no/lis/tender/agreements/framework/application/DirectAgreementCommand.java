package no.lis.tender.agreements.framework.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A direct agreement as the buyer enters it after a phase-1 negotiation: the decision it implements
 * (e.g. ID2025_047), the pack from the catalogue (its supplier and maximum price come from there),
 * an agreed price per pack or a flat rebate in percent off the maximum price, its validity, and the
 * legal ground for agreeing without competition (a {@link
 * no.lis.tender.agreements.framework.domain.DirectAwardGround} by name) with why it applies.
 */
public record DirectAgreementCommand(String nyeMetoderId, String varenummer, BigDecimal agreedPrice,
                                     BigDecimal rebatePercent, LocalDate validFrom, LocalDate validTo,
                                     String legalGround, String groundReason) {
}
