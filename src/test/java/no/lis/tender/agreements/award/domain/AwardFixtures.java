package no.lis.tender.agreements.award.domain;

import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.evaluation.domain.EvaluationFixtures;
import no.lis.tender.evaluation.domain.RankedOffer;
import no.lis.tender.evaluation.domain.Ranking;
import no.lis.tender.shared.Stored;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.LotSpecification;
import no.lis.tender.tendering.domain.MarketPhase;
import no.lis.tender.tendering.domain.MarketSplit;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFixtures;
import no.lis.tender.tendering.domain.TenderReference;
import no.lis.tender.tendering.domain.VolumeUnit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;

/**
 * An evaluated tender (id 1) and the ranking of its lots: Alfa first, Beta second, Gamma third.
 * The letters are issued on 2 April 2026 at 14:00 Norwegian time, so the standstill of 10 days
 * runs to the end of 12 April.
 */
public final class AwardFixtures {

    public static final long ALFA_OFFER = 31;
    public static final long BETA_OFFER = 32;
    public static final long GAMMA_OFFER = 33;
    public static final Long ALFA = 101L;
    public static final Long BETA = 102L;
    public static final Long GAMMA = 103L;
    public static final Map<Long, Long> SUPPLIER_OF_OFFER = Map.of(ALFA_OFFER, ALFA, BETA_OFFER, BETA,
            GAMMA_OFFER, GAMMA);
    public static final Clock LETTERS = TenderFixtures.at(TenderFixtures.oslo(2026, 4, 2, 14));
    public static final Clock AFTER_STANDSTILL = TenderFixtures.at(TenderFixtures.oslo(2026, 4, 14, 0));

    /** Prints a letter as its content's text, so that tests can see what was printed for whom. */
    public static final AwardLetterRenderer TEXT_RENDERER =
            content -> content.toString().getBytes(StandardCharsets.UTF_8);

    private AwardFixtures() {
    }

    /** An evaluated phase-3 tender with one lot (adalimumab) in one market, Norway: one winner only. */
    public static Tender evaluatedTender() {
        Tender tender = EvaluationFixtures.openedTender();
        tender.markEvaluated(BUYER, EvaluationFixtures.AFTER_DEADLINE);
        return tender;
    }

    /**
     * An evaluated phase-5 tender (several ranked suppliers allowed) with lot 1 split by health
     * region and lot 2 (etanercept) in Norway only.
     */
    public static Tender evaluatedSplitTender() {
        Tender tender = Tender.plan(new TenderReference("2026-LIS-TNF-02"), "TNF-alfa-hemmere, regioner", 7L, 3L,
                MarketPhase.PHASE_5, TenderFixtures.library(), BUYER, TenderFixtures.CLOCK);
        tender.addLot(new LotSpecification("Adalimumab", null, Set.of(new AtcCode("L04AB04")),
                new BigDecimal("125000"), VolumeUnit.DDD, ComparisonBasis.PER_DDD, null,
                MarketSplit.HEALTH_REGIONS.markets()), BUYER, TenderFixtures.CLOCK);
        tender.addLot(new LotSpecification("Etanercept", null, Set.of(new AtcCode("L04AB01")),
                new BigDecimal("50000"), VolumeUnit.DDD, ComparisonBasis.PER_DDD, null,
                MarketSplit.NONE.markets()), BUYER, TenderFixtures.CLOCK);
        tender.reschedule(TenderFixtures.timeline(), BUYER, TenderFixtures.CLOCK);
        tender.prepareNotice(TenderFixtures.BELOW_THRESHOLD, Map.of(), BUYER, TenderFixtures.CLOCK);
        tender.publish(BUYER, TenderFixtures.CLOCK, TenderFixtures.THRESHOLD);
        Stored.withId(tender, 2L);
        tender.closeSubmission(EvaluationFixtures.AFTER_DEADLINE);
        tender.markOpened(BUYER, EvaluationFixtures.AFTER_DEADLINE);
        tender.markEvaluated(BUYER, EvaluationFixtures.AFTER_DEADLINE);
        return tender;
    }

    /** Alfa 91,5 (price 70, quality 15, environment 6,5), Beta 84,25, Gamma 77,1. */
    public static Ranking ranking() {
        return new Ranking(List.of(
                ranked(1, ALFA_OFFER, "Alfa Pharma AS", "70.0000", "15.0000", "6.5000"),
                ranked(2, BETA_OFFER, "Beta Biosimilars AB", "63.0000", "12.2500", "9.0000"),
                ranked(3, GAMMA_OFFER, "Gamma Generics Oy", "58.1000", "10.0000", "9.0000")));
    }

    private static RankedOffer ranked(int rank, long offerId, String name, String price, String quality,
                                      String environment) {
        Map<CriterionType, BigDecimal> parts = Map.of(CriterionType.PRICE, new BigDecimal(price),
                CriterionType.QUALITY, new BigDecimal(quality), CriterionType.ENVIRONMENT, new BigDecimal(environment));
        BigDecimal total = parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new RankedOffer(rank, offerId, name, total, parts);
    }

    /** The decision of {@link #evaluatedTender()} with lot 1 awarded to {@code awarded}, letters not issued. */
    public static AwardDecision awarded(Tender tender, long... awarded) {
        AwardDecision decision = Stored.withId(AwardDecision.prepare(tender, BUYER, LETTERS), 1L);
        decision.award(tender, 1, "NO", ranking(), SUPPLIER_OF_OFFER,
                java.util.Arrays.stream(awarded).boxed().toList());
        return decision;
    }

    /** Lot 1 of the one-lot tender awarded to Alfa, and the letters issued at {@link #LETTERS}. */
    public static AwardDecision issued() {
        Tender tender = evaluatedTender();
        AwardDecision decision = awarded(tender, ALFA_OFFER);
        decision.issueLetters(tender, List.of(), TEXT_RENDERER, BUYER, LETTERS);
        return decision;
    }
}
