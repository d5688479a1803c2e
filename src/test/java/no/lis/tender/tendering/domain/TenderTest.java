package no.lis.tender.tendering.domain;

import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static no.lis.tender.tendering.domain.CriterionType.ENVIRONMENT;
import static no.lis.tender.tendering.domain.CriterionType.PRICE;
import static no.lis.tender.tendering.domain.CriterionType.QUALITY;
import static no.lis.tender.tendering.domain.CriterionType.SUPPLY_SECURITY;
import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.CLOCK;
import static no.lis.tender.tendering.domain.TenderFixtures.adalimumab;
import static no.lis.tender.tendering.domain.TenderFixtures.at;
import static no.lis.tender.tendering.domain.TenderFixtures.oslo;
import static no.lis.tender.tendering.domain.TenderFixtures.planned;
import static no.lis.tender.tendering.domain.TenderFixtures.publishable;
import static no.lis.tender.tendering.domain.TenderFixtures.published;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TenderTest {

    private static final Clock LATER = at(CLOCK.instant().plusSeconds(3600));
    private static final List<SubCriterion> ONE_SUB =
            List.of(TenderFixtures.template("QUA-SHELF-LIFE").toSubCriterion());

    private static List<AwardCriterion> criteria(int price, int quality, int environment, int supplySecurity) {
        List<AwardCriterion> criteria = new ArrayList<>();
        criteria.add(AwardCriterion.price(price, PriceFormula.LOWEST_PRICE_RATIO, 100));
        criteria.add(AwardCriterion.scored(QUALITY, quality, ONE_SUB));
        criteria.add(AwardCriterion.scored(ENVIRONMENT, environment, ONE_SUB));
        criteria.add(AwardCriterion.scored(SUPPLY_SECURITY, supplySecurity, ONE_SUB));
        return criteria;
    }

    private static List<Violation> violationsOf(List<Violation> violations, String messageKey) {
        return violations.stream().filter(v -> v.messageKey().equals(messageKey)).toList();
    }

    @Nested
    class Planning {

        @Test
        void planningInPhaseThreeGivesAnOpenTenderWithPriceLedCriteria() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);

            assertThat(tender.getStatus()).isEqualTo(TenderStatus.DRAFT);
            assertThat(tender.getInstrument()).isEqualTo(ProcurementInstrument.OPEN_TENDER);
            assertThat(tender.isSeveralRankedSuppliersAllowed()).isFalse();
            assertThat(tender.getCriteria()).extracting(AwardCriterion::getType, AwardCriterion::getWeight)
                    .containsExactly(tuple(PRICE, 55), tuple(QUALITY, 5), tuple(ENVIRONMENT, 30),
                            tuple(SUPPLY_SECURITY, 10));
            assertThat(tender.getCreatedBy()).isEqualTo(BUYER);
            assertThat(tender.getCreatedAt()).isEqualTo(CLOCK.instant());
            assertThat(tender.getLog()).extracting(TenderLogEntry::getAction, TenderLogEntry::getDetail)
                    .containsExactly(tuple("tender.log.planned", "2026-LIS-TNF-01"),
                            tuple("tender.log.noticePrepared", "1500000"));
        }

        @Test
        void planningInPhaseFiveAllowsSeveralRankedSuppliers() {
            Tender tender = planned(MarketPhase.RENEWED_MONOPOLY);

            assertThat(tender.getInstrument()).isEqualTo(ProcurementInstrument.SUPPLY_SECURITY_TENDER);
            assertThat(tender.isSeveralRankedSuppliersAllowed()).isTrue();
        }

        @Test
        void planningInPhaseOneGivesAPriceNegotiationWithoutCriteria() {
            Tender tender = planned(MarketPhase.INTRODUCTION);

            assertThat(tender.getInstrument()).isEqualTo(ProcurementInstrument.PRICE_NEGOTIATION);
            assertThat(tender.getCriteria()).isEmpty();
        }

        @Test
        void planningReportsEveryMissingDetailAtOnce() {
            assertThat(refusal(() -> Tender.plan(null, " ", null, null, null, List.of(), BUYER, CLOCK)))
                    .extracting(Violation::field)
                    .containsExactly("reference", "title", "therapeuticAreaId", "specialistGroupId", "marketPhase");
        }

        @Test
        void theBuyerMayChangeInstrumentAndRankingFlagOfADraft() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);

            tender.revise("Biotilsvarende adalimumab", 7L, 3L, MarketPhase.LOWEST_PRICE_COMPETITION,
                    ProcurementInstrument.SUPPLY_SECURITY_TENDER, true, BUYER, LATER);

            assertThat(tender.getTitle()).isEqualTo("Biotilsvarende adalimumab");
            assertThat(tender.getMarketPhase()).isEqualTo(MarketPhase.LOWEST_PRICE_COMPETITION);
            assertThat(tender.getInstrument()).isEqualTo(ProcurementInstrument.SUPPLY_SECURITY_TENDER);
            assertThat(tender.isSeveralRankedSuppliersAllowed()).isTrue();
            assertThat(tender.getLog()).last().extracting(TenderLogEntry::getAction, TenderLogEntry::getAt)
                    .containsExactly("tender.log.detailsRevised", LATER.instant());
        }
    }

    @Nested
    class Criteria {

        @Test
        void definingCriteriaIsRefusedWhenWeightsSumTo90() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);

            assertThat(refusal(() -> tender.defineCriteria(criteria(50, 5, 30, 5), null, BUYER, CLOCK)))
                    .containsExactly(new Violation("criteria.weights", "tender.criteria.weightsSum", 90));
        }

        @Test
        void definingCriteriaWithWeightsSummingTo100IsAccepted() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);

            tender.defineCriteria(criteria(70, 0, 30, 0), null, BUYER, LATER);

            assertThat(tender.getCriteria()).extracting(AwardCriterion::getType, AwardCriterion::getWeight)
                    .containsExactly(tuple(PRICE, 70), tuple(QUALITY, 0), tuple(ENVIRONMENT, 30),
                            tuple(SUPPLY_SECURITY, 0));
            assertThat(tender.getLog()).last().extracting(TenderLogEntry::getDetail)
                    .isEqualTo("PRICE 70 %, QUALITY 0 %, ENVIRONMENT 30 %, SUPPLY_SECURITY 0 %");
        }

        @Test
        void definingFewerCriteriaDropsTheOthers() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);

            tender.defineCriteria(List.of(AwardCriterion.price(70, PriceFormula.LINEAR, 10),
                    AwardCriterion.scored(ENVIRONMENT, 30, ONE_SUB)), null, BUYER, CLOCK);

            assertThat(tender.getCriteria()).extracting(AwardCriterion::getType).containsExactly(PRICE, ENVIRONMENT);
            assertThat(tender.getCriteria().get(0).getPriceFormula()).isEqualTo(PriceFormula.LINEAR);
            assertThat(tender.getCriteria().get(1).getSubCriteria()).isEqualTo(ONE_SUB);
        }

        @Test
        void environmentBelowThirtyPercentNeedsAWrittenJustification() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);

            assertThat(refusal(() -> tender.defineCriteria(criteria(70, 10, 20, 0), " ", BUYER, CLOCK)))
                    .containsExactly(new Violation("criteria.environmentJustification",
                            "tender.criteria.environmentJustificationRequired", 20, 30));
        }

        @Test
        void justificationIsRecordedWithWhoGaveItAndWhen() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);

            tender.defineCriteria(criteria(70, 10, 20, 0), "Miljø er stilt som krav i kravspesifikasjonen.",
                    "ola.buyer", LATER);

            EnvironmentJustification justification = tender.getEnvironmentJustification();
            assertThat(justification.getText()).isEqualTo("Miljø er stilt som krav i kravspesifikasjonen.");
            assertThat(justification.getGivenBy()).isEqualTo("ola.buyer");
            assertThat(justification.getGivenAt()).isEqualTo(LATER.instant());
        }

        @Test
        void anUnchangedJustificationKeepsItsAuthor() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);
            tender.defineCriteria(criteria(70, 10, 20, 0), "Stilt som krav.", "ola.buyer", CLOCK);

            tender.defineCriteria(criteria(75, 5, 20, 0), "Stilt som krav.", BUYER, LATER);

            assertThat(tender.getEnvironmentJustification().getGivenBy()).isEqualTo("ola.buyer");
        }

        @Test
        void environmentAtTheMainRuleNeedsNoJustificationAndKeepsNone() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);
            tender.defineCriteria(criteria(70, 10, 20, 0), "Stilt som krav.", BUYER, CLOCK);

            tender.defineCriteria(criteria(60, 10, 30, 0), "Stilt som krav.", BUYER, CLOCK);

            assertThat(tender.getEnvironmentJustification()).isNull();
        }

        @Test
        void eachTypeMayBeUsedOnceAndPriceMustWeigh() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);
            List<AwardCriterion> twiceQuality = List.of(AwardCriterion.price(0, PriceFormula.LINEAR, 10),
                    AwardCriterion.scored(QUALITY, 35, ONE_SUB), AwardCriterion.scored(QUALITY, 35, ONE_SUB),
                    AwardCriterion.scored(ENVIRONMENT, 30, ONE_SUB));

            assertThat(refusal(() -> tender.defineCriteria(twiceQuality, null, BUYER, CLOCK))).containsExactly(
                    new Violation("criteria[2].type", "tender.criteria.duplicateType"),
                    new Violation("criteria.weights", "tender.criteria.priceRequired"));
        }

        @Test
        void aWeighedScoredCriterionNeedsSubCriteria() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);
            List<AwardCriterion> criteria = List.of(AwardCriterion.price(60, PriceFormula.LINEAR, 10),
                    AwardCriterion.scored(QUALITY, 10, List.of()), AwardCriterion.scored(ENVIRONMENT, 30, ONE_SUB));

            assertThat(refusal(() -> tender.defineCriteria(criteria, null, BUYER, CLOCK)))
                    .containsExactly(new Violation("criteria[1].subCriteria", "tender.criteria.subCriteriaRequired"));
        }

        @Test
        void aPriceNegotiationTakesNoWeightedCriteria() {
            Tender tender = planned(MarketPhase.INTRODUCTION);

            assertThat(refusal(() -> tender.defineCriteria(criteria(60, 10, 30, 0), null, BUYER, CLOCK)))
                    .containsExactly(new Violation("criteria", "tender.criteria.notForInstrument"));
        }
    }

    @Nested
    class Lots {

        @Test
        void lotsAreNumberedOneToN() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);

            tender.addLot(adalimumab(), BUYER, CLOCK);
            Lot second = tender.addLot(adalimumab(), BUYER, CLOCK);

            assertThat(second.getNumber()).isEqualTo(2);
            assertThat(tender.getLots()).extracting(Lot::getNumber).containsExactly(1, 2);
        }

        @Test
        void removingALotMovesTheLaterLotsUpANumber() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);
            for (String title : List.of("Adalimumab", "Etanercept", "Infliksimab")) {
                LotSpecification spec = adalimumab();
                tender.addLot(new LotSpecification(title, null, spec.substances(), spec.estimatedAnnualVolume(),
                        spec.volumeUnit(), spec.comparisonBasis(), null, spec.markets()), BUYER, CLOCK);
            }

            tender.removeLot(2, BUYER, CLOCK);

            assertThat(tender.getLots()).extracting(Lot::getNumber, Lot::getTitle)
                    .containsExactly(tuple(1, "Adalimumab"), tuple(2, "Infliksimab"));
            assertThat(tender.getLog()).last().extracting(TenderLogEntry::getAction, TenderLogEntry::getDetail)
                    .containsExactly("tender.log.lotRemoved", "2: Etanercept");
        }

        @Test
        void revisingALotChangesItsSpecification() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);
            tender.addLot(adalimumab(), BUYER, CLOCK);
            LotSpecification spec = adalimumab();

            tender.reviseLot(1, new LotSpecification("Adalimumab, regionvis", spec.indication(), spec.substances(),
                    spec.estimatedAnnualVolume(), spec.volumeUnit(), ComparisonBasis.PER_TREATMENT_PERIOD, 365,
                    MarketSplit.HEALTH_REGIONS.markets()), BUYER, CLOCK);

            Lot lot = tender.getLots().get(0);
            assertThat(lot.getTitle()).isEqualTo("Adalimumab, regionvis");
            assertThat(lot.getTreatmentPeriodDays()).isEqualTo(365);
            assertThat(lot.getMarketSplit()).isEqualTo(MarketSplit.HEALTH_REGIONS);
        }

        @Test
        void anUnknownLotNumberIsRefused() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);

            assertThat(refusal(() -> tender.removeLot(1, BUYER, CLOCK)))
                    .containsExactly(new Violation("lotNumber", "tender.lot.notFound", 1));
        }
    }

    @Nested
    class Scheduling {

        /** Offers 20 days after "now" (10 January 2026): too short for an open procedure above the threshold. */
        private Timeline twentyDays() {
            return new Timeline(null, oslo(2026, 1, 22, 12), oslo(2026, 1, 30, 12), LocalDate.of(2026, 2, 20),
                    LocalDate.of(2026, 4, 1), LocalDate.of(2028, 3, 31), List.of(1, 1));
        }

        @Test
        void aTenderPeriodShorterThanTheProceduresIsRefusedBesideTheDeadline() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);

            assertThat(refusal(() -> tender.reschedule(twentyDays(), BUYER, CLOCK))).containsExactly(new Violation(
                    "timeline.submissionDeadline", "tender.timeLimits.tenderPeriodTooShort", 20L, 30, 15,
                    TenderProcedure.OPEN_ABOVE_THRESHOLD));
        }

        @Test
        void aJustifiedShorterPeriodIsRecordedWithWhoGaveItAndWhen() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);

            tender.reschedule(twentyDays(), TenderProcedure.OPEN_ABOVE_THRESHOLD,
                    Map.of(TimeLimitRule.TENDER_PERIOD, "Veiledende kunngjøring sendt 1. oktober 2025.",
                            TimeLimitRule.FRAMEWORK_LENGTH, "Ikke nødvendig"), TimeLimits.STATUTORY, BUYER, CLOCK);

            assertThat(tender.getTimeLimitJustifications()).extracting(TimeLimitJustification::getRule,
                    TimeLimitJustification::getText, x -> x.getGiven().actor(),
                    x -> x.getGiven().at()).containsExactly(tuple(TimeLimitRule.TENDER_PERIOD,
                    "Veiledende kunngjøring sendt 1. oktober 2025.", BUYER, CLOCK.instant()));
            tender.addLot(adalimumab(), BUYER, CLOCK);
            tender.publish(BUYER, CLOCK, TenderFixtures.THRESHOLD);
            assertThat(tender.getStatus()).isEqualTo(TenderStatus.PUBLISHED);
        }

        @Test
        void aJustificationNoLongerNeededIsDropped() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);
            tender.reschedule(twentyDays(), TenderProcedure.OPEN_ABOVE_THRESHOLD,
                    Map.of(TimeLimitRule.TENDER_PERIOD, "Hastesituasjon: leveringssvikt."), TimeLimits.STATUTORY,
                    BUYER, CLOCK);

            tender.reschedule(TenderFixtures.timeline(), BUYER, CLOCK);

            assertThat(tender.getTimeLimitJustifications()).isEmpty();
        }

        @Test
        void belowTheThresholdTwentyDaysAreEnough() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);

            tender.reschedule(twentyDays(), TenderProcedure.OPEN_BELOW_THRESHOLD, Map.of(), TimeLimits.STATUTORY,
                    BUYER, CLOCK);

            assertThat(tender.getProcedure()).isEqualTo(TenderProcedure.OPEN_BELOW_THRESHOLD);
        }

        @Test
        void publishingLaterThanPlannedCanMakeThePeriodTooShort() {
            Tender tender = publishable();

            assertThat(refusal(() -> tender.publish(BUYER, at(oslo(2026, 2, 10, 9)), TenderFixtures.THRESHOLD))).extracting(Violation::messageKey)
                    .containsExactly("tender.timeLimits.tenderPeriodTooShort");
        }

        @Test
        void aTimelineOutOfOrderIsRefused() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);
            Timeline backwards = new Timeline(null, oslo(2026, 3, 1, 12), oslo(2026, 2, 1, 12), null, null, null,
                    List.of());

            assertThat(refusal(() -> tender.reschedule(backwards, BUYER, CLOCK))).extracting(Violation::field)
                    .containsExactly("timeline.submissionDeadline");
        }

        @Test
        void aPartialTimelineMayBeSavedInADraft() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);
            Timeline partial = new Timeline(null, null, oslo(2026, 3, 1, 12), null, null, null, List.of());

            tender.reschedule(partial, BUYER, CLOCK);

            assertThat(tender.getTimeline()).isEqualTo(partial);
            assertThat(tender.getLog()).last().extracting(TenderLogEntry::getDetail).isEqualTo("01.03.2026 12:00");
        }
    }

    @Nested
    class Publishing {

        /** Why publishing {@code tender} now is refused. */
        private List<Violation> refusalToPublish(Tender tender) {
            return refusal(() -> tender.publish(BUYER, CLOCK, TenderFixtures.THRESHOLD));
        }

        @Test
        void aCompleteDraftIsPublishedNowByTheBuyer() {
            Tender tender = publishable();

            tender.publish(BUYER, LATER, TenderFixtures.THRESHOLD);

            assertThat(tender.getStatus()).isEqualTo(TenderStatus.PUBLISHED);
            assertThat(tender.getPublishedBy()).isEqualTo(BUYER);
            assertThat(tender.getPublishedAt()).isEqualTo(LATER.instant());
            assertThat(tender.getTimeline().getPublication()).isEqualTo(LATER.instant());
            assertThat(tender.getLog()).last().extracting(TenderLogEntry::getAction, TenderLogEntry::getDetail)
                    .containsExactly("tender.log.statusChanged", "DRAFT → PUBLISHED: 2026-LIS-TNF-01");
        }

        @Test
        void aPlannedPublicationTimeIsKept() {
            Tender tender = publishable();
            Timeline timeline = TenderFixtures.timeline();
            Instant planned = oslo(2026, 1, 25, 9);
            tender.reschedule(new Timeline(planned, timeline.getQuestionDeadline(), timeline.getSubmissionDeadline(),
                    timeline.getPlannedAward(), timeline.getAgreementStart(), timeline.getAgreementEnd(),
                    timeline.getOptionYears()), BUYER, CLOCK);

            tender.publish(BUYER, CLOCK, TenderFixtures.THRESHOLD);

            assertThat(tender.getTimeline().getPublication()).isEqualTo(planned);
        }

        @ParameterizedTest
        @EnumSource(value = MarketPhase.class, names = {"PRE_AUTHORISATION", "INTRODUCTION", "MONOPOLY"})
        void publishingIsRefusedForHorizonScanningAndPriceNegotiation(MarketPhase phase) {
            Tender tender = planned(phase);
            tender.addLot(adalimumab(), BUYER, CLOCK);
            tender.reschedule(TenderFixtures.timeline(), BUYER, CLOCK);

            assertThat(refusalToPublish(tender)).containsExactly(new Violation("instrument", "tender.publish.notATender"));
        }

        @Test
        void publishingIsRefusedWithoutALot() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);
            tender.reschedule(TenderFixtures.timeline(), BUYER, CLOCK);

            assertThat(refusalToPublish(tender)).containsExactly(new Violation("lots", "tender.publish.lotsRequired"));
        }

        @Test
        void publishingIsRefusedWhenCriteriaWeighZero() {
            Tender tender = planned(MarketPhase.INTRODUCTION);
            tender.revise("TNF-alfa-hemmere", 7L, 3L, MarketPhase.GENERIC_ENTRY, ProcurementInstrument.OPEN_TENDER, false,
                    BUYER, CLOCK);
            tender.addLot(adalimumab(), BUYER, CLOCK);
            tender.reschedule(TenderFixtures.timeline(), BUYER, CLOCK);

            assertThat(refusalToPublish(tender)).containsExactly(
                    new Violation("criteria.weights", "tender.criteria.weightsSum", 0),
                    new Violation("criteria.weights", "tender.criteria.priceRequired"),
                    new Violation("criteria.environmentJustification",
                            "tender.criteria.environmentJustificationRequired", 0, 30));
        }

        @Test
        void publishingIsRefusedWhenADefaultCriterionFoundNoTemplatesToScore() {
            Tender tender = Tender.plan(new TenderReference("2026-LIS-ABX-02"), "Antibiotika", 2L, 4L,
                    MarketPhase.GENERIC_ENTRY, List.of(), BUYER, CLOCK);
            tender.prepareNotice(TenderFixtures.BELOW_THRESHOLD, java.util.Map.of(), BUYER, CLOCK);
            tender.addLot(adalimumab(), BUYER, CLOCK);
            tender.reschedule(TenderFixtures.timeline(), BUYER, CLOCK);

            assertThat(refusalToPublish(tender)).extracting(Violation::field).containsExactly(
                    "criteria[1].subCriteria", "criteria[2].subCriteria", "criteria[3].subCriteria");
        }

        @Test
        void publishingIsRefusedWhenTheTimelineIsIncomplete() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);
            tender.addLot(adalimumab(), BUYER, CLOCK);

            assertThat(refusalToPublish(tender)).extracting(Violation::field).containsExactly(
                    "timeline.questionDeadline", "timeline.submissionDeadline", "timeline.plannedAward",
                    "timeline.agreementStart", "timeline.agreementEnd");
        }

        @Test
        void publishingIsRefusedWhenTheSubmissionDeadlineHasPassed() {
            Tender tender = publishable();
            Clock afterDeadline = at(oslo(2026, 3, 2, 12));

            assertThat(violationsOf(refusal(() -> tender.publish(BUYER, afterDeadline, TenderFixtures.THRESHOLD)),
                    "tender.timeline.submissionDeadlinePassed"))
                    .containsExactly(new Violation("timeline.submissionDeadline",
                            "tender.timeline.submissionDeadlinePassed", Instant.parse("2026-03-01T11:00:00Z")));
        }

        @Test
        void everyReasonAgainstPublishingIsReportedAtOnce() {
            Tender tender = planned(MarketPhase.PRE_AUTHORISATION);

            assertThat(refusalToPublish(tender)).extracting(Violation::field)
                    .contains("instrument", "lots", "timeline.submissionDeadline").hasSize(7);
        }

        @Test
        void aPublishedTenderCannotBePublishedAgain() {
            Tender tender = published();

            assertThat(refusalToPublish(tender)).containsExactly(new Violation("status",
                    "tender.status.forbiddenMove", TenderStatus.PUBLISHED, TenderStatus.PUBLISHED));
        }
    }

    @Nested
    class AfterPublication {

        private final Tender tender = published();
        private final Violation notEditable = new Violation("status", "tender.notEditable", TenderStatus.PUBLISHED);

        @Test
        void detailsCannotBeRevised() {
            assertThat(refusal(() -> tender.revise("Ny tittel", 7L, 3L, MarketPhase.GENERIC_ENTRY,
                    ProcurementInstrument.OPEN_TENDER, false, BUYER, CLOCK))).containsExactly(notEditable);
        }

        @Test
        void lotsCannotBeAddedChangedOrRemoved() {
            assertThat(refusal(() -> tender.addLot(adalimumab(), BUYER, CLOCK))).containsExactly(notEditable);
            assertThat(refusal(() -> tender.reviseLot(1, adalimumab(), BUYER, CLOCK))).containsExactly(notEditable);
            assertThat(refusal(() -> tender.removeLot(1, BUYER, CLOCK))).containsExactly(notEditable);
        }

        @Test
        void criteriaCannotBeRedefined() {
            assertThat(refusal(() -> tender.defineCriteria(criteria(55, 5, 30, 10), null, BUYER, CLOCK)))
                    .containsExactly(notEditable);
        }

        @Test
        void timelineCannotBeRescheduled() {
            assertThat(refusal(() -> tender.reschedule(TenderFixtures.timeline(), BUYER, CLOCK)))
                    .containsExactly(notEditable);
        }

        @Test
        void submissionClosesOnlyAtTheDeadline() {
            Instant deadline = tender.getTimeline().getSubmissionDeadline();

            assertThat(refusal(() -> tender.closeSubmission(at(deadline.minusSeconds(1))))).containsExactly(
                    new Violation("timeline.submissionDeadline", "tender.submission.deadlineNotReached",
                            Instant.parse("2026-03-01T11:00:00Z")));

            tender.closeSubmission(at(deadline));

            assertThat(tender.getStatus()).isEqualTo(TenderStatus.SUBMISSION_CLOSED);
            assertThat(tender.getLog()).last().extracting(TenderLogEntry::getActor, TenderLogEntry::getAt)
                    .containsExactly(TenderLogEntry.SYSTEM, deadline);
        }

        @Test
        void theRoundRunsToExpiryStepByStep() {
            tender.closeSubmission(at(tender.getTimeline().getSubmissionDeadline()));
            tender.markOpened(BUYER, CLOCK);
            tender.markEvaluated(BUYER, CLOCK);
            tender.markAwarded(BUYER, CLOCK);
            tender.startStandstill(BUYER, CLOCK);
            tender.activateAgreement(BUYER, CLOCK);
            tender.expire(BUYER, CLOCK);

            assertThat(tender.getStatus()).isEqualTo(TenderStatus.EXPIRED);
            assertThat(tender.getLog()).extracting(TenderLogEntry::getDetail).endsWith(
                    "PUBLISHED → SUBMISSION_CLOSED", "SUBMISSION_CLOSED → OPENED", "OPENED → EVALUATED",
                    "EVALUATED → AWARDED", "AWARDED → STANDSTILL", "STANDSTILL → AGREEMENT_ACTIVE",
                    "AGREEMENT_ACTIVE → EXPIRED");
        }

        @Test
        void aStepCannotBeSkipped() {
            assertThat(refusal(() -> tender.markEvaluated(BUYER, CLOCK))).containsExactly(new Violation("status",
                    "tender.status.forbiddenMove", TenderStatus.PUBLISHED, TenderStatus.EVALUATED));
        }
    }

    @Nested
    class Cancelling {

        @Test
        void aPublishedTenderIsCancelledWithItsReasonKept() {
            Tender tender = published();

            tender.cancel(" Priser lekket før fristen. ", BUYER, LATER);

            assertThat(tender.getStatus()).isEqualTo(TenderStatus.CANCELLED);
            assertThat(tender.getCancellationReason()).isEqualTo("Priser lekket før fristen.");
            assertThat(tender.getLog()).last().extracting(TenderLogEntry::getDetail)
                    .isEqualTo("PUBLISHED → CANCELLED: Priser lekket før fristen.");
        }

        @Test
        void aDraftCancelledBeforePublicationNeverBecomesVisibleToSuppliers() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);
            assertThat(tender.isVisibleToSuppliers()).as("a draft").isFalse();

            tender.cancel("Behovet falt bort.", BUYER, LATER);

            assertThat(tender.getStatus()).isEqualTo(TenderStatus.CANCELLED);
            assertThat(tender.isVisibleToSuppliers()).isFalse();
        }

        @Test
        void aPublishedTenderStaysVisibleToSuppliersWhenCancelled() {
            Tender tender = published();

            tender.cancel("Priser lekket før fristen.", BUYER, LATER);

            assertThat(tender.isVisibleToSuppliers()).as("suppliers must learn that it was cancelled").isTrue();
        }

        @Test
        void cancellingNeedsAReason() {
            Tender tender = planned(MarketPhase.GENERIC_ENTRY);

            assertThat(refusal(() -> tender.cancel("", BUYER, CLOCK)))
                    .containsExactly(new Violation("cancellationReason", "validation.required"));
            assertThat(tender.getStatus()).isEqualTo(TenderStatus.DRAFT);
        }

        @Test
        void anActiveAgreementCannotBeCancelled() {
            Tender tender = published();
            tender.closeSubmission(at(tender.getTimeline().getSubmissionDeadline()));
            tender.markOpened(BUYER, CLOCK);
            tender.markEvaluated(BUYER, CLOCK);
            tender.markAwarded(BUYER, CLOCK);
            tender.startStandstill(BUYER, CLOCK);
            tender.activateAgreement(BUYER, CLOCK);

            assertThat(refusal(() -> tender.cancel("For sent", BUYER, CLOCK))).containsExactly(new Violation("status",
                    "tender.status.forbiddenMove", TenderStatus.AGREEMENT_ACTIVE, TenderStatus.CANCELLED));
        }
    }

    @Test
    void everyEditIsLogged() {
        Tender tender = publishable();
        tender.defineCriteria(criteria(55, 5, 30, 10), null, BUYER, CLOCK);
        tender.publish(BUYER, CLOCK, TenderFixtures.THRESHOLD);

        assertThat(tender.getLog()).extracting(TenderLogEntry::getAction).containsExactly("tender.log.planned",
                "tender.log.noticePrepared", "tender.log.lotAdded", "tender.log.rescheduled", "tender.log.criteriaDefined",
                "tender.log.statusChanged");
    }
}
