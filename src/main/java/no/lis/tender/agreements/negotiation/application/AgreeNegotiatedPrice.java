package no.lis.tender.agreements.negotiation.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.framework.application.ConcludeDirectAgreement;
import no.lis.tender.agreements.framework.application.DirectAgreementCommand;
import no.lis.tender.agreements.framework.domain.DirectAgreement;
import no.lis.tender.agreements.negotiation.domain.NegotiationCase;
import no.lis.tender.agreements.negotiation.domain.NegotiationCaseRepository;
import no.lis.tender.agreements.negotiation.domain.PriceOffer;
import no.lis.tender.shared.application.UseCase;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The price of the last offer is agreed: the case closes and its direct agreement is concluded
 * through {@link ConcludeDirectAgreement}, as the direct-agreement form does, at the offered rebate
 * or net price, in force from {@code validFrom}. Both or neither.
 */
@UseCase
public class AgreeNegotiatedPrice {

    private final NegotiationCaseRepository negotiations;
    private final ConcludeDirectAgreement concludeDirect;
    private final Clock clock;

    @Inject
    public AgreeNegotiatedPrice(NegotiationCaseRepository negotiations, ConcludeDirectAgreement concludeDirect,
                                Clock clock) {
        this.negotiations = negotiations;
        this.concludeDirect = concludeDirect;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected AgreeNegotiatedPrice() {
        this(null, null, null);
    }

    /**
     * Refused as {@link NegotiationCase#agree} says (the last offer must meet the willingness to pay),
     * then as {@link ConcludeDirectAgreement#conclude} says (validity, legal ground and its reason).
     */
    public DirectAgreement agree(Long id, Long seenVersion, LocalDate decidedOn, LocalDate validFrom,
                                 LocalDate validTo, String legalGround, String groundReason, String buyer) {
        NegotiationCase negotiation = ProgressNegotiation.seen(negotiations, id, seenVersion);
        negotiation.agree(decidedOn, validFrom, clock);
        PriceOffer offer = negotiation.latestOffer();
        DirectAgreement agreement = concludeDirect.conclude(new DirectAgreementCommand(
                negotiation.getCaseId().value(), negotiation.getVarenummer().value(),
                offer.isRebate() ? null : offer.getNetPrice(), offer.getRebatePercent(), validFrom, validTo,
                legalGround, groundReason), buyer);
        negotiation.linkAgreement(agreement.getId());
        return agreement;
    }
}
