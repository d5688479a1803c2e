package no.lis.tender.evaluation.application;

import no.lis.tender.tendering.domain.CriterionType;

import java.util.List;

/**
 * A member's scores of offer {@code offerId} as typed; {@code version} is that of her sheet as she
 * loaded it, null if she had none.
 */
public record SaveScoresCommand(Long tenderId, Long offerId, Long version, List<ScoreInput> scores) {

    public SaveScoresCommand {
        scores = List.copyOf(scores);
    }

    /** The score of one sub-criterion; {@code value} null when left empty. */
    public record ScoreInput(CriterionType type, String title, Integer value, String justification) {
    }
}
