package no.lis.tender.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.lis.tender.agreements.award.domain.AwardDecision;
import no.lis.tender.agreements.award.domain.AwardDecisionRepository;
import no.lis.tender.agreements.award.domain.AwardLetterRenderer;
import no.lis.tender.agreements.award.domain.AwardLetterRepository;
import no.lis.tender.agreements.framework.domain.AgreementOption;
import no.lis.tender.agreements.framework.domain.DirectAgreement;
import no.lis.tender.agreements.framework.domain.DirectAgreementRepository;
import no.lis.tender.agreements.framework.domain.DirectAgreementTerms;
import no.lis.tender.agreements.framework.domain.DirectAwardGround;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementPrice;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementRepository;
import no.lis.tender.agreements.framework.domain.NyeMetoderId;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.evaluation.domain.RankedOffer;
import no.lis.tender.evaluation.domain.Ranking;
import no.lis.tender.shared.domain.Identified;
import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.CriterionTemplateRepository;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.EeaThreshold;
import no.lis.tender.tendering.domain.Lot;
import no.lis.tender.tendering.domain.LotSpecification;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderReference;
import no.lis.tender.tendering.domain.TenderRepository;
import no.lis.tender.tendering.domain.Timeline;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The award and agreements of the running TNF round 2025-LIS-TNF-01 and a phase-1 direct agreement,
 * built through the domain after {@link DemoTenders}:
 * <ul>
 *   <li>the award decision per lot and market from a ranking of the biosimilars in the catalogue at
 *       agreed prices far below the maximum prices (adalimumab to different biosimilars per health
 *       region, etanercept to Biogen, infliximab to Pfizer), its award letters to Sandoz, Amgen,
 *       Celltrion, AbbVie, Biogen, Pfizer and MSD, and the framework agreements concluded after the
 *       standstill for the tender's 2 + 1 + 1 years, the first option to be decided within the next
 *       three months;</li>
 *   <li>the direct agreement of the phase-1 negotiation 2026-LIS-ONKO-01 (Nye metoder ID2025_047):
 *       a flat rebate of 27.5 % off the maximum price.</li>
 * </ul>
 * That round's offers are not in the demo (it was run before the system), so its ranking is given
 * here; and since the round's agreement is already active, the award is made on a stand-in of it as
 * it stood when evaluated (same id, reference, lots and criteria; never stored).
 */
@ApplicationScoped
class DemoAgreements {

    private static final String BUYER = "kari";
    private static final TenderReference RUNNING = TenderReference.parse("2025-LIS-TNF-01");
    /** An option is decided this many months before the end it would extend. */
    private static final int OPTION_NOTICE_MONTHS = 9;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Per lot, the offers best first: varenummer and price per pack (NOK, AIP excl. VAT). */
    private static final Map<Integer, Map<String, String>> OFFERS = Map.of(
            1, ordered("183264", "2145.00", "167853", "2190.00", "590216", "2230.00", "411872", "6940.00"),
            2, ordered("423890", "3320.00", "508117", "3395.00", "074812", "7450.00"),
            3, ordered("451268", "1120.00", "379321", "1150.00", "128904", "1165.00", "066513", "3200.00"));
    /** Who is awarded each market: by health region for adalimumab, to spread the risk of shortage. */
    private static final Map<String, String> WINNERS = Map.of("1 HSO", "183264", "1 HV", "167853", "1 HMN", "590216",
            "1 HN", "183264", "2 NO", "423890", "3 NO", "451268");

    @Inject
    TenderRepository tenders;
    @Inject
    CriterionTemplateRepository library;
    @Inject
    ProductRepository products;
    @Inject
    AwardDecisionRepository decisions;
    @Inject
    AwardLetterRepository letters;
    @Inject
    AwardLetterRenderer renderer;
    @Inject
    FrameworkAgreementRepository agreements;
    @Inject
    DirectAgreementRepository directAgreements;
    @Inject
    Clock clock;
    @Inject
    EeaThreshold threshold;

    void load() {
        tenders.findByReference(RUNNING).ifPresent(this::awardAndConclude);
        directAgreement();
    }

