package no.lis.tender.agreements.framework.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementRepository;
import no.lis.tender.agreements.framework.domain.Shortage;
import no.lis.tender.agreements.framework.domain.SupplyRepository;
import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Validation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The buyer records a shortage of one product of a framework agreement (see {@link Shortage#record}),
 * with the substance's ATC code from the catalogue so that the history follows the substance.
 */
@UseCase
public class RecordShortage {

    private final FrameworkAgreementRepository agreements;
    private final SupplyRepository supply;
    private final ProductRepository products;
    private final Clock clock;

    @Inject
    public RecordShortage(FrameworkAgreementRepository agreements, SupplyRepository supply,
                          ProductRepository products, Clock clock) {
        this.agreements = agreements;
        this.supply = supply;
        this.products = products;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected RecordShortage() {
        this(null, null, null, null);
    }

    /** What the buyer enters; {@code to} is empty while the shortage goes on. */
    public record Command(String varenummer, LocalDate from, LocalDate to, String substitute,
                          BigDecimal substituteCost) {
    }

    public Shortage record(Long agreementId, Command command, String buyer) {
        FrameworkAgreement agreement = Existing.require(agreementId, agreements::findById,
                "agreements.agreement.notFound");
        Validation validation = new Validation();
        Varenummer pack = command.varenummer() == null || command.varenummer().isBlank() ? null
                : validation.field("varenummer", () -> new Varenummer(command.varenummer().strip()));
        validation.throwIfInvalid();
        AtcCode atc = pack == null ? null : products.findByVarenummer(pack)
                .map(product -> product.getSubstance().getAtcCode()).orElse(null);
        return supply.save(Shortage.record(agreement, pack, atc, command.from(), command.to(), command.substitute(),
                command.substituteCost(), buyer, clock));
    }
}
