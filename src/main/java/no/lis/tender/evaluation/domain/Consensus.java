package no.lis.tender.evaluation.domain;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.tendering.domain.Scale;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The score of one sub-criterion of one offer that the buyer sets after the members have scored.
 * By default it is {@code proposedMean}: the mean of the members' submitted scores, rounded half up
 * to a whole number (a mean on the scale rounds to a point on it). The buyer may set another value
 * on the scale, and must then say why in a note.
 */
public record Consensus(Long offerId, SubCriterionRef ref, int proposedMean, int value, String note, String setBy,
                        Instant setAt) {

    public static final int NOTE_LENGTH = 1000;

    public Consensus {
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(setBy, "setBy");
        Objects.requireNonNull(setAt, "setAt");
    }

    /**
     * The consensus {@code buyer} sets for sub-criterion {@code ref} (on {@code scale}) of offer
     * {@code offerId} from the members' {@code sheets} of that offer; drafts do not count.
     * {@code chosen} null takes the mean. Refused without any submitted score of it
     * ({@code evaluation.consensus.noScores}), for a value off the scale
     * ({@code evaluation.score.outOfScale} under {@code value}) and for a value other than the mean
     * without a note ({@code evaluation.consensus.noteRequired} under {@code note}).
     */
    public static Consensus set(Long offerId, SubCriterionRef ref, Scale scale, Collection<MemberScoreSheet> sheets,
                                Integer chosen, String note, String buyer, Clock clock) {
        sheets.stream().filter(sheet -> !sheet.getOfferId().equals(offerId)).findFirst().ifPresent(sheet -> {
            throw new IllegalArgumentException(sheet + " is not a sheet of offer " + offerId);
        });
        List<Integer> submitted = sheets.stream().filter(MemberScoreSheet::isSubmitted)
                .flatMap(sheet -> sheet.scoreOf(ref).stream()).map(SubCriterionScore::getValue).toList();
        if (submitted.isEmpty()) {
            throw new DomainException(null, "evaluation.consensus.noScores", ref.title());
        }
        int mean = mean(submitted);
        int value = chosen == null ? mean : chosen;
        Validation validation = new Validation();
        MemberScoreSheet.checkWithin(validation, scale, value);
        String noted = validation.optionalText("note", note, NOTE_LENGTH);
        validation.check(value == mean || noted != null, "note", "evaluation.consensus.noteRequired");
        validation.throwIfInvalid();
        return new Consensus(offerId, ref, mean, value, noted, buyer, clock.instant());
    }

    /** The mean of {@code values}, rounded half up to a whole number. */
    public static int mean(Collection<Integer> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the mean of no values");
        }
        long sum = values.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(values.size()), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }

    /** Whether the buyer set another value than the mean. */
    public boolean differsFromMean() {
        return value != proposedMean;
    }
}