    private void awardAndConclude(Tender running) {
        Timeline timeline = running.getTimeline();
        Tender evaluated = evaluatedStandIn(running);
        Clock lettersIssued = clockAt(timeline.getPlannedAward().plusWeeks(2));
        Clock concluded = clockAt(timeline.getPlannedAward().plusWeeks(4));
        Map<String, Product> catalogue = new HashMap<>();
        OFFERS.values().forEach(offers -> offers.keySet().forEach(varenummer -> catalogue.put(varenummer,
                products.findByVarenummer(new Varenummer(varenummer)).orElseThrow())));

        AwardDecision decision = AwardDecision.prepare(evaluated, BUYER, lettersIssued);
        Map<Long, String> varenummerOfOffer = new HashMap<>();
        for (Lot lot : evaluated.getLots()) {
            Map<Long, Long> supplierOfOffer = new HashMap<>();
            Ranking ranking = ranking(evaluated.getCriteria(), lot.getNumber(), catalogue, supplierOfOffer,
                    varenummerOfOffer);
            for (var market : lot.getMarkets()) {
                String winner = WINNERS.get(lot.getNumber() + " " + market.getCode());
                long offerId = offerId(lot.getNumber(), List.copyOf(OFFERS.get(lot.getNumber()).keySet()).indexOf(winner));
                decision.award(evaluated, lot.getNumber(), market.getCode(), ranking, supplierOfOffer, List.of(offerId));
            }
        }
        decisions.save(decision);
        decision.issueLetters(evaluated, List.of(), renderer, BUYER, lettersIssued).forEach(letters::save);

        LocalDate end = timeline.getAgreementEnd();
        List<AgreementOption> options = new ArrayList<>();
        LocalDate extended = end;
        for (Integer years : timeline.getOptionYears()) {
            options.add(AgreementOption.of(years * 12, extended.minusMonths(OPTION_NOTICE_MONTHS)));
            extended = extended.plusDays(1).plusYears(years).minusDays(1);
        }
        for (var lotAward : decision.getLotAwards()) {
            var winner = lotAward.getWinner();
            Product product = catalogue.get(varenummerOfOffer.get(winner.getOfferId()));
            String price = OFFERS.get(lotAward.getLotNumber()).get(product.getVarenummer().value());
            agreements.save(FrameworkAgreement.conclude(decision, lotAward.getLotNumber(), lotAward.getMarketCode(),
                    List.of(new FrameworkAgreementPrice(winner.getSupplierId(), product.getVarenummer(),
                            product.getName(), new BigDecimal(price))),
                    timeline.getAgreementStart(), end, options, BUYER, concluded));
        }
    }

    /**
     * The lot's ranking: price scored lowest / offered × weight, the other criteria at fixed shares of
     * their weight that fall a little with each place, so that the cheapest offer ranks first.
     */
    private static Ranking ranking(List<AwardCriterion> criteria, int lotNumber, Map<String, Product> catalogue,
                                   Map<Long, Long> supplierOfOffer, Map<Long, String> varenummerOfOffer) {
        Map<String, String> offers = OFFERS.get(lotNumber);
        BigDecimal lowest = offers.values().stream().map(BigDecimal::new).min(BigDecimal::compareTo).orElseThrow();
        List<RankedOffer> ranked = new ArrayList<>();
        int place = 0;
        for (Map.Entry<String, String> offer : offers.entrySet()) {
            long offerId = offerId(lotNumber, place);
            Product product = catalogue.get(offer.getKey());
            supplierOfOffer.put(offerId, product.getMarketingAuthorisationHolder().getId());
            varenummerOfOffer.put(offerId, offer.getKey());
            BigDecimal otherShare = new BigDecimal("0.90").subtract(new BigDecimal("0.05").multiply(BigDecimal.valueOf(place)));
            Map<CriterionType, BigDecimal> parts = new EnumMap<>(CriterionType.class);
            for (AwardCriterion criterion : criteria) {
                BigDecimal share = criterion.getType() == CriterionType.PRICE
                        ? lowest.divide(new BigDecimal(offer.getValue()), 6, RoundingMode.HALF_UP) : otherShare;
                parts.put(criterion.getType(), BigDecimal.valueOf(criterion.getWeight()).multiply(share)
                        .setScale(Ranking.SCALE, RoundingMode.HALF_UP));
            }
            BigDecimal total = parts.values().stream().reduce(BigDecimal.ZERO.setScale(Ranking.SCALE), BigDecimal::add);
            ranked.add(new RankedOffer(++place, offerId, product.getMarketingAuthorisationHolder().getName(), total, parts));
        }
        return new Ranking(ranked);
    }

