package no.lis.tender.evaluation.application;

import no.lis.tender.shared.domain.Versions;
import jakarta.inject.Inject;
import no.lis.tender.evaluation.domain.MemberScoreSheet;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.tendering.domain.Tender;

import java.time.Clock;

/** A member submits her scores of one offer: they stand from then on, and she may see the others' scores. */
@UseCase
public class SubmitScores {

    private final ScoreSheets sheets;
    private final Clock clock;

    @Inject
    public SubmitScores(ScoreSheets sheets, Clock clock) {
        this.sheets = sheets;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected SubmitScores() {
        this(null, null);
    }

    /** Refused before she has saved any scores of the offer ({@code evaluation.score.nothingSaved}) and while they are incomplete. */
    public MemberScoreSheet submit(SubmitScoresCommand command, String member, boolean memberOfGroup) {
        Tender tender = sheets.tenderToScore(command.tenderId(), member, memberOfGroup);
        MemberScoreSheet sheet = sheets.find(tender, command.offerId(), member)
                .orElseThrow(() -> new DomainException(null, "evaluation.score.nothingSaved"));
        Versions.require(sheet.getVersion(), command.version());
        sheet.submit(tender, clock);
        return sheet;
    }
}
