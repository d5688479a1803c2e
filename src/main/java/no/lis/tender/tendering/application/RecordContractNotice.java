package no.lis.tender.tendering.application;

import jakarta.inject.Inject;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;
import java.time.LocalDate;

/**
 * A buyer records that the contract notice of a draft was published in Doffin: its publication id
 * there and the day. Until then a round at or above the EEA threshold cannot be published.
 */
@UseCase
public class RecordContractNotice {

    private final TenderRepository tenders;
    private final Clock clock;

    @Inject
    public RecordContractNotice(TenderRepository tenders, Clock clock) {
        this.tenders = tenders;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected RecordContractNotice() {
        this(null, null);
    }

    public void record(Long tenderId, Long version, String publicationId, LocalDate publishedOn, String actor) {
        TenderEdits.load(tenders, tenderId, version).recordContractNotice(publicationId, publishedOn, actor, clock);
    }
}
