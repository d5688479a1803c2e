package no.lis.tender.agreements.framework.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import no.lis.tender.agreements.award.domain.Complaint;
import no.lis.tender.agreements.award.domain.Standstill;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Stamp;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Versioned;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A supplier's report of its stock for a framework agreement that asks for months of cover (safety
 * stock): the day it was counted, the packs in stock and the months of normal hospital use they
 * cover, set against the months agreed at the time of the report. A report below the cover is a
 * matter for the buyers' follow-up. Reports are kept as made; a new count is a new report.
 */
@Entity
@Table(name = "AGR_STOCK_REPORT")
@NamedQuery(name = "StockReport.findByAgreement", query = "SELECT r FROM StockReport r"
        + " WHERE r.agreementId = :agreementId ORDER BY r.countedOn DESC, r.id DESC")
public class StockReport extends Versioned {

    /** At most this many months of stock can be reported (a typing error beyond it). */
    public static final int MAX_MONTHS = 120;
    public static final int MONTHS_SCALE = 1;
    public static final long MAX_PACKS = 100_000_000L;

    @Column(name = "AGREEMENT_ID", nullable = false)
    private Long agreementId;

    @Column(name = "SUPPLIER_ID", nullable = false)
    private Long supplierId;

    @Column(name = "SUPPLIER_NAME", nullable = false, length = Supplier.NAME_LENGTH)
    private String supplierName;

    @Column(name = "COUNTED_ON", nullable = false)
    private LocalDate countedOn;

    @Column(name = "PACKS_IN_STOCK", nullable = false)
    private long packsInStock;

    @Column(name = "MONTHS_OF_STOCK", nullable = false, precision = 5, scale = MONTHS_SCALE)
    private BigDecimal monthsOfStock;

    @Column(name = "COVER_MONTHS", nullable = false)
    private int coverMonths;

    @Column(name = "BELOW_COVER", nullable = false)
    private boolean belowCover;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "REPORTED_BY", nullable = false, length = Complaint.USERNAME_LENGTH))
    @AttributeOverride(name = "at", column = @Column(name = "REPORTED_AT", nullable = false))
    private Stamp reported;

    protected StockReport() {
    }

    /**
     * The stock of {@code supplierId} on {@code agreement}. Another supplier's agreement is as
     * unknown as one that does not exist ({@code agreements.stock.notYours}); an agreement without
     * agreed cover takes no report ({@code agreements.stock.noCover}), nor one that has ended or expired
     * ({@code agreements.stock.notInForce}). Then every broken rule at once: {@code countedOn}
     * required and not after today ({@code agreements.stock.countedInFuture}); {@code packsInStock}
     * required, 0 to {@value #MAX_PACKS} ({@code agreements.stock.packs}); {@code monthsOfStock}
     * required, 0 to {@value #MAX_MONTHS} with at most one decimal ({@code agreements.stock.months}).
     */
    public static StockReport report(FrameworkAgreement agreement, Long supplierId, LocalDate countedOn,
                                     Long packsInStock, BigDecimal monthsOfStock, String actor, Clock clock) {
        if (!agreement.isSuppliedBy(supplierId)) {
            throw new DomainException(null, "agreements.stock.notYours", agreement.getId());
        }
        if (agreement.getCoverMonths() == null) {
            throw new DomainException(null, "agreements.stock.noCover");
        }
        LocalDate today = Standstill.today(clock);
        FrameworkAgreementStatus status = agreement.statusOn(today);
        if (status == FrameworkAgreementStatus.ENDED || status == FrameworkAgreementStatus.EXPIRED) {
            throw new DomainException(null, "agreements.stock.notInForce");
        }
        Validation validation = new Validation();
        if (validation.required(countedOn, "countedOn")) {
            validation.check(!countedOn.isAfter(today), "countedOn", "agreements.stock.countedInFuture");
        }
        if (validation.required(packsInStock, "packsInStock")) {
            validation.check(packsInStock >= 0 && packsInStock <= MAX_PACKS, "packsInStock",
                    "agreements.stock.packs", MAX_PACKS);
        }
        if (validation.required(monthsOfStock, "monthsOfStock")) {
            validation.check(monthsOfStock.signum() >= 0 && monthsOfStock.compareTo(BigDecimal.valueOf(MAX_MONTHS)) <= 0
                            && monthsOfStock.stripTrailingZeros().scale() <= MONTHS_SCALE, "monthsOfStock",
                    "agreements.stock.months", MAX_MONTHS);
        }
        validation.throwIfInvalid();
        StockReport report = new StockReport();
        report.agreementId = agreement.getId();
        report.supplierId = supplierId;
        report.supplierName = agreement.getLines().stream().filter(line -> line.getPack().getSupplierId().equals(supplierId))
                .findFirst().orElseThrow().getPack().getSupplierName();
        report.countedOn = countedOn;
        report.packsInStock = packsInStock;
        report.monthsOfStock = monthsOfStock.setScale(MONTHS_SCALE);
        report.coverMonths = agreement.getCoverMonths();
        report.belowCover = monthsOfStock.compareTo(BigDecimal.valueOf(report.coverMonths)) < 0;
        report.reported = Stamp.now(actor, clock);
        return report;
    }

    /** Of {@code reports} (of one agreement, the latest count first), the latest of each supplier. */
    public static List<StockReport> latestOfEachSupplier(List<StockReport> reports) {
        return List.copyOf(reports.stream().collect(Collectors.toMap(StockReport::getSupplierId, report -> report,
                (latest, earlier) -> latest, LinkedHashMap::new)).values());
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public String getSupplierName() {
        return supplierName;
    }

    public LocalDate getCountedOn() {
        return countedOn;
    }

    public long getPacksInStock() {
        return packsInStock;
    }

    /** The months of normal use the stock covers, as the supplier reported them. */
    public BigDecimal getMonthsOfStock() {
        return monthsOfStock;
    }

    /** The months of cover agreed when the report was made. */
    public int getCoverMonths() {
        return coverMonths;
    }

    /** Whether the stock covered fewer months than agreed. */
    public boolean isBelowCover() {
        return belowCover;
    }

    /** Who reported it and when. */
    public Stamp getReported() {
        return reported;
    }

    @Override
    public String toString() {
        return "stock of " + supplierName + " on " + countedOn + ": " + monthsOfStock + " of " + coverMonths + " months";
    }
}
