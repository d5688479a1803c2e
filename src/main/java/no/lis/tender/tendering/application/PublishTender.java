package no.lis.tender.tendering.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.tendering.domain.EeaThreshold;
import no.lis.tender.tendering.domain.TenderPublished;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;

/**
 * A buyer publishes a draft tender; every reason it cannot be published is reported at once, among
 * them a broken time limit and a missing contract notice where the round is at or above the EEA threshold.
 */
@UseCase
public class PublishTender {

    private final TenderRepository tenders;
    private final Event<TenderPublished> published;
    private final EeaThreshold threshold;
    private final Clock clock;
    private final TimeLimitSettings settings;

    @Inject
    public PublishTender(TenderRepository tenders, Event<TenderPublished> published, EeaThreshold threshold,
                         Clock clock, TimeLimitSettings settings) {
        this.tenders = tenders;
        this.published = published;
        this.threshold = threshold;
        this.clock = clock;
        this.settings = settings;
    }

    /** For the CDI proxy. */
    protected PublishTender() {
        this(null, null, null, null, null);
    }

    /** Publishes, then announces {@link TenderPublished} in the same transaction (the tender documents are made then). */
    public void publish(PublishTenderCommand command, String actor) {
        TenderEdits.load(tenders, command.tenderId(), command.version()).publish(actor, clock, settings.limits(),
                threshold);
        published.fire(new TenderPublished(command.tenderId(), actor));
    }
}
