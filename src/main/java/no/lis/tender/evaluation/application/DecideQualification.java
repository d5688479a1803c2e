package no.lis.tender.evaluation.application;

import no.lis.tender.shared.domain.Versions;
import jakarta.inject.Inject;
import no.lis.tender.evaluation.domain.Qualification;
import no.lis.tender.evaluation.domain.QualificationRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;

/**
 * After the opening, the buyer checks an offer against the mandatory requirements and qualifies or
 * rejects it (with a written reason). She may decide anew while the tender is opened; the last
 * decision stands. That the offer belongs to the tender and that she is its buyer is resolved by
 * the caller (offers are another context).
 */
@UseCase
public class DecideQualification {

    private final QualificationRepository qualifications;
    private final TenderRepository tenders;
    private final Clock clock;

    @Inject
    public DecideQualification(QualificationRepository qualifications, TenderRepository tenders, Clock clock) {
        this.qualifications = qualifications;
        this.tenders = tenders;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected DecideQualification() {
        this(null, null, null);
    }

    /**
     * Records {@code buyer}'s decision. Refused for an unknown tender ({@code evaluation.tenderNotFound}),
     * a tender not opened ({@code evaluation.notInEvaluation}), a rejection without a reason and a
     * decision made on an outdated one ({@code concurrent.modification.generic}).
     */
    public Qualification decide(DecideQualificationCommand command, String buyer) {
        Tender tender = EvaluationAccess.tender(tenders, command.tenderId());
        Qualification qualification = qualifications.findByTenderAndOffer(tender.getId(), command.offerId())
                .orElse(null);
        if (qualification == null) {
            return qualifications.save(Qualification.decide(tender, command.offerId(), command.qualified(),
                    command.reason(), buyer, clock));
        }
        Versions.require(qualification.getVersion(), command.version());
        if (command.qualified()) {
            qualification.qualify(tender, buyer, clock);
        } else {
            qualification.reject(tender, command.reason(), buyer, clock);
        }
        return qualification;
    }
}
