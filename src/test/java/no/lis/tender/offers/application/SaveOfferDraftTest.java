package no.lis.tender.offers.application;

import no.lis.tender.offers.application.SaveOfferDraftCommand.AnswerInput;
import no.lis.tender.offers.application.SaveOfferDraftCommand.LotInput;
import no.lis.tender.offers.application.SaveOfferDraftCommand.ProductInput;
import no.lis.tender.offers.domain.OfferFixtures;
import no.lis.tender.offers.domain.OfferStatus;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.CriterionType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static no.lis.tender.offers.domain.OfferFixtures.BUYER;
import static no.lis.tender.offers.domain.OfferFixtures.SUPPLIER_A;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SaveOfferDraftTest {

    private final OffersWorld world = new OffersWorld();

    private SaveOfferDraftCommand command(Long version, LotInput... lots) {
        return new SaveOfferDraftCommand(world.tender.getId(), version, List.of(lots));
    }

    @Test
    void theFirstSaveCreatesTheCallersOwnOfferWithItsDraft() {
        Long id = world.saveDraft.save(command(null, world.lot(1, "1234.5"), world.lot(2, "99")), SUPPLIER_A);

        OwnOffer offer = world.queries.ownOfferById(id, SUPPLIER_A);
        assertThat(offer.tenderId()).isEqualTo(world.tender.getId());
        assertThat(offer.status()).isEqualTo(OfferStatus.DRAFT);
        assertThat(offer.draftSavedAt()).isEqualTo(OfferFixtures.EARLY.instant());
        assertThat(offer.draft().lots()).extracting(lot -> lot.lotNumber(), lot -> lot.unitPricePerPack())
                .containsExactly(tuple(1, new BigDecimal("1234.50")), tuple(2, new BigDecimal("99.00")));
        assertThat(offer.submitted()).isNull();
        assertThat(offer.receipts()).isEmpty();
    }

    @Test
    void savingAgainChangesTheSameOffer() {
        Long id = world.draft(SUPPLIER_A, "1000");

        Long again = world.saveDraft.save(command(0L, world.lot(1, "900")), SUPPLIER_A);

        assertThat(again).isEqualTo(id);
        assertThat(world.queries.ownOfferById(id, SUPPLIER_A).draft().lots().get(0).unitPricePerPack())
                .isEqualByComparingTo("900");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceUnderItsPlaceInTheForm() {
        LotInput wrong = new LotInput(1, List.of(new ProductInput("12345x", " ", "1 stk"),
                new ProductInput(null, "Amgevita", "2 stk")), new BigDecimal("0.001"),
                List.of(new AnswerInput("price", "Pris", "lav", List.of())), null);
        LotInput unnumbered = new LotInput(null, List.of(), null, List.of(), null);

        assertThat(refusal(() -> world.saveDraft.save(command(null, wrong, unnumbered), SUPPLIER_A)))
                .containsExactlyInAnyOrder(
                        new Violation("lots[0].products[0].varenummer", "varenummer.invalid"),
                        new Violation("lots[0].products[0].productName", "validation.required"),
                        new Violation("lots[0].products[1].varenummer", "validation.required"),
                        new Violation("lots[0].answers[0].criterion", "offers.answer.criterionInvalid",
                                CriterionType.PRICE),
                        new Violation("lots[0].unitPricePerPack", "offers.price.invalid"),
                        new Violation("lots[1].lotNumber", "validation.required"));
        assertThat(world.offers.findByTender(world.tender.getId())).isEmpty();
    }

    @Test
    void aLotTheTenderDoesNotHaveIsNamedByItsPlace() {
        assertThat(refusal(() -> world.saveDraft.save(command(null, world.lot(1, "10"), world.lot(9, "10")),
                SUPPLIER_A))).containsExactly(new Violation("lots[1].lotNumber", "offers.lot.unknown", 9));
    }

    @Test
    void anAnswerLeftEmptyLeavesItsSubCriterionUnanswered() {
        LotInput lot = new LotInput(1, world.lot(1, "10").products(), BigDecimal.TEN,
                List.of(new AnswerInput("QUALITY", "Holdbarhet", "  ", List.of())), null);

        Long id = world.saveDraft.save(command(null, lot), SUPPLIER_A);

        assertThat(world.queries.ownOfferById(id, SUPPLIER_A).draft().lots().get(0).answers()).isEmpty();
    }

    @Test
    void aDraftChangedByAColleagueMeanwhileIsNotOverwritten() {
        world.draft(SUPPLIER_A, "1000");

        assertThat(refusal(() -> world.saveDraft.save(command(null, world.lot(1, "900")), SUPPLIER_A)))
                .containsExactly(new Violation(null, "concurrent.modification.generic"));
        assertThat(refusal(() -> world.saveDraft.save(command(3L, world.lot(1, "900")), SUPPLIER_A)))
                .containsExactly(new Violation(null, "concurrent.modification.generic"));
    }

    @Test
    void aBuyerCannotMakeAnOffer() {
        assertThat(refusal(() -> world.saveDraft.save(command(null, world.lot(1, "10")), BUYER)))
                .containsExactly(new Violation(null, "offers.suppliersOnly"));
    }

    @Test
    void aDraftSavedAtTheDeadlineIsRefusedAndNothingIsStored() {
        world.clock.set(OfferFixtures.DEADLINE);

        assertThat(refusal(() -> world.draft(SUPPLIER_A, "1000")))
                .extracting(Violation::messageKey).containsExactly("offers.deadlinePassed");
        assertThat(world.offers.findByTender(world.tender.getId())).isEmpty();
    }

    @Test
    void anUnknownTenderIsNotFound() {
        assertThat(refusal(() -> world.saveDraft.save(new SaveOfferDraftCommand(99L, null, List.of()), SUPPLIER_A)))
                .containsExactly(new Violation(null, "offers.tenderNotFound", 99L));
    }
}
