package no.lis.tender.agreements.framework.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementRepository;
import no.lis.tender.agreements.framework.domain.StockReport;
import no.lis.tender.agreements.framework.domain.SupplyRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A supplier reports its stock for a framework agreement it supplies (see {@link StockReport#report}).
 * Another supplier's agreement answers as an unknown one: a supplier learns nothing of agreements
 * that are not its own.
 */
@UseCase
public class ReportStock {

    private final FrameworkAgreementRepository agreements;
    private final SupplyRepository supply;
    private final Clock clock;

    @Inject
    public ReportStock(FrameworkAgreementRepository agreements, SupplyRepository supply, Clock clock) {
        this.agreements = agreements;
        this.supply = supply;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected ReportStock() {
        this(null, null, null);
    }

    /** What the supplier enters: the day it counted, the packs in stock and the months of normal use they cover. */
    public record Command(LocalDate countedOn, Long packsInStock, BigDecimal monthsOfStock) {
    }

    /** {@code supplierId} is the caller's own supplier (null for a user without one: refused as not found). */
    public StockReport report(Long agreementId, Long supplierId, Command command, String actor) {
        FrameworkAgreement agreement = Optional.ofNullable(agreementId).flatMap(agreements::findById)
                .filter(found -> found.isSuppliedBy(supplierId))
                .orElseThrow(() -> new DomainException(null, "agreements.agreement.notFound", agreementId));
        return supply.save(StockReport.report(agreement, supplierId, command.countedOn(), command.packsInStock(),
                command.monthsOfStock(), actor, clock));
    }
}
