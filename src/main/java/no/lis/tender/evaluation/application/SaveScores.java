package no.lis.tender.evaluation.application;

import no.lis.tender.shared.domain.Versions;
import jakarta.inject.Inject;
import no.lis.tender.evaluation.application.SaveScoresCommand.ScoreInput;
import no.lis.tender.evaluation.domain.MemberScoreSheet;
import no.lis.tender.evaluation.domain.SubCriterionRef;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.Tender;

import java.util.List;

/**
 * A member saves her draft scores of one offer opened on the tender; an offer of another tender, or
 * one never opened, is refused under {@code offerId}. Every broken rule is reported at once under
 * {@code scores[i].value} or {@code scores[i].justification}; a sheet changed since she loaded it
 * is refused as {@code concurrent.modification.generic}, so that the page keeps what she typed.
 */
@UseCase
public class SaveScores {

    private final ScoreSheets sheets;
    private final OpenedOfferReader offers;

    @Inject
    public SaveScores(ScoreSheets sheets, OpenedOfferReader offers) {
        this.sheets = sheets;
        this.offers = offers;
    }

    /** For the CDI proxy. */
    protected SaveScores() {
        this(null, null);
    }

    public MemberScoreSheet save(SaveScoresCommand command, String member, boolean memberOfGroup) {
        Tender tender = sheets.tenderToScore(command.tenderId(), member, memberOfGroup);
        if (!offers.isOpenedOn(tender.getId(), command.offerId())) {
            // the id as text: an id is not a number to group by thousands
            throw new DomainException("offerId", "evaluation.score.notAnOfferOfTender",
                    String.valueOf(command.offerId()), tender.getReference().value());
        }
        MemberScoreSheet sheet = sheets.find(tender, command.offerId(), member).orElse(null);
        if (sheet == null) {
            sheet = sheets.start(tender, command.offerId(), member);
        } else {
            Versions.require(sheet.getVersion(), command.version());
        }
        Validation validation = new Validation();
        List<ScoreInput> scores = command.scores();
        for (int i = 0; i < scores.size(); i++) {
            String field = "scores[" + i + "]";
            ScoreInput input = scores.get(i);
            if (validation.required(input.value(), field + ".value")) {
                score(validation, field, sheet, tender, input);
            }
        }
        validation.throwIfInvalid();
        return sheet;
    }

    private static void score(Validation validation, String field, MemberScoreSheet sheet, Tender tender,
                              ScoreInput input) {
        try {
            sheet.score(tender, new SubCriterionRef(input.type(), input.title()), input.value(),
                    input.justification());
        } catch (DomainException e) {
            e.violations().forEach(v -> validation.add(new Violation(
                    v.field() == null ? field : field + "." + v.field(), v.messageKey(), v.arguments())));
        }
    }
}
