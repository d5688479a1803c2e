package no.lis.tender.agreements.framework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementLine;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementRepository;
import no.lis.tender.agreements.framework.domain.Shortage;
import no.lis.tender.agreements.framework.domain.SupplyRepository;
import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.tendering.domain.TenderRepository;
import no.lis.tender.tendering.domain.Timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The supply security of framework agreements: for buyers with costs, for a supplier its own, for the next tender the history. */
@ApplicationScoped
@Transactional
public class SupplyQueries {

    private final FrameworkAgreementRepository agreements;
    private final SupplyRepository supply;
    private final ProductRepository products;
    private final TenderRepository tenders;
    private final Clock clock;

    @Inject
    public SupplyQueries(FrameworkAgreementRepository agreements, SupplyRepository supply, ProductRepository products,
                         TenderRepository tenders, Clock clock) {
        this.agreements = agreements;
        this.supply = supply;
        this.products = products;
        this.tenders = tenders;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected SupplyQueries() {
        this(null, null, null, null, null);
    }

    /**
     * One agreement's supply security for buyers ({@code agreements.agreement.notFound} for an unknown
     * id), with each of its suppliers' shortage history for the agreement's substances under any agreement.
     */
    public SupplyRows.Agreement agreement(Long agreementId) {
        FrameworkAgreement agreement = Existing.require(agreementId, agreements::findById,
                "agreements.agreement.notFound");
        List<Shortage> own = supply.shortages(agreementId);
        Set<String> atcCodes = products.findByVarenumre(agreement.getLines().stream()
                        .map(x -> x.getPack().getVarenummer()).toList()).stream()
                .map(product -> product.getSubstance().getAtcCode().value()).collect(Collectors.toSet());
        Set<Long> suppliers = agreement.getLines().stream().map(x -> x.getPack().getSupplierId())
                .collect(Collectors.toSet());
        Map<Long, Shortage> all = new LinkedHashMap<>();
        own.forEach(shortage -> all.put(shortage.getId(), shortage));
        supply.shortagesOf(atcCodes).stream().filter(shortage -> suppliers.contains(shortage.getPack().getSupplierId()))
                .forEach(shortage -> all.putIfAbsent(shortage.getId(), shortage));
        return new SupplyRows.Agreement(agreement.getId(), agreement.getVersion(), agreement.getCoverMonths(),
                supply.stockReports(agreementId).stream().map(SupplyRows.Stock::of).toList(),
                own.stream().map(SupplyRows.PricedShortage::of).toList(), bySupplier(all.values().stream()
                        .sorted(Comparator.comparing(Shortage::getFrom).reversed()).toList()));
    }

    /** The agreements {@code supplierId} supplies, in force or to come, as it may read them. */
    public List<SupplyRows.Supplied> ofSupplier(Long supplierId) {
        LocalDate today = Timeline.osloDate(clock.instant());
        return agreements.findAll().stream().filter(agreement -> agreement.isSuppliedBy(supplierId))
                .filter(agreement -> !agreement.getEnd().isBefore(today)
                        && (agreement.getTerminatedOn() == null || !agreement.getTerminatedOn().isBefore(today)))
                .map(agreement -> new SupplyRows.Supplied(agreement.getId(), agreement.getTenderReference(),
                        agreement.getLotNumber(), agreement.getLotTitle(), agreement.getMarketName(),
                        agreement.statusOn(today), agreement.getEnd(), agreement.getCoverMonths(),
                        agreement.getLines().stream().filter(line -> line.getPack().getSupplierId().equals(supplierId))
                                .map(line -> line.getPack().getVarenummer().value() + " " + line.getPack().getProductName()).toList(),
                        supply.stockReports(agreement.getId()).stream()
                                .filter(report -> report.getSupplierId().equals(supplierId))
                                .map(SupplyRows.Stock::of).toList()))
                .toList();
    }

    /** The stock reports {@code supplierId} made for {@code agreementId}; another supplier's agreement is not found. */
    public List<SupplyRows.Stock> reportsOf(Long agreementId, Long supplierId) {
        agreements.findById(agreementId).filter(agreement -> agreement.isSuppliedBy(supplierId))
                .orElseThrow(() -> new DomainException(null, "agreements.agreement.notFound", agreementId));
        return supply.stockReports(agreementId).stream().filter(report -> report.getSupplierId().equals(supplierId))
                .map(SupplyRows.Stock::of).toList();
    }

    /**
     * The shortages of the substances {@code atcCodes} under any agreement, by supplier, without costs:
     * what the buyer weighs when she sets the supply-security criterion of the next tender.
     */
    public List<SupplyRows.SupplierHistory> historyOf(Collection<AtcCode> atcCodes) {
        return bySupplier(supply.shortagesOf(atcCodes.stream().map(AtcCode::value).toList()));
    }

    /**
     * The shortage history of the substances of tender {@code tenderId}'s lots, by supplier, without
     * costs: shown on the tender's criteria tab while the buyer sets its supply-security criterion.
     * Empty for an unknown tender.
     */
    public List<SupplyRows.SupplierHistory> historyOfTender(Long tenderId) {
        return tenders.findReadOnly(tenderId).map(tender -> historyOf(tender.getLots().stream()
                .flatMap(lot -> lot.getSubstances().stream()).collect(Collectors.toSet()))).orElse(List.of());
    }

    private static List<SupplyRows.SupplierHistory> bySupplier(List<Shortage> shortages) {
        Map<String, List<SupplyRows.PastShortage>> bySupplier = new LinkedHashMap<>();
        shortages.forEach(shortage -> bySupplier.computeIfAbsent(shortage.getPack().getSupplierName(), name -> new ArrayList<>())
                .add(SupplyRows.PastShortage.of(shortage)));
        return bySupplier.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> new SupplyRows.SupplierHistory(entry.getKey(), List.copyOf(entry.getValue()))).toList();
    }
}
