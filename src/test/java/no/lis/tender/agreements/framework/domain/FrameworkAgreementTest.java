package no.lis.tender.agreements.framework.domain;

import no.lis.tender.agreements.award.domain.AwardDecision;
import no.lis.tender.agreements.award.domain.AwardFixtures;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static no.lis.tender.agreements.award.domain.AwardFixtures.AFTER_STANDSTILL;
import static no.lis.tender.agreements.award.domain.AwardFixtures.ALFA;
import static no.lis.tender.agreements.award.domain.AwardFixtures.BETA;
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

class FrameworkAgreementTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate END = LocalDate.of(2028, 8, 31);
    private static final Varenummer PEN = new Varenummer("123456");
    private static final Varenummer SYRINGE = new Varenummer("654321");
    /** 2 years + 1 + 1: each option decided half a year before the end it extends. */
    private static final List<AgreementOption> ONE_PLUS_ONE = List.of(
            AgreementOption.of(12, LocalDate.of(2028, 2, 29)), AgreementOption.of(12, LocalDate.of(2029, 2, 28)));

    private final AwardDecision decision = AwardFixtures.issued();

    private static FrameworkAgreementPrice price(Long supplier, Varenummer varenummer, String amount) {
        return new FrameworkAgreementPrice(supplier, varenummer, "Hyrimoz 40 mg penn", new BigDecimal(amount));
    }

    private FrameworkAgreement concluded(List<AgreementOption> options) {
        return FrameworkAgreement.conclude(decision, 1, "NO", List.of(price(ALFA, PEN, "2150.5")), START, END,
                options, BUYER, AFTER_STANDSTILL);
    }

    private static Clock on(int year, int month, int day) {
        return TenderFixtures.at(oslo(year, month, day, 12));
    }

    @Test
    void noAgreementIsConcludedDuringTheStandstill() {
        Clock lastDay = TenderFixtures.at(oslo(2026, 4, 13, 23));

        assertThat(refusal(() -> FrameworkAgreement.conclude(decision, 1, "NO", List.of(price(ALFA, PEN, "100")),
                START, END, List.of(), BUYER, lastDay)))
                .containsExactly(new Violation(null, "agreements.standstill.notEnded", LocalDate.of(2026, 4, 13)));
    }

    @Test
    void theAgreementIsWithTheAwardedSupplierAtTheAgreedPriceInNokWithTwoDecimals() {
        FrameworkAgreement agreement = concluded(ONE_PLUS_ONE);

        assertThat(agreement.getTenderId()).isEqualTo(1L);
        assertThat(agreement.getMarketName()).isEqualTo("Norge");
        assertThat(agreement.getLines()).singleElement().satisfies(line -> {
            assertThat(line.getSupplierRank()).isEqualTo(1);
            assertThat(line.getPack().getSupplierName()).isEqualTo("Alfa Pharma AS");
            assertThat(line.getPricePerPack()).isEqualTo(new BigDecimal("2150.50"));
        });
        assertThat(agreement.priceOf(PEN)).contains(new BigDecimal("2150.50"));
        assertThat(agreement.priceOf(SYRINGE)).isEmpty();
        assertThat(agreement.getEnd()).isEqualTo(END);
        assertThat(agreement.getOptions()).extracting(AgreementOption::getStatus)
                .containsOnly(AgreementOptionStatus.OPEN);
    }

    @Test
    void severalRankedSuppliersKeepTheirAwardRanksInTheAgreement() {
        Tender split = AwardFixtures.evaluatedSplitTender();
        AwardDecision ranked = AwardDecision.prepare(split, BUYER, LETTERS);
        for (String market : List.of("HSO", "HV", "HMN", "HN")) {
            ranked.award(split, 1, market, ranking(), SUPPLIER_OF_OFFER, List.of(GAMMA_OFFER));
        }
        ranked.award(split, 2, "NO", ranking(), SUPPLIER_OF_OFFER, List.of(GAMMA_OFFER, AwardFixtures.BETA_OFFER));
        ranked.issueLetters(split, List.of(), TEXT_RENDERER, BUYER, LETTERS);

        FrameworkAgreement agreement = FrameworkAgreement.conclude(ranked, 2, "NO",
                List.of(price(GAMMA, SYRINGE, "90"), price(BETA, PEN, "95")), START, END, List.of(), BUYER,
                AFTER_STANDSTILL);

        assertThat(agreement.getLines()).extracting(FrameworkAgreementLine::getSupplierRank,
                x -> x.getPack().getSupplierId()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, BETA), org.assertj.core.groups.Tuple.tuple(2, GAMMA));
    }

    @Test
    void onlyAwardedSuppliersWithAProductEachAndValidPricesMakeAnAgreement() {
        assertThat(refusal(() -> FrameworkAgreement.conclude(decision, 1, "NO",
                List.of(price(BETA, PEN, "100"), price(ALFA, PEN, "100.001"), price(ALFA, SYRINGE, "0")),
                START, END, List.of(), BUYER, AFTER_STANDSTILL))).containsExactly(
                new Violation("prices[0].supplierId", "agreements.agreement.supplierNotAwarded"),
                new Violation("prices[1].varenummer", "agreements.agreement.duplicateVarenummer", "123456"),
                new Violation("prices[1].pricePerPack", "agreements.price.tooManyDecimals", 2),
                new Violation("prices[2].pricePerPack", "agreements.price.notPositive"));
        assertThat(refusal(() -> FrameworkAgreement.conclude(decision, 1, "NO", List.of(), START, END, List.of(),
                BUYER, AFTER_STANDSTILL))).containsExactly(
                new Violation("prices", "agreements.agreement.productsRequired"),
                new Violation("prices", "agreements.agreement.supplierWithoutProduct", "Alfa Pharma AS"));
    }

    @Test
    void aMarketNotAwardedHasNoAgreement() {
        assertThat(refusal(() -> FrameworkAgreement.conclude(decision, 2, "NO", List.of(price(ALFA, PEN, "1")),
                START, END, List.of(), BUYER, AFTER_STANDSTILL)))
                .containsExactly(new Violation(null, "agreements.agreement.notAwarded", 2, "NO"));
    }

    @Test
    void theEndIsNotBeforeTheStart() {
        assertThat(refusal(() -> FrameworkAgreement.conclude(decision, 1, "NO", List.of(price(ALFA, PEN, "1")),
                START, START.minusDays(1), List.of(), BUYER, AFTER_STANDSTILL)))
                .containsExactly(new Violation("end", "agreements.agreement.endBeforeStart"));
    }

    @Test
    void eachOptionIsDecidedBeforeTheEndItExtendsAndAfterTheOptionBeforeIt() {
        List<AgreementOption> late = List.of(AgreementOption.of(12, LocalDate.of(2028, 9, 1)),
                AgreementOption.of(12, LocalDate.of(2029, 9, 1)));
        List<AgreementOption> reversed = List.of(AgreementOption.of(12, LocalDate.of(2028, 3, 1)),
                AgreementOption.of(0, LocalDate.of(2028, 2, 1)));

        assertThat(refusal(() -> concluded(late))).containsExactly(
                new Violation("options[0].decideBy", "agreements.option.decideByAfterEnd", LocalDate.of(2028, 8, 31)),
                new Violation("options[1].decideBy", "agreements.option.decideByAfterEnd", LocalDate.of(2029, 8, 31)));
        assertThat(refusal(() -> concluded(reversed))).containsExactly(
                new Violation("options[1].months", "agreements.option.monthsOutOfRange", AgreementOption.MAX_MONTHS),
                new Violation("options[1].decideBy", "agreements.option.decideByOutOfOrder"));
    }

    @Test
    void exercisingAnOptionExtendsTheEndByItsMonths() {
        FrameworkAgreement agreement = concluded(ONE_PLUS_ONE);

        agreement.exerciseOption(1, BUYER, on(2028, 1, 15));
        assertThat(agreement.getEnd()).isEqualTo(LocalDate.of(2029, 8, 31));
        agreement.exerciseOption(2, BUYER, on(2029, 2, 28));

        assertThat(agreement.getEnd()).isEqualTo(LocalDate.of(2030, 8, 31));
        assertThat(agreement.getAgreedEnd()).isEqualTo(END);
        assertThat(agreement.getOptions()).extracting(AgreementOption::getStatus)
                .containsExactly(AgreementOptionStatus.EXERCISED, AgreementOptionStatus.EXERCISED);
        assertThat(agreement.getOptions().get(0).getDecidedBy()).isEqualTo(BUYER);
        assertThat(agreement.nextOptionNumber()).isEmpty();
    }

    @Test
    void anExtensionEndsOnTheLastDayOfAMonthWhenThePeriodDid() {
        assertThat(AgreementOption.extend(LocalDate.of(2027, 2, 28), 12)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(AgreementOption.extend(LocalDate.of(2026, 4, 30), 1)).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(AgreementOption.extend(LocalDate.of(2026, 6, 15), 6)).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void optionsAreDecidedInOrder() {
        FrameworkAgreement agreement = concluded(ONE_PLUS_ONE);

        assertThat(refusal(() -> agreement.exerciseOption(2, BUYER, on(2028, 1, 15))))
                .containsExactly(new Violation(null, "agreements.option.outOfOrder", 2, 1));
        assertThat(refusal(() -> agreement.declineOption(2, BUYER, on(2028, 1, 15))))
                .containsExactly(new Violation(null, "agreements.option.outOfOrder", 2, 1));
        assertThat(agreement.getEnd()).isEqualTo(END);
    }

    @Test
    void decliningAnOptionEndsTheSeriesAndLeavesTheEnd() {
        FrameworkAgreement agreement = concluded(ONE_PLUS_ONE);
        assertThat(agreement.latestPossibleEnd()).isEqualTo(LocalDate.of(2030, 8, 31));

        agreement.declineOption(1, BUYER, on(2028, 1, 15));

        assertThat(agreement.getEnd()).isEqualTo(END);
        assertThat(agreement.latestPossibleEnd()).isEqualTo(END);
        assertThat(agreement.getOptions()).extracting(AgreementOption::getStatus)
                .containsExactly(AgreementOptionStatus.DECLINED, AgreementOptionStatus.LAPSED);
        assertThat(refusal(() -> agreement.exerciseOption(2, BUYER, on(2028, 1, 16))))
                .containsExactly(new Violation(null, "agreements.option.noneOpen"));
    }

    @Test
    void anOptionIsNotExercisedAfterItsDeadlineButMayBeDeclined() {
        FrameworkAgreement agreement = concluded(ONE_PLUS_ONE);

        assertThat(refusal(() -> agreement.exerciseOption(1, BUYER, on(2028, 3, 1))))
                .containsExactly(new Violation(null, "agreements.option.deadlinePassed", 1, LocalDate.of(2028, 2, 29)));
        agreement.exerciseOption(1, BUYER, on(2028, 2, 29));
        agreement.declineOption(2, BUYER, on(2029, 6, 1));

        assertThat(agreement.getEnd()).isEqualTo(LocalDate.of(2029, 8, 31));
    }

    @Test
    void theStatusFollowsTheDatesAndTheOptionsUsed() {
        FrameworkAgreement agreement = concluded(ONE_PLUS_ONE);

        assertThat(agreement.statusOn(START.minusDays(1))).isEqualTo(FrameworkAgreementStatus.UPCOMING);
        assertThat(agreement.statusOn(START)).isEqualTo(FrameworkAgreementStatus.ACTIVE);
        assertThat(agreement.statusOn(END)).isEqualTo(FrameworkAgreementStatus.ACTIVE);
        assertThat(agreement.status(on(2028, 9, 1))).isEqualTo(FrameworkAgreementStatus.EXPIRED);

        agreement.exerciseOption(1, BUYER, on(2028, 1, 15));

        assertThat(agreement.status(on(2028, 9, 1))).isEqualTo(FrameworkAgreementStatus.ACTIVE);
    }

    @Test
    void aTerminatedAgreementHasEndedAfterItsLastDayAndItsOptionsLapse() {
        FrameworkAgreement agreement = concluded(ONE_PLUS_ONE);
        LocalDate lastDay = LocalDate.of(2027, 6, 30);

        assertThat(refusal(() -> agreement.terminate(LocalDate.of(2029, 1, 1), " ", BUYER, on(2027, 6, 1))))
                .containsExactly(new Violation("lastDay", "agreements.agreement.terminationOutOfPeriod", LocalDate.of(2026, 9, 1),
                        LocalDate.of(2028, 8, 31)), new Violation("reason", "validation.required"));
        agreement.terminate(lastDay, "Leverandøren kan ikke levere.", BUYER, on(2027, 6, 1));

        assertThat(agreement.statusOn(lastDay)).isEqualTo(FrameworkAgreementStatus.ACTIVE);
        assertThat(agreement.statusOn(lastDay.plusDays(1))).isEqualTo(FrameworkAgreementStatus.ENDED);
        assertThat(agreement.getOptions()).extracting(AgreementOption::getStatus)
                .containsOnly(AgreementOptionStatus.LAPSED);
        assertThat(refusal(() -> agreement.exerciseOption(1, BUYER, on(2027, 6, 2))))
                .containsExactly(new Violation(null, "agreements.agreement.terminated", LocalDate.of(2027, 6, 30)));
    }

    @Test
    void optionsOfATwoPlusOnePlusOneAgreementAreProposedSixMonthsBeforeTheEndEachWouldExtend() {
        assertThat(AgreementOption.proposals(END, List.of(1, 1))).containsExactly(
                new AgreementOption.Proposal(12, LocalDate.of(2028, 2, 29)),
                new AgreementOption.Proposal(12, LocalDate.of(2029, 2, 28)));
    }

    @Test
    void withoutAPlannedEndTheOptionsAreProposedWithoutDecisionDates() {
        assertThat(AgreementOption.proposals(null, List.of(2))).containsExactly(new AgreementOption.Proposal(24, null));
    }
}
