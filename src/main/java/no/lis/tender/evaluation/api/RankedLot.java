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
                        List<String> waitingFor, String scenario) {

    static RankedLot of(LotOutcome outcome, Locale locale) {
        return new RankedLot(outcome.lotNumber(), outcome.status(), outcome.maximumPrice(),
                outcome.offers().stream().map(offer -> RankedOffer.of(offer, locale)).toList(), outcome.waitingFor(),
                outcome.scenario());
    }

    /** {@code scenarios}: on a lot with price scenarios, the offer under each (the chosen one flagged). */
    public record RankedOffer(int rank, long offerId, long supplierId, String supplierName, Instant receivedAt,
                              String varenummer, BigDecimal packPrice, BigDecimal dddsPerPack, Price price,
                              BigDecimal pricePoints, Map<CriterionType, BigDecimal> byCriterion, BigDecimal total,
                              BigDecimal savings, List<Scenario> scenarios) {

        static RankedOffer of(EvaluatedOffer offer, Locale locale) {
            return new RankedOffer(offer.rank(), offer.offerId(), offer.supplierId(), offer.supplierName(),
                    offer.receivedAt(), offer.varenummer(), offer.packPrice(), offer.dddsPerPack(),
                    Price.of(offer.price(), locale), offer.pricePoints(), offer.byCriterion(), offer.total(),
                    offer.savings(), offer.scenarios().stream().map(s -> new Scenario(s.scenario(), s.chosen(),
                            s.packPrice(), Price.of(s.price(), locale), s.rank())).toList());
        }
    }

    /** The offer under one price scenario: its pack price, that price on the lot's basis, and its place under it. */
    public record Scenario(String scenario, boolean chosen, BigDecimal packPrice, Price price, int rank) {
    }

    /** The price on the lot's basis, e.g. computation "8 390,00 kr / 27,5862 DDD = 304,14 kr per DDD". */
    public record Price(ComparisonBasis basis, BigDecimal amount, String computation) {

        static Price of(PricePerUnit price, Locale locale) {
            return new Price(price.basis(), price.amount(), price.computation(locale));
        }
    }
}
