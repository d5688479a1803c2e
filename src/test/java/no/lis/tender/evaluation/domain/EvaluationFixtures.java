package no.lis.tender.evaluation.domain;

import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.shared.Stored;
import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.LotSpecification;
import no.lis.tender.tendering.domain.MarketPhase;
import no.lis.tender.tendering.domain.MarketSplit;
import no.lis.tender.tendering.domain.Scale;
import no.lis.tender.tendering.domain.SubCriterion;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFixtures;
import no.lis.tender.tendering.domain.VolumeUnit;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** An opened tender (id 1, default phase-3 criteria, scales 0 to 10) and the members who score it. */
public final class EvaluationFixtures {

    public static final Clock AFTER_DEADLINE = TenderFixtures.at(TenderFixtures.oslo(2026, 3, 2, 9));
    public static final String MEMBER = "siri.member";
    public static final String OTHER_MEMBER = "per.member";
    public static final Long OFFER = 21L;

    private EvaluationFixtures() {
    }

    public static Tender openedTender() {
        Tender tender = Stored.withId(TenderFixtures.published(), 1L);
        tender.closeSubmission(AFTER_DEADLINE);
        tender.markOpened(TenderFixtures.BUYER, AFTER_DEADLINE);
        return tender;
    }

    /**
     * A draft tender (id 1, specialist group 3, a complete timeline) weighing {@code criteria}, with
     * {@code lots} numbered from 1; an environment weight under the main rule is justified.
     */
    public static Tender draftWith(List<AwardCriterion> criteria, LotSpecification... lots) {
        Tender tender = TenderFixtures.planned(MarketPhase.GENERIC_ENTRY);
        tender.defineCriteria(criteria, "Miljø er stilt som minstekrav.", TenderFixtures.BUYER, TenderFixtures.CLOCK);
        Arrays.stream(lots).forEach(lot -> tender.addLot(lot, TenderFixtures.BUYER, TenderFixtures.CLOCK));
        tender.reschedule(TenderFixtures.timeline(), TenderFixtures.BUYER, TenderFixtures.CLOCK);
        return Stored.withId(tender, 1L);
    }

    /** An adalimumab lot compared per DDD, one market, with {@code volume} a year in {@code unit}. */
    public static LotSpecification lot(String title, String volume, VolumeUnit unit) {
        return new LotSpecification(title, null, Set.of(new AtcCode("L04AB04")), new BigDecimal(volume), unit,
                ComparisonBasis.PER_DDD, null, MarketSplit.NONE.markets());
    }

    /** A criterion of {@code type} scored on sub-criteria titled {@code titles}, each on {@code scale}. */
    public static AwardCriterion scored(CriterionType type, int weight, Scale scale, String... titles) {
        return AwardCriterion.scored(type, weight, Arrays.stream(titles)
                .map(title -> new SubCriterion(title, null, scale, null)).toList());
    }

    /** The sub-criteria the group scores on {@code tender}. */
    public static List<SubCriterionRef> refs(Tender tender) {
        return List.copyOf(ScoredSubCriteria.of(tender).keySet());
    }

    /** {@code member}'s sheet of {@link #OFFER}, every sub-criterion scored {@code value}, submitted or not. */
    public static MemberScoreSheet scoredAll(Tender tender, String member, int value, boolean submit) {
        return scoredAll(tender, OFFER, member, value, submit);
    }

    /** {@code member}'s sheet of offer {@code offerId}, every sub-criterion scored {@code value}, submitted or not. */
    public static MemberScoreSheet scoredAll(Tender tender, Long offerId, String member, int value, boolean submit) {
        MemberScoreSheet sheet = MemberScoreSheet.start(tender, offerId, member);
        refs(tender).forEach(ref -> sheet.score(tender, ref, value, "Begrunnet."));
        if (submit) {
            sheet.submit(tender, AFTER_DEADLINE);
        }
        return sheet;
    }
}
