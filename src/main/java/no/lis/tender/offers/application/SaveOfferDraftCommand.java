package no.lis.tender.offers.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * Saves the caller's draft offer on tender {@code tenderId}, creating the offer on the first save
 * ({@code version} null) or changing the one the caller loaded at {@code version}. Broken rules
 * name fields by position, e.g. {@code lots[0].unitPricePerPack} or
 * {@code lots[1].products[0].varenummer}. {@code espd} is the supplier's self-declaration, null if
 * none is given.
 */
public record SaveOfferDraftCommand(Long tenderId, Long version, List<LotInput> lots, EspdInput espd) {

    /** Lots without an ESPD. */
    public SaveOfferDraftCommand(Long tenderId, Long version, List<LotInput> lots) {
        this(tenderId, version, lots, null);
    }

    /**
     * The offer on lot {@code lotNumber}: price per pack in NOK excluding VAT; on a lot with price scenarios a
     * price per scenario, in the lot's order (the unit price may then be left out: it is the first scenario's).
     */
    public record LotInput(Integer lotNumber, List<ProductInput> products, BigDecimal unitPricePerPack,
                           List<AnswerInput> answers, List<ScenarioPriceInput> scenarioPrices) {
        // one constructor only: JSON-B binds the API's body to it, and refuses a record with several
    }

    /** The price per pack under the lot's scenario named {@code scenario}. */
    public record ScenarioPriceInput(String scenario, BigDecimal unitPricePerPack) {
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

    /**
     * The ESPD: an answer per exclusion ground and a statement per qualification requirement of the
     * tender; either may be incomplete in a draft.
     */
    public record EspdInput(List<GroundInput> exclusionGrounds, List<StatementInput> requirements) {
    }

    /**
     * The answer to exclusion ground {@code ground}, a name of
     * {@link no.lis.tender.offers.domain.ExclusionGround}: {@code applies} true for "yes", with the
     * {@code explanation} (self-cleaning measures) a "yes" needs.
     */
    public record GroundInput(String ground, Boolean applies, String explanation) {
    }

    /**
     * The statement against the requirement of kind {@code kind}, a name of
     * {@link no.lis.tender.tendering.domain.QualificationKind}: {@code met}, and a text ("not met" needs one).
     */
    public record StatementInput(String kind, Boolean met, String text) {
    }
}
