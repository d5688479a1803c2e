package no.lis.tender.agreements.award.domain;

import no.lis.tender.evaluation.domain.EvaluationFixtures;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFixtures;
import no.lis.tender.tendering.domain.TenderStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static no.lis.tender.agreements.award.domain.AwardFixtures.AFTER_STANDSTILL;
import static no.lis.tender.agreements.award.domain.AwardFixtures.ALFA;
import static no.lis.tender.agreements.award.domain.AwardFixtures.ALFA_OFFER;
import static no.lis.tender.agreements.award.domain.AwardFixtures.BETA;
import static no.lis.tender.agreements.award.domain.AwardFixtures.BETA_OFFER;
import static no.lis.tender.agreements.award.domain.AwardFixtures.GAMMA;
import static no.lis.tender.agreements.award.domain.AwardFixtures.GAMMA_OFFER;
import static no.lis.tender.agreements.award.domain.AwardFixtures.LETTERS;
import static no.lis.tender.agreements.award.domain.AwardFixtures.SUPPLIER_OF_OFFER;
import static no.lis.tender.agreements.award.domain.AwardFixtures.TEXT_RENDERER;
import static no.lis.tender.agreements.award.domain.AwardFixtures.ranking;
import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.oslo;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class AwardDecisionTest {

    private static final Clock DURING_STANDSTILL = TenderFixtures.at(oslo(2026, 4, 8, 10));
    private static final String COMPLAINT = "Beta mener kvalitetspoengene til Alfa er for høye.";
    private static final LocalDate FILED = LocalDate.of(2026, 4, 7);
    private static final Long DELTA = 104L;

    private final Tender tender = AwardFixtures.evaluatedTender();

    @Test
    void onlyAnEvaluatedTenderIsAwarded() {
        Tender opened = EvaluationFixtures.openedTender();

        assertThat(refusal(() -> AwardDecision.prepare(opened, BUYER, LETTERS)))
                .containsExactly(new Violation(null, "agreements.award.notAwarding", TenderStatus.OPENED));
    }

    @Test
    void theStandstillIsTenDaysByDefaultAndMayBeLongerButNotShorter() {
        AwardDecision decision = AwardDecision.prepare(tender, BUYER, LETTERS);
        assertThat(decision.getStandstillDays()).isEqualTo(10);

        decision.setStandstillDays(15);

        assertThat(decision.getStandstillDays()).isEqualTo(15);
        assertThat(refusal(() -> decision.setStandstillDays(9))).containsExactly(new Violation("standstillDays",
                "agreements.standstill.daysOutOfRange", Standstill.MIN_DAYS, Standstill.MAX_DAYS));
        assertThat(refusal(() -> decision.setStandstillDays(61))).hasSize(1);
    }

    @Test
    void theWinnerIsAwardedAndTheOthersKeepTheirPlacesInTheRanking() {
        AwardDecision decision = AwardFixtures.awarded(tender, ALFA_OFFER);

        LotAward lot = decision.lotAward(1, "NO").orElseThrow();
        assertThat(lot.getWinner().getSupplierId()).isEqualTo(ALFA);
        assertThat(lot.getAwarded()).extracting(AwardResult::getSupplierId).containsExactly(ALFA);
        assertThat(lot.getResults()).extracting(AwardResult::getPlace, AwardResult::getSupplierId,
                AwardResult::getAwardRank).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, ALFA, 1),
                org.assertj.core.groups.Tuple.tuple(2, BETA, null),
                org.assertj.core.groups.Tuple.tuple(3, GAMMA, null));
        assertThat(lot.resultOf(BETA).orElseThrow().getByCriterion())
                .containsEntry(CriterionType.QUALITY, new BigDecimal("12.2500"));
    }

    @Test
    void oneWinnerOnlyUnlessTheTenderAllowsSeveralRankedSuppliers() {
        AwardDecision decision = AwardDecision.prepare(tender, BUYER, LETTERS);

        assertThat(refusal(() -> decision.award(tender, 1, "NO", ranking(), SUPPLIER_OF_OFFER,
                List.of(ALFA_OFFER, BETA_OFFER))))
                .containsExactly(new Violation("awarded", "agreements.award.severalNotAllowed"));
        assertThat(decision.getLotAwards()).isEmpty();
    }

    @Test
    void severalRankedSuppliersAreRankedInTheOrderOfTheEvaluation() {
        Tender split = AwardFixtures.evaluatedSplitTender();
        AwardDecision decision = AwardDecision.prepare(split, BUYER, LETTERS);

        LotAward lot = decision.award(split, 2, "NO", ranking(), SUPPLIER_OF_OFFER, List.of(GAMMA_OFFER, ALFA_OFFER));

        assertThat(lot.getAwarded()).extracting(AwardResult::getSupplierId, AwardResult::getAwardRank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ALFA, 1),
                        org.assertj.core.groups.Tuple.tuple(GAMMA, 2));
    }

    @Test
    void aLotSplitIntoRegionsMayGoToADifferentSupplierInEachRegion() {
        Tender split = AwardFixtures.evaluatedSplitTender();
        AwardDecision decision = AwardDecision.prepare(split, BUYER, LETTERS);

        decision.award(split, 1, "HV", ranking(), SUPPLIER_OF_OFFER, List.of(BETA_OFFER));
        decision.award(split, 1, "HSO", ranking(), SUPPLIER_OF_OFFER, List.of(ALFA_OFFER));

        assertThat(decision.lotAward(1, "HSO").orElseThrow().getWinner().getSupplierId()).isEqualTo(ALFA);
        assertThat(decision.lotAward(1, "HV").orElseThrow().getWinner().getSupplierId()).isEqualTo(BETA);
        assertThat(decision.getLotAwards()).extracting(LotAward::getMarketCode).as("in the lot's order of markets")
                .containsExactly("HSO", "HV");
        assertThat(decision.notYetAwarded(split)).containsExactly("1 HMN", "1 HN", "2 NO");
    }

    @Test
    void awardingAMarketAgainReplacesTheEarlierAward() {
        AwardDecision decision = AwardFixtures.awarded(tender, ALFA_OFFER);

        decision.award(tender, 1, "NO", ranking(), SUPPLIER_OF_OFFER, List.of(BETA_OFFER));

        assertThat(decision.getLotAwards()).hasSize(1);
        assertThat(decision.lotAward(1, "NO").orElseThrow().getWinner().getSupplierId()).isEqualTo(BETA);
    }

    @Test
    void anUnknownLotMarketOrOfferIsRefused() {
        AwardDecision decision = AwardDecision.prepare(tender, BUYER, LETTERS);

        assertThat(refusal(() -> decision.award(tender, 2, "NO", ranking(), SUPPLIER_OF_OFFER, List.of(ALFA_OFFER))))
                .containsExactly(new Violation("lotNumber", "agreements.award.lotNotFound", 2));
        assertThat(refusal(() -> decision.award(tender, 1, "HV", ranking(), SUPPLIER_OF_OFFER, List.of(ALFA_OFFER))))
                .containsExactly(new Violation("marketCode", "agreements.award.marketNotFound", "HV", 1));
        assertThat(refusal(() -> decision.award(tender, 1, "NO", ranking(), SUPPLIER_OF_OFFER, List.of(99L))))
                .containsExactly(new Violation("awarded", "agreements.award.notRanked", 99L));
        assertThat(refusal(() -> decision.award(tender, 1, "NO", ranking(), SUPPLIER_OF_OFFER, List.of())))
                .containsExactly(new Violation("awarded", "agreements.award.noneAwarded"));
    }

    @Test
    void lettersAreIssuedOnlyWhenEveryMarketOfEveryLotIsAwarded() {
        Tender split = AwardFixtures.evaluatedSplitTender();
        AwardDecision decision = AwardDecision.prepare(split, BUYER, LETTERS);
        decision.award(split, 1, "HSO", ranking(), SUPPLIER_OF_OFFER, List.of(ALFA_OFFER));

        assertThat(refusal(() -> decision.issueLetters(split, List.of(), TEXT_RENDERER, BUYER, LETTERS)))
                .containsExactly(new Violation(null, "agreements.award.incomplete", "1 HV, 1 HMN, 1 HN, 2 NO"));
        assertThat(decision.areLettersIssued()).isFalse();
    }

    @Test
    void everySupplierThatTookPartGetsOneLetterAndTheStandstillStarts() {
        Tender split = AwardFixtures.evaluatedSplitTender();
        AwardDecision decision = AwardDecision.prepare(split, BUYER, LETTERS);
        for (String market : List.of("HSO", "HV", "HMN", "HN")) {
            decision.award(split, 1, market, ranking(), SUPPLIER_OF_OFFER, List.of(market.equals("HV") ? BETA_OFFER
                    : ALFA_OFFER));
        }
        decision.award(split, 2, "NO", ranking(), SUPPLIER_OF_OFFER, List.of(ALFA_OFFER, BETA_OFFER));

        List<AwardLetter> letters = decision.issueLetters(split, List.of(), TEXT_RENDERER, BUYER, LETTERS);

        assertThat(letters).extracting(AwardLetter::getSupplierId).containsExactly(ALFA, BETA, GAMMA);
        assertThat(letters).extracting(AwardLetter::isAwarded).containsExactly(true, true, false);
        assertThat(letters).allSatisfy(letter -> assertThat(letter.getTenderId()).isEqualTo(2L));
        assertThat(decision.getStandstill().orElseThrow().announcedEnd()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(decision.getLettersIssuedBy()).isEqualTo(BUYER);
    }

    @Test
    void aRejectedBidderGetsALetterWithTheReasonAndWhoWasAwarded() {
        AwardDecision decision = AwardFixtures.awarded(tender, ALFA_OFFER);
        RejectedBidder delta = new RejectedBidder(DELTA, "Delta Pharma AS", "Mangler markedsføringstillatelse i Norge.");
        RejectedBidder betaAgain = new RejectedBidder(BETA, "Beta Biosimilars AB", "Ingen grunn: også rangert.");

        List<AwardLetter> letters = decision.issueLetters(tender, List.of(delta, betaAgain), TEXT_RENDERER, BUYER, LETTERS);

        assertThat(letters).as("one letter each; a ranked supplier gets its ranked letter only")
                .extracting(AwardLetter::getSupplierId).containsExactly(ALFA, BETA, GAMMA, DELTA);
        assertThat(letters.get(3).isAwarded()).isFalse();
        AwardLetterContent content = decision.letterContentFor(delta);
        assertThat(content.isRejection()).isTrue();
        assertThat(content.lots()).isEmpty();
        assertThat(content.rejection().reason()).isEqualTo("Mangler markedsføringstillatelse i Norge.");
        assertThat(content.rejection().markets()).singleElement().satisfies(market ->
                assertThat(market.awarded()).containsExactly("Alfa Pharma AS"));
        assertThat(content.standstillEnd()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(content.toString()).as("no ranked supplier's points").doesNotContain("84.25");
    }

    @Test
    void theAwardStandsOnceTheLettersAreIssued() {
        AwardDecision decision = AwardFixtures.issued();

        Violation issued = new Violation(null, "agreements.award.lettersIssued", Instant.parse("2026-04-02T12:00:00Z"));
        assertThat(refusal(() -> decision.award(tender, 1, "NO", ranking(), SUPPLIER_OF_OFFER, List.of(BETA_OFFER))))
                .containsExactly(issued);
        assertThat(refusal(() -> decision.setStandstillDays(20))).containsExactly(issued);
        assertThat(refusal(() -> decision.issueLetters(tender, List.of(), TEXT_RENDERER, BUYER, LETTERS)))
                .containsExactly(issued);
    }

    @Test
    void aLosersLetterHoldsItsOwnResultAndTheWinnersButNoOtherLosers() {
        AwardDecision decision = AwardFixtures.issued();

        AwardLetterContent beta = decision.letterContentFor(BETA);

        assertThat(beta.supplierName()).isEqualTo("Beta Biosimilars AB");
        assertThat(beta.awardedAny()).isFalse();
        assertThat(beta.issuedOn()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(beta.standstillEnd()).isEqualTo(LocalDate.of(2026, 4, 13));
        AwardLetterContent.LotResult lot = beta.lots().get(0);
        assertThat(lot.place()).isEqualTo(2);
        assertThat(lot.offersRanked()).isEqualTo(3);
        assertThat(lot.own().total()).isEqualByComparingTo("84.25");
        assertThat(lot.awarded()).extracting(AwardLetterContent.Awarded::supplierName).containsExactly("Alfa Pharma AS");
        assertThat(lot.awarded().get(0).points().byCriterion()).containsEntry(CriterionType.PRICE,
                new BigDecimal("70.0000"));
        assertThat(beta.toString()).doesNotContain("Gamma").doesNotContain("77.1");
    }

    @Test
    void aSupplierThatDidNotTakePartHasNoLetter() {
        AwardDecision decision = AwardFixtures.issued();

        assertThat(refusal(() -> decision.letterContentFor(999L)))
                .containsExactly(new Violation(null, "agreements.letter.notFound"));
    }

    @Test
    void aComplaintIsRecordedOnlyAfterTheLettersWithItsKindAndTheDayItWasFiled() {
        AwardDecision notIssued = AwardFixtures.awarded(tender, ALFA_OFFER);
        assertThat(refusal(() -> notIssued.recordComplaint(ComplaintKind.COMPLAINT, FILED, COMPLAINT, BUYER,
                DURING_STANDSTILL))).containsExactly(new Violation(null, "agreements.complaint.beforeLetters"));

        AwardDecision decision = AwardFixtures.issued();
        assertThat(refusal(() -> decision.recordComplaint(null, null, " ", BUYER, DURING_STANDSTILL)))
                .containsExactly(new Violation("kind", "validation.required"),
                        new Violation("filedOn", "validation.required"),
                        new Violation("description", "validation.required"));
        assertThat(refusal(() -> decision.recordComplaint(ComplaintKind.COMPLAINT, LocalDate.of(2026, 4, 1), COMPLAINT,
                BUYER, DURING_STANDSTILL)))
                .containsExactly(new Violation("filedOn", "agreements.complaint.filedBeforeLetters", LocalDate.of(2026, 4, 2)));
        assertThat(refusal(() -> decision.recordComplaint(ComplaintKind.COMPLAINT, LocalDate.of(2026, 4, 9), COMPLAINT,
                BUYER, DURING_STANDSTILL)))
                .containsExactly(new Violation("filedOn", "agreements.complaint.filedInFuture"));

        decision.recordComplaint(ComplaintKind.COMPLAINT, FILED, COMPLAINT, BUYER, DURING_STANDSTILL);
        decision.recordComplaint(ComplaintKind.COMPLAINT, LocalDate.of(2026, 4, 20), "Klage etter karensperioden.",
                BUYER, TenderFixtures.at(oslo(2026, 4, 20, 9)));

        assertThat(decision.getComplaints()).hasSize(2).first().satisfies(complaint -> {
            assertThat(complaint.getKind()).isEqualTo(ComplaintKind.COMPLAINT);
            assertThat(complaint.getFiledOn()).isEqualTo(FILED);
            assertThat(complaint.getDescription()).isEqualTo(COMPLAINT);
            assertThat(complaint.getRecorded().at()).isEqualTo(DURING_STANDSTILL.instant());
            assertThat(complaint.isResolved()).isFalse();
        });
    }

    @Test
    void anOrdinaryComplaintDoesNotBlockTheConclusion() {
        AwardDecision decision = AwardFixtures.issued();
        decision.recordComplaint(ComplaintKind.COMPLAINT, FILED, COMPLAINT, BUYER, DURING_STANDSTILL);

        assertThat(decision.mayConclude(AFTER_STANDSTILL)).isTrue();
    }

    @Test
    void aCourtPetitionWithinTheStandstillBlocksTheConclusionUntilTheCourtDecides() {
        AwardDecision decision = AwardFixtures.issued();
        decision.recordComplaint(ComplaintKind.COURT_PETITION, FILED, COMPLAINT, BUYER, DURING_STANDSTILL);

        assertThat(decision.mayConclude(AFTER_STANDSTILL)).isFalse();
        assertThat(refusal(() -> decision.requireStandstillEnded(AFTER_STANDSTILL)))
                .containsExactly(new Violation(null, "agreements.standstill.suspended"));

        decision.resolveComplaint(1, "Tingretten tok ikke begjæringen til følge.", BUYER,
                TenderFixtures.at(oslo(2026, 5, 4, 11)));

        assertThat(decision.getStandstill().orElseThrow().end()).contains(LocalDate.of(2026, 5, 4));
        assertThat(decision.mayConclude(TenderFixtures.at(oslo(2026, 5, 4, 23)))).isFalse();
        assertThat(decision.mayConclude(TenderFixtures.at(oslo(2026, 5, 5, 0)))).isTrue();
        assertThat(decision.getComplaints().get(0).getResolution()).isEqualTo("Tingretten tok ikke begjæringen til følge.");
    }

    @Test
    void aComplaintIsResolvedOnceAndOnlyIfItExists() {
        AwardDecision decision = AwardFixtures.issued();
        decision.recordComplaint(ComplaintKind.COMPLAINT, FILED, COMPLAINT, BUYER, DURING_STANDSTILL);
        Clock resolved = TenderFixtures.at(oslo(2026, 4, 9, 11));

        assertThat(refusal(() -> decision.resolveComplaint(2, "Trukket.", BUYER, resolved)))
                .containsExactly(new Violation(null, "agreements.complaint.notFound", 2));
        assertThat(refusal(() -> decision.resolveComplaint(1, "", BUYER, resolved)))
                .containsExactly(new Violation("resolution", "validation.required"));
        decision.resolveComplaint(1, "Trukket.", BUYER, resolved);
        assertThat(refusal(() -> decision.resolveComplaint(1, "Trukket igjen.", BUYER, resolved)))
                .containsExactly(new Violation(null, "agreements.complaint.alreadyResolved", 1,
                        Instant.parse("2026-04-09T09:00:00Z")));
    }

    @Test
    void thereIsNoStandstillToEndBeforeTheLetters() {
        AwardDecision decision = AwardFixtures.awarded(tender, ALFA_OFFER);

        assertThat(decision.getStandstill()).isEmpty();
        assertThat(decision.mayConclude(AFTER_STANDSTILL)).isFalse();
        assertThat(refusal(() -> decision.requireStandstillEnded(AFTER_STANDSTILL)))
                .containsExactly(new Violation(null, "agreements.standstill.notStarted"));
    }
}
