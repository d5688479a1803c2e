package no.lis.tender.offers.domain;

import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.tendering.domain.CriterionType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class OfferCapsTest {

    private static final List<OfferedProduct> PACK =
            List.of(new OfferedProduct(new Varenummer("183264"), "Hyrimoz", "2 penner"));

    private static CriterionAnswer answer(int i) {
        return new CriterionAnswer(CriterionType.QUALITY, "Underkriterium " + i, "Svar", List.of());
    }

    @Test
    void moreAnswersOnALotThanTheCapAreRefusedWithTheCap() {
        List<CriterionAnswer> answers = IntStream.rangeClosed(1, LotOffer.MAX_ANSWERS + 1)
                .mapToObj(OfferCapsTest::answer).toList();

        assertThat(refusal(() -> new LotOffer(1, PACK, new BigDecimal("100"), answers)))
                .extracting(v -> v.messageKey() + " " + v.arguments()[0]).containsExactly("offers.answers.tooMany 100");
    }

    @Test
    void aSubCriterionAnsweredTwiceIsFoundAmongTheMostAnswersALotMayHave() {
        List<CriterionAnswer> answers = new ArrayList<>(IntStream.rangeClosed(1, LotOffer.MAX_ANSWERS - 1)
                .mapToObj(OfferCapsTest::answer).toList());
        answers.add(answer(7));

        assertThat(refusal(() -> new LotOffer(1, PACK, new BigDecimal("100"), answers)))
                .extracting(v -> v.messageKey() + " " + v.arguments()[0])
                .containsExactly("offers.answer.twice Underkriterium 7");
    }

    @Test
    void moreLotsInAnOfferThanTheCapAreRefusedWithTheCap() {
        List<LotOffer> lots = IntStream.rangeClosed(1, OfferContent.MAX_LOTS + 1)
                .mapToObj(n -> new LotOffer(n, PACK, new BigDecimal("100"), List.of())).toList();

        assertThat(refusal(() -> OfferContent.of(lots)))
                .extracting(v -> v.field() + " " + v.messageKey()).containsExactly("lots offers.lots.tooMany");
    }
}
