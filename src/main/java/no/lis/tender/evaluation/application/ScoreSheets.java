package no.lis.tender.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.evaluation.domain.ImpartialityDeclarationRepository;
import no.lis.tender.evaluation.domain.MemberScoreSheet;
import no.lis.tender.evaluation.domain.MemberScoreSheetRepository;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.util.Optional;

/**
 * A member's own sheets of scores, for {@link SaveScores} and {@link SubmitScores}: the tender is loaded
 * and her right to score it checked first. Joins the caller's transaction.
 */
@ApplicationScoped
@Transactional
public class ScoreSheets {

    private final MemberScoreSheetRepository sheets;
    private final ImpartialityDeclarationRepository declarations;
    private final TenderRepository tenders;

    @Inject
    public ScoreSheets(MemberScoreSheetRepository sheets, ImpartialityDeclarationRepository declarations,
                       TenderRepository tenders) {
        this.sheets = sheets;
        this.declarations = declarations;
        this.tenders = tenders;
    }

    /** For the CDI proxy. */
    protected ScoreSheets() {
        this(null, null, null);
    }

    /** Tender {@code tenderId}, which {@code member} may score (see {@link EvaluationAccess#requireMayScore}). */
    public Tender tenderToScore(Long tenderId, String member, boolean memberOfGroup) {
        Tender tender = EvaluationAccess.tender(tenders, tenderId);
        EvaluationAccess.requireMayScore(declarations, tender.getId(), member, memberOfGroup);
        return tender;
    }

    /** Her sheet of offer {@code offerId}, once she has saved any score of it. */
    public Optional<MemberScoreSheet> find(Tender tender, Long offerId, String member) {
        return sheets.find(tender.getId(), offerId, member);
    }

    /** A new, empty sheet of offer {@code offerId}, stored. */
    public MemberScoreSheet start(Tender tender, Long offerId, String member) {
        return sheets.save(MemberScoreSheet.start(tender, offerId, member));
    }
}
