package no.lis.tender.offers.web;

import no.lis.tender.offers.application.OpenedOffer;
import no.lis.tender.offers.domain.Espd;
import no.lis.tender.offers.domain.ExclusionGround;
import no.lis.tender.tendering.domain.QualificationKind;

import java.util.List;

/**
 * One opened offer's ESPD as the buyer's qualification table shows it: the supplier, every exclusion
 * ground with its answer and every statement against a requirement, each flagged where the buyer must
 * look (a "yes" to a ground, a requirement not met). {@code espdGiven} is false for an offer without
 * an ESPD (a tender without requirements) or one whose content was not opened intact.
 */
public record OfferQualification(String supplierName, boolean espdGiven, List<GroundLine> grounds,
                                 List<StatementLine> statements, int flags) {

    static OfferQualification of(OpenedOffer offer) {
        Espd espd = offer.content() == null ? null : offer.content().espd();
        if (espd == null) {
            return new OfferQualification(offer.receipt().supplierName(), false, List.of(), List.of(), 0);
        }
        List<GroundLine> grounds = espd.exclusionGrounds().stream()
                .map(a -> new GroundLine(a.ground(), a.applies(), a.explanation(), a.isYes())).toList();
        List<StatementLine> statements = espd.requirements().stream()
                .map(s -> new StatementLine(s.kind(), s.met(), s.text(), s.isNotMet())).toList();
        return new OfferQualification(offer.receipt().supplierName(), true, grounds, statements,
                espd.groundsAnsweredYes().size() + espd.requirementsNotMet().size());
    }

    /** The answer to one exclusion ground; {@code flagged} for a "yes". */
    public record GroundLine(ExclusionGround ground, Boolean applies, String explanation, boolean flagged) {
    }

    /** The statement against one requirement; {@code flagged} for "not met". */
    public record StatementLine(QualificationKind kind, Boolean met, String text, boolean flagged) {
    }
}
