package no.lis.tender.evaluation.domain;

import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFixtures;

import java.lang.reflect.Field;
import java.time.Clock;
import java.util.List;

/** An opened tender (id 1, default phase-3 criteria, scales 0 to 10) and the members who score it. */
public final class EvaluationFixtures {

    public static final Clock AFTER_DEADLINE = TenderFixtures.at(TenderFixtures.oslo(2026, 3, 2, 9));
    public static final String MEMBER = "siri.member";
    public static final String OTHER_MEMBER = "per.member";
    public static final Long OFFER = 21L;

    private EvaluationFixtures() {
    }

    public static Tender openedTender() {
        Tender tender = withId(TenderFixtures.published(), 1L);
        tender.closeSubmission(AFTER_DEADLINE);
        tender.markOpened(TenderFixtures.BUYER, AFTER_DEADLINE);
        return tender;
    }

    /** The sub-criteria the group scores on {@code tender}. */
    public static List<SubCriterionRef> refs(Tender tender) {
        return List.copyOf(ScoredSubCriteria.of(tender).keySet());
    }

    /** {@code member}'s sheet of {@link #OFFER}, every sub-criterion scored {@code value}, submitted or not. */
    public static MemberScoreSheet scoredAll(Tender tender, String member, int value, boolean submit) {
        MemberScoreSheet sheet = MemberScoreSheet.start(tender, OFFER, member);
        refs(tender).forEach(ref -> sheet.score(tender, ref, value, "Begrunnet."));
        if (submit) {
            sheet.submit(tender, AFTER_DEADLINE);
        }
        return sheet;
    }

    /** Gives an entity its id as the database would on insert. */
    public static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
