package no.lis.tender.offers.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * Saves the caller's draft offer on tender {@code tenderId}, creating the offer on the first save
 * ({@code version} null) or changing the one the caller loaded at {@code version}. Broken rules
 * name fields by position, e.g. {@code lots[0].unitPricePerPack} or
 * {@code lots[1].products[0].varenummer}.
 */
public record SaveOfferDraftCommand(Long tenderId, Long version, List<LotInput> lots) {

    /** The offer on lot {@code lotNumber}: price per pack in NOK excluding VAT. */
    public record LotInput(Integer lotNumber, List<ProductInput> products, BigDecimal unitPricePerPack,
                           List<AnswerInput> answers) {
    }

    /** A pack offered: a six-digit varenummer, from the catalogue or not, with its name and pack as written. */
    public record ProductInput(String varenummer, String productName, String packDescription) {
    }

    /**
     * The answer to a sub-criterion (by its title) of criterion {@code criterion}, a name of
     * {@link no.lis.tender.tendering.domain.CriterionType} (QUALITY, ENVIRONMENT, SUPPLY_SECURITY).
     * An answer with neither text nor documents is left out: the sub-criterion stays unanswered.
     */
    public record AnswerInput(String criterion, String subCriterion, String text, List<Long> attachmentDocumentIds) {
    }
}
