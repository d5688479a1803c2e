package no.lis.tender.agreements.framework.domain;

import no.lis.tender.catalogue.domain.Varenummer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the buyer and a supplier agreed in a phase-1 price negotiation, as entered: the decision it
 * implements, the product, its maximum price, and either an agreed price or a flat rebate in percent
 * off the maximum price, valid from one day to another. Checked by {@link DirectAgreement#conclude}.
 *
 * @param maximumPrice  the maximum price per pack set by the medicines authority, NOK
 * @param agreedPrice   the price per pack agreed, NOK; null where a rebate is agreed instead
 * @param rebatePercent the flat rebate off the maximum price in percent, e.g. 27.5; null where a price is agreed
 * @param legalGround   the ground of the regulations for agreeing without competition
 * @param groundReason  why the ground applies here, in the buyer's words (printed in the transparency notice)
 */
public record DirectAgreementTerms(NyeMetoderId decision, Long supplierId, String supplierName,
                                   Varenummer varenummer, String productName, BigDecimal maximumPrice,
                                   BigDecimal agreedPrice, BigDecimal rebatePercent, LocalDate validFrom,
                                   LocalDate validTo, DirectAwardGround legalGround, String groundReason) {
}
