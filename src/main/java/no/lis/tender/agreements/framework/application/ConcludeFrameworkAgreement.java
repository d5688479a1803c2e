package no.lis.tender.agreements.framework.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.award.application.AwardAccess;
import no.lis.tender.agreements.award.domain.AwardDecision;
import no.lis.tender.agreements.award.domain.AwardDecisionRepository;
import no.lis.tender.agreements.framework.domain.AgreementOption;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementPrice;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementRepository;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;
import no.lis.tender.tendering.domain.TenderStatus;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The buyer concludes the framework agreement of one market of one lot once the standstill has
 * ended. The tender's agreement becomes active with the first market concluded: from then on
 * hospitals buy on it, while the buyer concludes the other markets one by one.
 */
@UseCase
public class ConcludeFrameworkAgreement {

    private final TenderRepository tenders;
    private final AwardDecisionRepository decisions;
    private final FrameworkAgreementRepository agreements;
    private final Clock clock;

    @Inject
    public ConcludeFrameworkAgreement(TenderRepository tenders,
                                      AwardDecisionRepository decisions, FrameworkAgreementRepository agreements,
                                      Clock clock) {
        this.tenders = tenders;
        this.decisions = decisions;
        this.agreements = agreements;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected ConcludeFrameworkAgreement() {
        this(null, null, null, null);
    }

    /**
     * See {@link FrameworkAgreement#conclude}; a varenummer that does not read as one is refused
     * under {@code prices[i].varenummer}, a market already under agreement with
     * {@code agreements.agreement.alreadyConcluded} (with when). Returns the stored agreement.
     */
    public FrameworkAgreement conclude(ConcludeAgreementCommand command, String buyer) {
        Tender tender = AwardAccess.tender(tenders, command.tenderId());
        AwardDecision decision = AwardAccess.decision(decisions, tender.getId());
        agreements.findByTenderLotAndMarket(tender.getId(), command.lotNumber(), command.marketCode())
                .ifPresent(existing -> {
                    throw new DomainException(null, "agreements.agreement.alreadyConcluded", command.lotNumber(),
                            command.marketCode(), existing.getConcluded().at());
                });
        FrameworkAgreement agreement = agreements.save(FrameworkAgreement.conclude(decision, command.lotNumber(),
                command.marketCode(), prices(command.prices()), command.start(), command.end(),
                command.options().stream().map(o -> AgreementOption.of(o.months(), o.decideBy())).toList(), buyer,
                clock));
        if (tender.getStatus() == TenderStatus.STANDSTILL) {
            tender.activateAgreement(buyer, clock);
        }
        return agreement;
    }

    private static List<FrameworkAgreementPrice> prices(List<ConcludeAgreementCommand.Price> typed) {
        Validation validation = new Validation();
        List<FrameworkAgreementPrice> prices = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            ConcludeAgreementCommand.Price price = typed.get(i);
            Varenummer varenummer = price.varenummer() == null ? null
                    : validation.field("prices[" + i + "].varenummer", () -> new Varenummer(price.varenummer()));
            prices.add(new FrameworkAgreementPrice(price.supplierId(), varenummer, price.productName(),
                    price.pricePerPack()));
        }
        validation.throwIfInvalid();
        return prices;
    }
}
