package no.lis.tender.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.evaluation.domain.Qualification;
import no.lis.tender.evaluation.domain.QualificationRepository;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.util.List;

/** What the pages and the API read about the qualification of offers; changes nothing. */
@ApplicationScoped
@Transactional
public class QualificationQueries {

    private final QualificationRepository qualifications;
    private final TenderRepository tenders;

    @Inject
    public QualificationQueries(QualificationRepository qualifications, TenderRepository tenders) {
        this.qualifications = qualifications;
        this.tenders = tenders;
    }

    /** For the CDI proxy. */
    protected QualificationQueries() {
        this(null, null);
    }

    /**
     * The buyer's decisions on the tender's offers, rejected ones with their reasons, by offer; an
     * offer not yet checked has none. Unknown tender: {@code evaluation.tenderNotFound}.
     */
    public List<Qualification> decisions(Long tenderId) {
        Tender tender = EvaluationAccess.tender(tenders, tenderId);
        return qualifications.findByTender(tender.getId());
    }

    /** Whether the offer is left out of scoring: it was rejected. An offer not yet checked is not. */
    public boolean isExcluded(Long tenderId, Long offerId) {
        return qualifications.findByTenderAndOffer(tenderId, offerId)
                .map(Qualification::excludesFromScoring).orElse(false);
    }
}
