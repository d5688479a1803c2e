package no.lis.tender.evaluation.api;

import no.lis.tender.evaluation.domain.EvaluatedOffer;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.evaluation.domain.LotStatus;
import no.lis.tender.evaluation.domain.PricePerUnit;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.CriterionType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One lot of the stored ranking as the API returns it: the lot's outcome, with each offer's price
 * computation written out in the caller's language (the domain keeps only its numbers).
 */
public record RankedLot(int lotNumber, LotStatus status, BigDecimal maximumPrice, List<RankedOffer> offers,
                        List<String> waitingFor) {

    static RankedLot of(LotOutcome outcome, Locale locale) {
        return new RankedLot(outcome.lotNumber(), outcome.status(), outcome.maximumPrice(),
                outcome.offers().stream().map(offer -> RankedOffer.of(offer, locale)).toList(), outcome.waitingFor());
    }

    public record RankedOffer(int rank, long offerId, long supplierId, String supplierName, Instant receivedAt,
                              String varenummer, BigDecimal packPrice, BigDecimal dddsPerPack, Price price,
                              BigDecimal pricePoints, Map<CriterionType, BigDecimal> byCriterion, BigDecimal total,
                              BigDecimal savings) {

        static RankedOffer of(EvaluatedOffer offer, Locale locale) {
            return new RankedOffer(offer.rank(), offer.offerId(), offer.supplierId(), offer.supplierName(),
                    offer.receivedAt(), offer.varenummer(), offer.packPrice(), offer.dddsPerPack(),
                    Price.of(offer.price(), locale), offer.pricePoints(), offer.byCriterion(), offer.total(),
                    offer.savings());
        }
    }

    /** The price on the lot's basis, e.g. computation "8 390,00 kr / 27,5862 DDD = 304,14 kr per DDD". */
    public record Price(ComparisonBasis basis, BigDecimal amount, String computation) {

        static Price of(PricePerUnit price, Locale locale) {
            return new Price(price.basis(), price.amount(), price.computation(locale));
        }
    }
}
