package no.lis.tender.evaluation.application;

import java.io.Serializable;
import java.math.BigDecimal;

/** What an opened offer offers on one lot: the lot's number and title, and the price per pack (AIP, excl. VAT). */
public record OfferedLot(long offerId, int lotNumber, String lotTitle, BigDecimal unitPricePerPack)
        implements Serializable {
}
