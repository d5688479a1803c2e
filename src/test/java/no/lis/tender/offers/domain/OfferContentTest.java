package no.lis.tender.offers.domain;

import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.LotSpecification;
import no.lis.tender.tendering.domain.MarketPhase;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static no.lis.tender.offers.domain.OfferFixtures.content;
import static no.lis.tender.offers.domain.OfferFixtures.lot;
import static no.lis.tender.offers.domain.OfferFixtures.tender;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class OfferContentTest {

    private static final String SALT = "00112233445566778899aabbccddeeff";

    private static OfferContent small(String price) {
        return new OfferContent(List.of(new LotOffer(2, List.of(new OfferedProduct(new Varenummer("654321"),
                "Amgevita «\"sprøyte\"»", "20 mg\n1 stk")), new BigDecimal(price), List.of(new CriterionAnswer(
                CriterionType.QUALITY, "Holdbarhet", null, List.of(7L, 3L))))), SALT);
    }

    @Test
    void theCanonicalFormSortsMembersByNameAndWritesThePriceWithTwoDecimals() {
        assertThat(small("1234.5").canonicalJson()).isEqualTo("{\"lots\":[{\"answers\":[{\"attachmentDocumentIds\":[7,3],"
                + "\"criterion\":\"QUALITY\",\"subCriterion\":\"Holdbarhet\",\"text\":null}],\"lotNumber\":2,"
                + "\"products\":[{\"packDescription\":\"20 mg\\n1 stk\",\"productName\":\"Amgevita «\\\"sprøyte\\\"»\","
                + "\"varenummer\":\"654321\"}],\"unitPricePerPack\":\"1234.50\"}],\"salt\":\"" + SALT + "\"}");
    }

    /** The canonical form above, hashed outside Java ({@code printf '%s' "$json" | sha256sum}). */
    @Test
    void theDigestIsTheSha256OfTheCanonicalFormInUtf8() {
        assertThat(small("1234.5").sha256()).isEqualTo("4f88b1c7730395cafb7d808e55f1d436819b95c4ee3467118a81e24f64fa58a7");
    }

    @Test
    void equalContentHasEqualDigests() {
        OfferContent content = content("1000.00");
        OfferContent same = new OfferContent(List.of(lot(1, "1000")), content.salt());

        assertThat(same).isEqualTo(content);
        assertThat(same.sha256()).isEqualTo(content.sha256());
    }

    @Test
    void aChangedPriceChangesTheDigest() {
        OfferContent content = content("1000.00");
        OfferContent cheaper = new OfferContent(List.of(lot(1, "999.99")), content.salt());

        assertThat(cheaper.sha256()).isNotEqualTo(content.sha256());
    }

    @Test
    void contentWrittenAgainGetsANewSaltSoTheDigestCannotBeMatchedByGuessingThePrice() {
        OfferContent content = content("1000.00");
        OfferContent rewritten = OfferContent.of(content.lots());

        assertThat(rewritten.salt()).isNotEqualTo(content.salt());
        assertThat(rewritten.sha256()).isNotEqualTo(content.sha256());
    }

    @Test
    void theCanonicalFormReadsBackToEqualContent() {
        OfferContent content = small("99.9");

        assertThat(OfferContent.fromCanonicalJson(content.canonicalJson())).isEqualTo(content);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-5", "12.345", "10000000000"})
    void aPriceMustBeMoreThanZeroInWholeOre(String price) {
        assertThat(refusal(() -> lot(1, price)))
                .containsExactly(new Violation("unitPricePerPack", "offers.price.invalid"));
    }

    @Test
    void aPriceWithTrailingZerosBeyondOreIsAccepted() {
        assertThat(lot(1, "12.3400").unitPricePerPack()).isEqualTo(new BigDecimal("12.34"));
    }

    @Test
    void aLotNeedsAProductAndAPrice() {
        assertThat(refusal(() -> new LotOffer(1, List.of(), null, List.of()))).containsExactly(
                new Violation("products", "offers.products.required"),
                new Violation("unitPricePerPack", "validation.required"));
    }

    @Test
    void aLotIsOfferedOnlyOnce() {
        assertThat(refusal(() -> OfferContent.of(List.of(lot(1, "10"), lot(2, "10"), lot(1, "9")))))
                .containsExactly(new Violation("lots[2].lotNumber", "offers.lot.twice", 1));
    }

    @Test
    void aSubCriterionIsAnsweredOnlyOnceInALot() {
        CriterionAnswer answer = lot(1, "10").answers().get(0);

        assertThat(refusal(() -> new LotOffer(1, lot(1, "10").products(), BigDecimal.TEN, List.of(answer, answer))))
                .containsExactly(new Violation("answers", "offers.answer.twice", answer.subCriterion()));
    }

    @Test
    void priceIsOfferedAsAPriceNotAnsweredAsACriterion() {
        assertThat(refusal(() -> new CriterionAnswer(CriterionType.PRICE, "Pris", "billig", List.of())))
                .containsExactly(new Violation("criterion", "offers.answer.criterionInvalid", CriterionType.PRICE));
    }

    @Test
    void anAnswerNeedsTextOrAttachments() {
        List<Long> noDocuments = Arrays.asList(null, null);

        assertThat(refusal(() -> new CriterionAnswer(CriterionType.QUALITY, "Holdbarhet", " ", noDocuments)))
                .containsExactly(new Violation("text", "offers.answer.empty"));
    }

    @Test
    void contentIsCheckedAgainstTheLotsAndSubCriteriaOfTheTender() {
        LotOffer unknownLot = lot(3, "10");
        LotOffer unknownAnswer = new LotOffer(1, unknownLot.products(), BigDecimal.TEN, List.of(
                new CriterionAnswer(CriterionType.QUALITY, "Farge på esken", "Blå", List.of())));

        assertThat(OfferContent.of(List.of(unknownAnswer, unknownLot)).violationsAgainst(tender())).containsExactly(
                new Violation("lots[0].answers", "offers.answer.unknownSubCriterion", "Farge på esken",
                        CriterionType.QUALITY),
                new Violation("lots[1].lotNumber", "offers.lot.unknown", 3));
    }

    @Test
    void aLotWithScenariosNeedsAPriceUnderEachInTheLotsOrderAndItsUnitPriceIsTheFirsts() {
        Tender tender = TenderFixtures.planned(MarketPhase.GENERIC_ENTRY);
        LotSpecification plain = TenderFixtures.adalimumab();
        tender.addLot(new LotSpecification(plain.title(), null, plain.substances(), plain.estimatedAnnualVolume(),
                plain.volumeUnit(), plain.comparisonBasis(), null, plain.markets(),
                List.of("Kun subgruppe", "Alle pasienter")), TenderFixtures.BUYER, TenderFixtures.CLOCK);
        tender.addLot(TenderFixtures.adalimumab(), TenderFixtures.BUYER, TenderFixtures.CLOCK);
        LotOffer priced = scenarioLot(1, new ScenarioPrice("Kun subgruppe", new BigDecimal("9800")),
                new ScenarioPrice("Alle pasienter", new BigDecimal("7400.5")));
        LotOffer reversed = scenarioLot(1, new ScenarioPrice("Alle pasienter", new BigDecimal("7400")),
                new ScenarioPrice("Kun subgruppe", new BigDecimal("9800")));
        LotOffer onOnePriceLot = scenarioLot(2, new ScenarioPrice("Alle pasienter", new BigDecimal("7400")));

        assertThat(priced.unitPricePerPack()).isEqualByComparingTo("9800.00");
        assertThat(priced.priceUnder("Alle pasienter")).isEqualByComparingTo("7400.50");
        assertThat(OfferContent.of(List.of(priced)).violationsAgainst(tender)).isEmpty();
        assertThat(OfferContent.of(List.of(reversed, onOnePriceLot)).violationsAgainst(tender)).containsExactly(
                new Violation("lots[0].scenarioPrices", "offers.scenario.mismatch", 1, "Kun subgruppe, Alle pasienter"),
                new Violation("lots[1].scenarioPrices", "offers.scenario.none", 2));
        OfferContent content = OfferContent.of(List.of(priced));
        assertThat(OfferContent.fromCanonicalJson(content.canonicalJson())).isEqualTo(content);
        assertThat(content.canonicalJson()).contains("\"scenarioPrices\":[{\"scenario\":\"Kun subgruppe\","
                + "\"unitPricePerPack\":\"9800.00\"}");
    }

    private static LotOffer scenarioLot(int number, ScenarioPrice... prices) {
        return new LotOffer(number, lot(number, "1").products(), null, List.of(), List.of(prices));
    }

    @Test
    void contentOnTheTendersLotsAndSubCriteriaFits() {
        assertThat(OfferContent.of(List.of(lot(1, "10"), lot(2, "12"))).violationsAgainst(tender())).isEmpty();
    }
}
