package no.lis.tender.agreements.framework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.agreements.framework.domain.AgreementKind;
import no.lis.tender.agreements.framework.domain.DirectAgreement;
import no.lis.tender.agreements.framework.domain.DirectAgreementRepository;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementLine;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementRepository;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.domain.DomainException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The prices a managed-entry agreement rests on, read from the agreement it is on: for a direct
 * agreement its effective price and maximum price; for a framework agreement the price of the
 * product line named, or without a line that of its first choice (rank 1), covering every line's
 * packs, with the catalogue's maximum price.
 */
@ApplicationScoped
@Transactional
public class AgreementPricing {

    private final DirectAgreementRepository direct;
    private final FrameworkAgreementRepository framework;
    private final ProductRepository products;

    @Inject
    public AgreementPricing(DirectAgreementRepository direct, FrameworkAgreementRepository framework,
                            ProductRepository products) {
        this.direct = direct;
        this.framework = framework;
        this.products = products;
    }

    /** For the CDI proxy. */
    protected AgreementPricing() {
        this(null, null, null);
    }

    /**
     * The agreement {@code kind}/{@code id} priced on {@code line} (null: the whole agreement);
     * {@code mea.direct.notFound} or {@code agreements.agreement.notFound} for an unknown id,
     * {@code mea.line.notInAgreement} under {@code varenummer} for a line it does not have.
     */
    public PricedAgreement of(AgreementKind kind, Long id, Varenummer line) {
        if (kind == AgreementKind.DIRECT) {
            DirectAgreement agreement = Existing.require(id, direct::findById, "mea.direct.notFound");
            requireLine(line == null || line.equals(agreement.getPack().getVarenummer()), line);
            return new PricedAgreement(kind, agreement.getId(), agreement.getDecision().value() + " "
                    + agreement.getPack().getProductName(), List.of(agreement.getPack().getVarenummer().value()),
                    agreement.getPack().getVarenummer().value(), agreement.getPack().getProductName(), agreement.getPack().getSupplierName(),
                    agreement.effectivePrice(), agreement.getMaximumPrice(), agreement.getValidFrom(),
                    agreement.getValidTo());
        }
        FrameworkAgreement agreement = Existing.require(id, framework::findById, "agreements.agreement.notFound");
        FrameworkAgreementLine priced = line == null
                ? agreement.getLines().stream().min(Comparator.comparingInt(FrameworkAgreementLine::getSupplierRank))
                .orElseThrow()
                : agreement.getLines().stream().filter(l -> l.getPack().getVarenummer().equals(line)).findFirst().orElse(null);
        requireLine(priced != null, line);
        List<String> packs = line == null
                ? agreement.getLines().stream().map(l -> l.getPack().getVarenummer().value()).toList() : List.of(line.value());
        BigDecimal maximum = products.findByVarenummer(priced.getPack().getVarenummer())
                .map(Product::getMaximumPricePerPack).orElse(null);
        LocalDate last = agreement.getTerminatedOn() != null ? agreement.getTerminatedOn() : agreement.getEnd();
        return new PricedAgreement(kind, agreement.getId(), agreement.getTenderReference() + " / "
                + agreement.getLotNumber() + " " + agreement.getLotTitle() + " (" + agreement.getMarketName() + ")",
                packs, priced.getPack().getVarenummer().value(), priced.getPack().getProductName(), priced.getPack().getSupplierName(),
                priced.getPricePerPack(), maximum == null ? priced.getPricePerPack() : maximum, agreement.getStart(),
                last);
    }

    private static void requireLine(boolean inAgreement, Varenummer line) {
        if (!inAgreement) {
            throw new DomainException("varenummer", "mea.line.notInAgreement", line.value());
        }
    }

    /**
     * An agreement as an MEA sees it: {@code packs} are the varenumre whose consumption counts;
     * {@code varenummer}, {@code productName} and {@code supplierName} name the priced line.
     */
    public record PricedAgreement(AgreementKind kind, Long id, String label, List<String> packs, String varenummer,
                                  String productName, String supplierName, BigDecimal pricePerPack,
                                  BigDecimal maximumPrice, LocalDate start, LocalDate end) implements Serializable {

        public PricedAgreement {
            packs = List.copyOf(packs);
        }
    }
}
