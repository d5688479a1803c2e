package no.lis.tender.publication.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.agreements.award.domain.AwardDecision;
import no.lis.tender.agreements.award.domain.AwardDecisionRepository;
import no.lis.tender.agreements.award.domain.AwardResult;
import no.lis.tender.agreements.framework.domain.DirectAgreementRepository;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.SupplierRepository;
import no.lis.tender.publication.domain.ContractingAuthority;
import no.lis.tender.publication.domain.EformsNotices;
import no.lis.tender.publication.domain.Notice;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.tendering.domain.EeaThreshold;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The eForms notices as the buyer downloads them, built anew from the tender, its award or the
 * direct agreement as they stand; and what the tender page shows about them. Empty where the tender
 * or agreement does not exist; a notice that cannot be made yet is refused with the reason.
 */
@ApplicationScoped
@Transactional
public class NoticeQueries {

    private final TenderRepository tenders;
    private final AwardDecisionRepository awards;
    private final DirectAgreementRepository directAgreements;
    private final SupplierRepository suppliers;
    private final ContractingAuthority authority;
    private final EeaThreshold threshold;
    private final Clock clock;

    @Inject
    public NoticeQueries(TenderRepository tenders, AwardDecisionRepository awards,
                         DirectAgreementRepository directAgreements, SupplierRepository suppliers,
                         ContractingAuthority authority, EeaThreshold threshold, Clock clock) {
        this.tenders = tenders;
        this.awards = awards;
        this.directAgreements = directAgreements;
        this.suppliers = suppliers;
        this.authority = authority;
        this.threshold = threshold;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected NoticeQueries() {
        this(null, null, null, null, null, null, null);
    }

    /** The contract notice of tender {@code tenderId}. */
    public Optional<Notice> contractNotice(Long tenderId) {
        return tenders.findReadOnly(tenderId).map(tender -> notices().contractNotice(tender));
    }

    /** The contract award notice of tender {@code tenderId}; refused until its award letters are issued. */
    public Optional<Notice> awardNotice(Long tenderId) {
        return tenders.findReadOnly(tenderId).map(tender -> {
            AwardDecision decision = awards.findByTender(tenderId).orElseThrow(() ->
                    new DomainException(null, "publication.awardNotice.notDecided", tender.getReference().value()));
            Map<Long, Supplier> awarded = new HashMap<>();
            decision.getLotAwards().forEach(award -> award.getAwarded().stream().map(AwardResult::getSupplierId)
                    .forEach(id -> awarded.computeIfAbsent(id, this::supplier)));
            return notices().awardNotice(tender, decision, awarded);
        });
    }

    /** The voluntary ex-ante transparency notice of direct agreement {@code agreementId}. */
    public Optional<Notice> transparencyNotice(Long agreementId) {
        return Optional.ofNullable(agreementId).flatMap(directAgreements::findById)
                .map(agreement -> notices().transparencyNotice(agreement, supplier(agreement.getPack().getSupplierId())));
    }

    /** What the tender page shows about the notices of tender {@code tenderId}. */
    public Optional<NoticeStatus> status(Long tenderId) {
        return tenders.findReadOnly(tenderId).map(tender -> NoticeStatus.of(tender, threshold,
                awards.findByTender(tenderId).map(AwardDecision::areLettersIssued).orElse(false)));
    }

    /** The EEA threshold in force. */
    public EeaThreshold threshold() {
        return threshold;
    }

    private EformsNotices notices() {
        return new EformsNotices(authority, clock);
    }

    private Supplier supplier(Long id) {
        return suppliers.findById(id).orElseThrow(() -> new IllegalStateException("supplier " + id
                + " of an award or agreement is not in the catalogue"));
    }
}