    /** The ids the demo gives the offers of the round: they were made outside the system. */
    private static long offerId(int lotNumber, int index) {
        return 900_000L + lotNumber * 100L + index;
    }

    /**
     * The round as it stood when evaluated: planned, published, opened and evaluated with the same
     * reference, lots, criteria and timeline, and the stored round's id. Never stored.
     */
    private Tender evaluatedStandIn(Tender running) {
        Timeline timeline = running.getTimeline();
        Clock published = Clock.fixed(timeline.getPublication(), ZoneOffset.UTC);
        Clock afterDeadline = Clock.fixed(timeline.getSubmissionDeadline().plusSeconds(3600), ZoneOffset.UTC);
        Tender standIn = Tender.plan(running.getReference(), running.getTitle(), running.getTherapeuticAreaId(),
                running.getSpecialistGroupId(), running.getMarketPhase(), library.findActive(), BUYER, published);
        for (Lot lot : running.getLots()) {
            standIn.addLot(new LotSpecification(lot.getTitle(), lot.getIndication(), lot.getSubstances(),
                    lot.getEstimatedAnnualVolume(), lot.getVolumeUnit(), lot.getComparisonBasis(),
                    lot.getTreatmentPeriodDays(), lot.getMarkets()), BUYER, published);
        }
        standIn.reschedule(new Timeline(null, timeline.getQuestionDeadline(), timeline.getSubmissionDeadline(),
                timeline.getPlannedAward(), timeline.getAgreementStart(), timeline.getAgreementEnd(),
                timeline.getOptionYears()), BUYER, published);
        standIn.prepareNotice(running.getEstimatedValue(), running.getLots().stream()
                .collect(Collectors.toMap(Lot::getNumber, Lot::getCpvCode)), BUYER, published);
        running.getContractNotice().ifPresent(notice -> standIn.recordContractNotice(notice.getPublicationId(),
                notice.getPublishedOn(), BUYER, published));
        standIn.publish(BUYER, published, threshold);
        standIn.closeSubmission(afterDeadline);
        standIn.markOpened(BUYER, afterDeadline);
        standIn.markEvaluated(BUYER, afterDeadline);
        try {
            Field id = Identified.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(standIn, running.getId());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot give the stand-in the round's id", e);
        }
        return standIn;
    }

    /** Phase 1: the PD-1 inhibitor of 2026-LIS-ONKO-01, a flat rebate off its maximum price. */
    private void directAgreement() {
        Product remicade = products.findByVarenummer(new Varenummer("066513")).orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(Timeline.OSLO));
        LocalDate from = today.minusMonths(2).withDayOfMonth(1);
        directAgreements.save(DirectAgreement.conclude(new DirectAgreementTerms(new NyeMetoderId("ID2025_047"),
                remicade.getMarketingAuthorisationHolder().getId(), remicade.getMarketingAuthorisationHolder().getName(),
                new Varenummer("493812"), "Keytruda 25 mg/ml konsentrat til infusjonsvæske, 4 ml hetteglass",
                new BigDecimal("31470.10"), null, new BigDecimal("27.5"), from, from.plusYears(2).minusDays(1),
                DirectAwardGround.EXCLUSIVE_RIGHTS, "Pembrolizumab er patentbeskyttet og markedsføres i Norge bare av "
                + "innehaveren av markedsføringstillatelsen; Nye metoder har besluttet innføring (ID2025_047), og "
                + "det finnes ikke noe likeverdig alternativ."),
                BUYER, clockAt(from.minusDays(14))));
    }

    /** Nine o'clock Oslo time on {@code day}: when the demo buyer did that step. */
    private static Clock clockAt(LocalDate day) {
        return Clock.fixed(Timeline.atOslo(LocalDateTime.of(day, LocalTime.of(9, 0))), ZoneOffset.UTC);
    }

    private static Map<String, String> ordered(String... varenummerAndPrice) {
        Map<String, String> offers = new LinkedHashMap<>();
        for (int i = 0; i < varenummerAndPrice.length; i += 2) {
            offers.put(varenummerAndPrice[i], varenummerAndPrice[i + 1]);
        }
        return offers;
    }
}
