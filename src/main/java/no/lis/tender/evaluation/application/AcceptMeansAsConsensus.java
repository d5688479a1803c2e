package no.lis.tender.evaluation.application;

import jakarta.inject.Inject;
import no.lis.tender.evaluation.domain.Consensus;
import no.lis.tender.evaluation.domain.ConsensusScore;
import no.lis.tender.evaluation.domain.ConsensusScoreRepository;
import no.lis.tender.evaluation.domain.MemberScoreSheet;
import no.lis.tender.evaluation.domain.MemberScoreSheetRepository;
import no.lis.tender.evaluation.domain.Qualification;
import no.lis.tender.evaluation.domain.QualificationRepository;
import no.lis.tender.evaluation.domain.ScoredSubCriteria;
import no.lis.tender.evaluation.domain.SubCriterionRef;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.tendering.domain.SubCriterion;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The buyer accepts the members' mean as the consensus of every line not yet agreed, in one step: each
 * sub-criterion of each offer still scored (not rejected) that has submitted scores and no consensus.
 * A consensus already set is left as it is; a line without submitted scores waits. Refused when no
 * line is left to accept ({@code evaluation.consensus.noneToAccept}).
 */
@UseCase
public class AcceptMeansAsConsensus {

    private final TenderRepository tenders;
    private final QualificationRepository qualifications;
    private final MemberScoreSheetRepository sheets;
    private final ConsensusScoreRepository consensus;
    private final Clock clock;

    @Inject
    public AcceptMeansAsConsensus(TenderRepository tenders, QualificationRepository qualifications,
                                  MemberScoreSheetRepository sheets, ConsensusScoreRepository consensus, Clock clock) {
        this.tenders = tenders;
        this.qualifications = qualifications;
        this.sheets = sheets;
        this.consensus = consensus;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected AcceptMeansAsConsensus() {
        this(null, null, null, null, null);
    }

    /** Returns how many lines it agreed. */
    public int acceptAll(Long tenderId, String buyer) {
        Tender tender = EvaluationAccess.tenderInEvaluation(tenders, tenderId);
        Set<Long> rejected = qualifications.findByTender(tender.getId()).stream()
                .filter(Qualification::excludesFromScoring).map(Qualification::getOfferId).collect(Collectors.toSet());
        Set<Map.Entry<Long, SubCriterionRef>> agreed = consensus.findByTender(tender.getId()).stream()
                .map(score -> Map.entry(score.getOfferId(), score.ref())).collect(Collectors.toSet());
        Map<Long, List<MemberScoreSheet>> byOffer = sheets.findByTender(tender.getId()).stream()
                .filter(sheet -> !rejected.contains(sheet.getOfferId()))
                .collect(Collectors.groupingBy(MemberScoreSheet::getOfferId, TreeMap::new, Collectors.toList()));
        Map<SubCriterionRef, SubCriterion> subCriteria = ScoredSubCriteria.of(tender);
        int accepted = 0;
        for (Map.Entry<Long, List<MemberScoreSheet>> offer : byOffer.entrySet()) {
            for (Map.Entry<SubCriterionRef, SubCriterion> sub : subCriteria.entrySet()) {
                SubCriterionRef ref = sub.getKey();
                boolean scored = offer.getValue().stream()
                        .anyMatch(sheet -> sheet.isSubmitted() && sheet.scoreOf(ref).isPresent());
                if (scored && !agreed.contains(Map.entry(offer.getKey(), ref))) {
                    consensus.save(ConsensusScore.of(tender.getId(), Consensus.set(offer.getKey(), ref,
                            sub.getValue().getScale(), offer.getValue(), null, null, buyer, clock)));
                    accepted++;
                }
            }
        }
        if (accepted == 0) {
            throw new DomainException(null, "evaluation.consensus.noneToAccept");
        }
        return accepted;
    }
}
