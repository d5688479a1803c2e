package no.lis.tender.agreements.framework.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.framework.domain.DirectAgreement;
import no.lis.tender.agreements.framework.domain.DirectAgreementRepository;
import no.lis.tender.agreements.framework.domain.DirectAgreementTerms;
import no.lis.tender.agreements.framework.domain.DirectAwardGround;
import no.lis.tender.agreements.framework.domain.NyeMetoderId;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Validation;

import java.time.Clock;

/**
 * The buyer records the direct agreement of a phase-1 negotiation (no tender). The product is one of
 * the catalogue: its marketing authorisation holder is the supplier, its maximum price the one the
 * rebate is taken off.
 */
@UseCase
public class ConcludeDirectAgreement {

    private final ProductRepository products;
    private final DirectAgreementRepository agreements;
    private final Clock clock;

    @Inject
    public ConcludeDirectAgreement(ProductRepository products, DirectAgreementRepository agreements, Clock clock) {
        this.products = products;
        this.agreements = agreements;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected ConcludeDirectAgreement() {
        this(null, null, null);
    }

    /**
     * Refused for a decision id or varenummer that does not read as one (under {@code decision},
     * {@code varenummer}), a pack the catalogue does not have ({@code agreements.direct.productUnknown})
     * or one without a maximum price or supplier ({@code agreements.direct.productIncomplete}), a legal
     * ground not on the list ({@code agreements.direct.legalGroundUnknown}); then as
     * {@link DirectAgreement#conclude} says.
     */
    public DirectAgreement conclude(DirectAgreementCommand command, String buyer) {
        Validation validation = new Validation();
        NyeMetoderId decision = validation.required(command.nyeMetoderId(), "decision")
                ? validation.field("decision", () -> new NyeMetoderId(command.nyeMetoderId())) : null;
        Varenummer varenummer = validation.required(command.varenummer(), "varenummer")
                ? validation.field("varenummer", () -> new Varenummer(command.varenummer())) : null;
        Product product = varenummer == null ? null : products.findByVarenummer(varenummer).orElse(null);
        if (varenummer != null && validation.check(product != null, "varenummer", "agreements.direct.productUnknown",
                varenummer.value())) {
            validation.check(product.getMaximumPricePerPack() != null && product.getMarketingAuthorisationHolder() != null,
                    "varenummer", "agreements.direct.productIncomplete", varenummer.value());
        }
        DirectAwardGround ground = command.legalGround() == null || command.legalGround().isBlank() ? null
                : validation.field("legalGround", () -> groundNamed(command.legalGround()));
        validation.throwIfInvalid();
        Supplier supplier = product.getMarketingAuthorisationHolder();
        return agreements.save(DirectAgreement.conclude(new DirectAgreementTerms(decision, supplier.getId(),
                supplier.getName(), varenummer, product.getName(), product.getMaximumPricePerPack(),
                command.agreedPrice(), command.rebatePercent(), command.validFrom(), command.validTo(), ground,
                command.groundReason()), buyer, clock));
    }

    private static DirectAwardGround groundNamed(String name) {
        try {
            return DirectAwardGround.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException(null, "agreements.direct.legalGroundUnknown", name);
        }
    }
}
