package no.lis.tender.agreements.framework.application;

import no.lis.tender.agreements.framework.domain.FrameworkAgreementStatus;
import no.lis.tender.agreements.framework.domain.Shortage;
import no.lis.tender.agreements.framework.domain.StockReport;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Supply security of framework agreements as buyers and suppliers read it. */
public final class SupplyRows {

    private SupplyRows() {
    }

    /**
     * One agreement's supply security for buyers: the months of cover agreed, the stock reports (the
     * latest first), the shortages with the substitutes' costs (priced), and each supplier's history.
     */
    public record Agreement(Long agreementId, long version, Integer coverMonths, List<Stock> stockReports,
                            List<PricedShortage> shortages, List<SupplierHistory> histories) implements Serializable {
    }

    /** A stock report; {@code belowCover} where it covered fewer months than agreed. */
    public record Stock(Long id, Long supplierId, String supplierName, LocalDate countedOn, long packsInStock,
                        BigDecimal monthsOfStock, int coverMonths, boolean belowCover) implements Serializable {

        public static Stock of(StockReport report) {
            return new Stock(report.getId(), report.getSupplierId(), report.getSupplierName(), report.getCountedOn(),
                    report.getPacksInStock(), report.getMonthsOfStock(), report.getCoverMonths(), report.isBelowCover());
        }
    }

    /** A shortage with what the substitute cost (NOK): for buyers only; {@code version} to end it on. */
    public record PricedShortage(Long id, long version, String supplierName, String varenummer, String productName,
                                 LocalDate from, LocalDate to, String substitute, BigDecimal substituteCost)
            implements Serializable {

        public static PricedShortage of(Shortage shortage) {
            return new PricedShortage(shortage.getId(), shortage.getVersion(), shortage.getPack().getSupplierName(), shortage.getPack().getVarenummer().value(),
                    shortage.getPack().getProductName(), shortage.getFrom(), shortage.getTo(), shortage.getSubstitute(),
                    shortage.getSubstituteCost());
        }
    }

    /**
     * A shortage without its cost, as the history that the next tender's supply-security criterion
     * draws on: under which agreement, whose product, when, and what replaced it.
     */
    public record PastShortage(String tenderReference, String supplierName, String varenummer, String productName,
                               String atcCode, LocalDate from, LocalDate to, String substitute) implements Serializable {

        static PastShortage of(Shortage shortage) {
            return new PastShortage(shortage.getTenderReference(), shortage.getPack().getSupplierName(),
                    shortage.getPack().getVarenummer().value(), shortage.getPack().getProductName(), shortage.getAtcCode(),
                    shortage.getFrom(), shortage.getTo(), shortage.getSubstitute());
        }
    }

    /** One supplier's shortages under any agreement for the same substances, the latest first. */
    public record SupplierHistory(String supplierName, List<PastShortage> shortages) implements Serializable {
    }

    /**
     * An agreement as its supplier reads it: no price and no other supplier; its own products, the
     * months of cover it must keep and its own reports.
     */
    public record Supplied(Long agreementId, String tenderReference, int lotNumber, String lotTitle, String marketName,
                           FrameworkAgreementStatus status, LocalDate end, Integer coverMonths, List<String> products,
                           List<Stock> stockReports) implements Serializable {
    }
}
