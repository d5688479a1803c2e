package no.lis.tender.agreements.negotiation.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.framework.domain.NyeMetoderId;
import no.lis.tender.agreements.negotiation.domain.CaseOpening;
import no.lis.tender.agreements.negotiation.domain.HealthEconomics;
import no.lis.tender.agreements.negotiation.domain.NegotiationCase;
import no.lis.tender.agreements.negotiation.domain.NegotiationCaseRepository;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Validation;

import java.time.Clock;

/** The buyer opens the negotiation workspace of a Nye metoder case in phase 1. */
@UseCase
public class OpenNegotiation {

    private final ProductRepository products;
    private final NegotiationCaseRepository negotiations;
    private final Clock clock;

    @Inject
    public OpenNegotiation(ProductRepository products, NegotiationCaseRepository negotiations, Clock clock) {
        this.products = products;
        this.negotiations = negotiations;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected OpenNegotiation() {
        this(null, null, null);
    }

    /**
     * Refused, every rule at once, for a case id or varenummer that does not read as one (under
     * {@code nyeMetoderId}, {@code varenummer}), a case that has a workspace already
     * ({@code negotiation.caseExists}), a pack the catalogue does not have
     * ({@code negotiation.productUnknown}), figures as {@link HealthEconomics#checked} says; then as
     * {@link NegotiationCase#open} says.
     */
    public NegotiationCase open(OpenNegotiationCommand command, String buyer) {
        Validation validation = new Validation();
        NyeMetoderId caseId = validation.required(command.nyeMetoderId(), "nyeMetoderId")
                ? validation.field("nyeMetoderId", () -> new NyeMetoderId(command.nyeMetoderId())) : null;
        if (caseId != null) {
            validation.check(negotiations.findByCase(caseId).isEmpty(), "nyeMetoderId", "negotiation.caseExists",
                    caseId.value());
        }
        Varenummer varenummer = validation.required(command.varenummer(), "varenummer")
                ? validation.field("varenummer", () -> new Varenummer(command.varenummer())) : null;
        Product product = varenummer == null ? null : products.findByVarenummer(varenummer).orElse(null);
        if (varenummer != null) {
            validation.check(product != null, "varenummer", "negotiation.productUnknown", varenummer.value());
        }
        HealthEconomics economics = HealthEconomics.checked(validation, command.incrementalQalys(),
                command.otherIncrementalCosts(), command.packsPerPatientYear(), command.absoluteShortfall());
        if (!validation.isValid()) {
            validation.required(command.title(), "title");
            validation.required(command.receivedOn(), "receivedOn");
        }
        validation.throwIfInvalid();
        return negotiations.save(NegotiationCase.open(new CaseOpening(caseId, command.title(), varenummer,
                product.getName(), product.getMarketingAuthorisationHolder() == null ? null
                : product.getMarketingAuthorisationHolder().getName(), product.getMaximumPricePerPack(),
                command.receivedOn(), economics), buyer, clock));
    }
}
