package no.lis.tender.evaluation.application;

import no.lis.tender.shared.domain.Versions;
import jakarta.inject.Inject;
import no.lis.tender.evaluation.domain.Consensus;
import no.lis.tender.evaluation.domain.ConsensusScore;
import no.lis.tender.evaluation.domain.ConsensusScoreRepository;
import no.lis.tender.evaluation.domain.MemberScoreSheet;
import no.lis.tender.evaluation.domain.MemberScoreSheetRepository;
import no.lis.tender.evaluation.domain.ScoredSubCriteria;
import no.lis.tender.evaluation.domain.SubCriterionRef;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;
import java.util.List;

/**
 * The buyer sets the consensus score of one sub-criterion of one offer from the members' submitted
 * scores: the mean by default ({@code command.value()} null), or another value with a note.
 * Setting it anew on an outdated page is refused as changed by someone else.
 */
@UseCase
public class SetConsensus {

    private final TenderRepository tenders;
    private final MemberScoreSheetRepository sheets;
    private final ConsensusScoreRepository consensus;
    private final Clock clock;

    @Inject
    public SetConsensus(TenderRepository tenders, MemberScoreSheetRepository sheets, ConsensusScoreRepository consensus,
                        Clock clock) {
        this.tenders = tenders;
        this.sheets = sheets;
        this.consensus = consensus;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected SetConsensus() {
        this(null, null, null, null);
    }

    public ConsensusScore set(SetConsensusCommand command, String buyer) {
        Tender tender = EvaluationAccess.tenderInEvaluation(tenders, command.tenderId());
        SubCriterionRef ref = new SubCriterionRef(command.type(), command.title());
        List<MemberScoreSheet> ofOffer = sheets.findByTender(tender.getId()).stream()
                .filter(sheet -> sheet.getOfferId().equals(command.offerId())).toList();
        Consensus set = Consensus.set(command.offerId(), ref, ScoredSubCriteria.require(tender, ref).getScale(), ofOffer,
                command.value(), command.note(), buyer, clock);
        ConsensusScore stored = consensus.findByTender(tender.getId()).stream()
                .filter(score -> score.getOfferId().equals(command.offerId()) && score.ref().equals(ref))
                .findFirst().orElse(null);
        if (stored == null) {
            return consensus.save(ConsensusScore.of(tender.getId(), set));
        }
        Versions.require(stored.getVersion(), command.version());
        stored.revise(set);
        return stored;
    }
}
