package no.lis.tender.agreements.award.application;

import no.lis.tender.agreements.AgreementsWorld;
import no.lis.tender.agreements.award.domain.ComplaintKind;
import no.lis.tender.agreements.award.domain.RejectedBidder;
import no.lis.tender.agreements.award.domain.AwardLetter;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.TenderStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static no.lis.tender.agreements.award.domain.AwardFixtures.ALFA;
import static no.lis.tender.agreements.award.domain.AwardFixtures.ALFA_OFFER;
import static no.lis.tender.agreements.award.domain.AwardFixtures.BETA;
import static no.lis.tender.agreements.award.domain.AwardFixtures.BETA_OFFER;
import static no.lis.tender.agreements.award.domain.AwardFixtures.GAMMA;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class AwardUseCasesTest {

    private final AgreementsWorld world = new AgreementsWorld();
    private final Long tenderId = world.tender.getId();

    private static List<String> keys(List<Violation> violations) {
        return violations.stream().map(Violation::messageKey).toList();
    }

    @Test
    void theFirstAwardStartsTheDecisionFromTheStoredRankingWithTheOffersSuppliers() {
        world.awardLot.award(tenderId, 1, "NO", List.of(ALFA_OFFER), "kari");

        AwardOverview overview = world.awardQueries.award(tenderId);
        assertThat(overview.decisionId()).isNotNull();
        AwardOverview.MarketAward market = overview.markets().get(0);
        assertThat(market.candidates()).extracting(AwardOverview.Candidate::supplierId).containsExactly(ALFA, BETA, GAMMA);
        assertThat(market.getAwarded()).extracting(AwardOverview.Candidate::supplierName).containsExactly("Alfa Pharma AS");
        assertThat(overview.isComplete()).isTrue();
        assertThat(overview.standstillDays()).isEqualTo(10);
    }

    @Test
    void severalWinnersAreRefusedWhereTheTenderAllowsOneAndALotWithoutRankingIsRefused() {
        assertThat(keys(refusal(() -> world.awardLot.award(tenderId, 1, "NO", List.of(ALFA_OFFER, BETA_OFFER), "kari"))))
                .containsExactly("agreements.award.severalNotAllowed");
        world.rankings.replace(tenderId, List.of());
        assertThat(keys(refusal(() -> world.awardLot.award(tenderId, 1, "NO", List.of(ALFA_OFFER), "kari"))))
                .containsExactly("agreements.award.lotNotRanked");
    }

    @Test
    void issuingTheLettersStoresOnePerSupplierThatTookPartAndStartsTheStandstill() {
        world.setStandstillDays.set(tenderId, 14, "kari");
        world.awardedToAlfaWithLettersIssued();

        assertThat(world.letters.stored).extracting(AwardLetter::getSupplierId).containsExactlyInAnyOrder(ALFA, BETA, GAMMA);
        assertThat(world.letters.stored).filteredOn(AwardLetter::isAwarded).extracting(AwardLetter::getSupplierId)
                .containsExactly(ALFA);
        assertThat(world.tender.getStatus()).isEqualTo(TenderStatus.STANDSTILL);
        AwardOverview overview = world.awardQueries.award(tenderId);
        assertThat(overview.standstillAnnouncedEnd()).isEqualTo(LocalDate.of(2026, 4, 16));
        assertThat(overview.mayConclude()).isFalse();
        assertThat(overview.letters()).hasSize(3);
        assertThat(keys(refusal(() -> world.awardLot.award(tenderId, 1, "NO", List.of(BETA_OFFER), "kari"))))
                .as("the award stands once the letters are out").containsExactly("agreements.award.notAwarding");
    }

    @Test
    void aRejectedBidderReadsItsOwnLetterWithTheReasonAndNoOther() {
        world.rejectedBidders.put(tenderId, List.of(new RejectedBidder(104L, "Delta Pharma AS",
                "Mangler markedsføringstillatelse i Norge.")));
        world.awardedToAlfaWithLettersIssued();

        assertThat(world.awardQueries.award(tenderId).letters()).extracting(AwardOverview.LetterRow::supplierName)
                .contains("Delta Pharma AS");
        LetterFile own = world.awardQueries.letter(tenderId, null, AgreementsWorld.supplier(104L));
        assertThat(new String(own.pdf())).contains("Delta Pharma AS", "Mangler markedsføringstillatelse i Norge.");
        assertThat(keys(refusal(() -> world.awardQueries.letter(tenderId, ALFA, AgreementsWorld.supplier(104L)))))
                .containsExactly("agreements.letter.notFound");
        assertThat(world.awardQueries.lettersOf(AgreementsWorld.supplier(104L))).singleElement()
                .satisfies(letter -> assertThat(letter.awarded()).isFalse());
    }

    @Test
    void lettersCannotBeIssuedBeforeAnyAward() {
        assertThat(keys(refusal(() -> world.issueLetters.issue(tenderId, "kari"))))
                .containsExactly("agreements.award.notFound");
    }

    @Test
    void aSupplierReadsItsOwnLetterOnlyAndABuyerReadsEveryLetterByNamingTheSupplier() {
        world.awardedToAlfaWithLettersIssued();

        LetterFile own = world.awardQueries.letter(tenderId, null, AgreementsWorld.supplier(BETA));
        assertThat(new String(own.pdf())).contains("Beta Biosimilars AB");
        assertThat(own.fileName()).isEqualTo("tildelingsbrev-2026-LIS-TNF-01.pdf");
        assertThat(keys(refusal(() -> world.awardQueries.letter(tenderId, ALFA, AgreementsWorld.supplier(BETA)))))
                .containsExactly("agreements.letter.notFound");
        assertThat(keys(refusal(() -> world.awardQueries.letter(tenderId, null, AgreementsWorld.supplier(999L)))))
                .as("a supplier that did not take part").containsExactly("agreements.letter.notFound");
        assertThat(keys(refusal(() -> world.awardQueries.letter(tenderId, null, AgreementsWorld.buyer()))))
                .containsExactly("agreements.letter.supplierRequired");
        assertThat(new String(world.awardQueries.letter(tenderId, GAMMA, AgreementsWorld.buyer()).pdf()))
                .contains("Gamma Generics Oy");
        assertThat(world.awardQueries.lettersOf(AgreementsWorld.supplier(ALFA))).singleElement()
                .satisfies(letter -> assertThat(letter.awarded()).isTrue());
        assertThat(world.awardQueries.lettersOf(AgreementsWorld.buyer())).isEmpty();
    }

    /** The award to Alfa with its letters issued, after the buyer recorded {@code kind}, lodged on {@code lodged}, on 8 April 2026 at 10. */
    private AwardOverview awardWithAComplaintRecordedOnEighthApril(ComplaintKind kind, LocalDate lodged, String text) {
        world.awardedToAlfaWithLettersIssued();
        world.at(LocalDate.of(2026, 4, 8), 10);
        world.recordComplaint.record(tenderId, kind, lodged, text, "kari");
        return world.awardQueries.award(tenderId);
    }

    @Test
    void aCourtPetitionSuspendsTheStandstillUntilTheCourtDecidesAndThenItEndsNoEarlierThanTheDecision() {
        AwardOverview suspended = awardWithAComplaintRecordedOnEighthApril(ComplaintKind.COURT_PETITION,
                LocalDate.of(2026, 4, 8), "Beta har begjært midlertidig forføyning.");
        assertThat(suspended.standstillSuspended()).isTrue();
        assertThat(suspended.complaints()).singleElement().satisfies(c -> assertThat(c.suspends()).isTrue());

        world.at(LocalDate.of(2026, 4, 20), 10);
        assertThat(world.awardQueries.award(tenderId).mayConclude()).isFalse();
        world.resolveComplaint.resolve(tenderId, 1, "Tingretten tok ikke begjæringen til følge.", "kari");
        AwardOverview decided = world.awardQueries.award(tenderId);
        assertThat(decided.standstillEnd()).isEqualTo(LocalDate.of(2026, 4, 20));
        assertThat(decided.complaints()).singleElement().satisfies(c -> {
            assertThat(c.isResolved()).isTrue();
            assertThat(c.suspends()).isFalse();
        });
        world.at(LocalDate.of(2026, 4, 21), 0);
        assertThat(world.awardQueries.award(tenderId).mayConclude()).isTrue();
    }

    @Test
    void anOrdinaryComplaintIsShownButDoesNotSuspend() {
        AwardOverview award = awardWithAComplaintRecordedOnEighthApril(ComplaintKind.COMPLAINT,
                LocalDate.of(2026, 4, 7), "Beta klager på kvalitetsvurderingen.");

        assertThat(award.standstillSuspended()).isFalse();
        assertThat(award.complaints()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ComplaintKind.COMPLAINT);
            assertThat(c.suspends()).isFalse();
        });
        world.at(LocalDate.of(2026, 4, 14), 0);
        assertThat(world.awardQueries.award(tenderId).mayConclude()).isTrue();
    }
}
