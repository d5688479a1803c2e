package no.lis.tender.tendering.application;

import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.Lot;
import no.lis.tender.tendering.domain.MarketSplit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.CLOCK;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class SaveLotTest {

    private final Drafts drafts = new Drafts();
    private final SaveLot saveLot = new SaveLot(drafts.tenders, CLOCK);
    private final Long id = drafts.plan(3);

    private SaveLotCommand lot(Integer number, List<String> atcCodes, String unit, String basis, Integer days) {
        return new SaveLotCommand(id, 0L, number, "Adalimumab", "Revmatoid artritt", atcCodes,
                new BigDecimal("125000"), unit, basis, days, "HEALTH_REGIONS");
    }

    @Test
    void aNewLotGetsTheNextNumber() {
        int number = saveLot.save(lot(null, List.of("l04ab04"), "DDD", "PER_DDD", null), BUYER);

        assertThat(number).isEqualTo(1);
        Lot lot = drafts.tender(id).getLots().get(0);
        assertThat(lot.getSubstances()).extracting(Object::toString).containsExactly("L04AB04");
        assertThat(lot.getMarketSplit()).isEqualTo(MarketSplit.HEALTH_REGIONS);
    }

    @Test
    void anExistingLotIsChanged() {
        saveLot.save(lot(null, List.of("L04AB04"), "DDD", "PER_DDD", null), BUYER);

        saveLot.save(lot(1, List.of("L04AB04", "L04AB01"), "PACKS", "PER_TREATMENT_PERIOD", 365), BUYER);

        Lot lot = drafts.tender(id).getLots().get(0);
        assertThat(lot.getSubstances()).hasSize(2);
        assertThat(lot.getComparisonBasis()).isEqualTo(ComparisonBasis.PER_TREATMENT_PERIOD);
        assertThat(lot.getTreatmentPeriodDays()).isEqualTo(365);
    }

    @Test
    void brokenRulesNameTheFieldUnderTheLotsPath() {
        assertThat(refusal(() -> saveLot.save(lot(null, List.of("XYZ"), "LITRES", "PER_TREATMENT_PERIOD", null),
                BUYER))).containsExactlyInAnyOrder(
                new Violation("lots[0].substances", "atc.invalid"),
                new Violation("lots[0].volumeUnit", "tendering.choice.invalid", "LITRES"),
                new Violation("lots[0].treatmentPeriodDays", "tender.lot.treatmentPeriodDaysRequired"));
    }

    @Test
    void aLotEditedFromAnOldVersionIsRefusedAsAConcurrentChange() {
        assertThat(refusal(() -> saveLot.save(new SaveLotCommand(id, 7L, null, "Adalimumab", null,
                List.of("L04AB04"), BigDecimal.ONE, "DDD", "PER_DDD", null, "NONE"), BUYER)))
                .containsExactly(new Violation(null, "concurrent.modification", Thing.TENDER.named("2026-LIS-TNF-01")));
    }

    @Test
    void anUnknownTenderIsNotFound() {
        assertThat(refusal(() -> saveLot.save(new SaveLotCommand(99L, 0L, null, "Adalimumab", null,
                List.of("L04AB04"), BigDecimal.ONE, "DDD", "PER_DDD", null, "NONE"), BUYER)))
                .containsExactly(new Violation(null, "not.found", Thing.TENDER.named(99)));
    }
}
