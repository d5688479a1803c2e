package no.lis.tender.agreements.negotiation.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.negotiation.domain.NegotiationCase;
import no.lis.tender.agreements.negotiation.domain.NegotiationCaseRepository;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Versions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The buyer moves a negotiation along its timeline: the supplier's offers, the waits for the
 * supplier, the price note sent, the decision forum, or the end without agreement. Each step is made
 * on the version of the case the buyer saw ({@code concurrent.modification.generic} otherwise) and
 * as {@link NegotiationCase} says.
 */
@UseCase
public class ProgressNegotiation {

    private final NegotiationCaseRepository negotiations;
    private final Clock clock;

    @Inject
    public ProgressNegotiation(NegotiationCaseRepository negotiations, Clock clock) {
        this.negotiations = negotiations;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected ProgressNegotiation() {
        this(null, null);
    }

    /** The supplier's next offer: a rebate in percent off the maximum price or a net price per pack. */
    public void recordOffer(Long id, Long seenVersion, BigDecimal rebatePercent, BigDecimal netPrice,
                            LocalDate receivedOn) {
        seen(id, seenVersion).recordOffer(rebatePercent, netPrice, receivedOn, clock);
    }

    /** The buyer asked the supplier on {@code since}; the clock stands still until the next offer. */
    public void waitForSupplier(Long id, Long seenVersion, LocalDate since) {
        seen(id, seenVersion).waitForSupplier(since, clock);
    }

    /** The price note at the last offer was sent on {@code sentOn}. */
    public void sendPriceNote(Long id, Long seenVersion, LocalDate sentOn) {
        seen(id, seenVersion).sendPriceNote(sentOn, clock);
    }

    /** The decision forum meets on {@code meetsOn}. */
    public void scheduleDecisionForum(Long id, Long seenVersion, LocalDate meetsOn) {
        seen(id, seenVersion).scheduleDecisionForum(meetsOn);
    }

    /** The negotiation ends without agreement on {@code decidedOn}, for {@code reason}. */
    public void refuse(Long id, Long seenVersion, String reason, LocalDate decidedOn) {
        seen(id, seenVersion).refuse(reason, decidedOn, clock);
    }

    /** The case ({@code negotiation.notFound}) at the version the buyer saw. */
    static NegotiationCase seen(NegotiationCaseRepository negotiations, Long id, Long seenVersion) {
        NegotiationCase negotiation = Existing.require(id, negotiations::findById, "negotiation.notFound");
        Versions.require(negotiation.getVersion(), seenVersion);
        return negotiation;
    }

    private NegotiationCase seen(Long id, Long seenVersion) {
        return seen(negotiations, id, seenVersion);
    }
}
