package no.lis.tender.agreements.award.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.lis.tender.agreements.award.domain.AwardDecision;
import no.lis.tender.agreements.award.domain.AwardDecisionRepository;
import no.lis.tender.agreements.award.domain.AwardLetter;
import no.lis.tender.agreements.award.domain.AwardLetterRenderer;
import no.lis.tender.agreements.award.domain.AwardLetterRepository;
import no.lis.tender.agreements.award.domain.AwardLettersIssued;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;
import java.util.List;

/**
 * The buyer issues the award letters: one PDF to each supplier that took part, and one to each
 * supplier whose offer was rejected at qualification, with the reason; stored. The tender is awarded
 * and its standstill starts today. {@link AwardLettersIssued} tells of the letters ready.
 */
@UseCase
public class IssueAwardLetters {

    private final TenderRepository tenders;
    private final AwardDecisionRepository decisions;
    private final AwardLetterRepository letters;
    private final AwardLetterRenderer renderer;
    private final RejectedBidders rejected;
    private final Event<AwardLettersIssued> lettersIssued;
    private final Clock clock;

    @Inject
    public IssueAwardLetters(TenderRepository tenders, AwardDecisionRepository decisions, AwardLetterRepository letters,
                             AwardLetterRenderer renderer, RejectedBidders rejected,
                             Event<AwardLettersIssued> lettersIssued, Clock clock) {
        this.tenders = tenders;
        this.decisions = decisions;
        this.letters = letters;
        this.renderer = renderer;
        this.rejected = rejected;
        this.lettersIssued = lettersIssued;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected IssueAwardLetters() {
        this(null, null, null, null, null, null, null);
    }

    /** See {@link AwardDecision#issueLetters}; returns the letters stored. */
    public List<AwardLetter> issue(Long tenderId, String buyer) {
        Tender tender = AwardAccess.tender(tenders, tenderId);
        AwardDecision decision = AwardAccess.decision(decisions, tender.getId());
        List<AwardLetter> issued = decision.issueLetters(tender, rejected.of(tender.getId()), renderer, buyer,
                clock);
        issued.forEach(letters::save);
        tender.markAwarded(buyer, clock);
        tender.startStandstill(buyer, clock);
        lettersIssued.fire(new AwardLettersIssued(tender.getId(), issued.stream().map(AwardLetter::getSupplierId).toList()));
        return issued;
    }
}
