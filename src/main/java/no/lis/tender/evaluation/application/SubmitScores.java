package no.lis.tender.evaluation.application;

import no.lis.tender.shared.domain.Versions;
import jakarta.inject.Inject;
import no.lis.tender.evaluation.domain.ImpartialityDeclarationRepository;
import no.lis.tender.evaluation.domain.MemberScoreSheet;
import no.lis.tender.evaluation.domain.MemberScoreSheetRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;

/** A member submits her scores of one offer: they stand from then on, and she may see the others' scores. */
@UseCase
public class SubmitScores {

    private final MemberScoreSheetRepository sheets;
    private final ImpartialityDeclarationRepository declarations;
    private final TenderRepository tenders;
    private final Clock clock;

    @Inject
    public SubmitScores(MemberScoreSheetRepository sheets, ImpartialityDeclarationRepository declarations,
                        TenderRepository tenders, Clock clock) {
        this.sheets = sheets;
        this.declarations = declarations;
        this.tenders = tenders;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected SubmitScores() {
        this(null, null, null, null);
    }

    /** Refused before she has saved any scores of the offer ({@code evaluation.score.nothingSaved}) and while they are incomplete. */
    public MemberScoreSheet submit(SubmitScoresCommand command, String member, boolean memberOfGroup) {
        Tender tender = EvaluationAccess.tender(tenders, command.tenderId());
        EvaluationAccess.requireMayScore(declarations, tender.getId(), member, memberOfGroup);
        MemberScoreSheet sheet = sheets.find(tender.getId(), command.offerId(), member)
                .orElseThrow(() -> new DomainException(null, "evaluation.score.nothingSaved"));
        Versions.require(sheet.getVersion(), command.version());
        sheet.submit(tender, clock);
        return sheet;
    }
}
