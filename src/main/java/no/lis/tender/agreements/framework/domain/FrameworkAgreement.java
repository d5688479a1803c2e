package no.lis.tender.agreements.framework.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import no.lis.tender.agreements.award.domain.AwardDecision;
import no.lis.tender.agreements.award.domain.AwardResult;
import no.lis.tender.agreements.award.domain.Complaint;
import no.lis.tender.agreements.award.domain.LotAward;
import no.lis.tender.agreements.award.domain.Standstill;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Stamp;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Versioned;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A framework agreement (rammeavtale) for one market of one lot of a tender, concluded after the
 * standstill with the awarded suppliers, in their award ranks: the products (varenummer) each
 * supplies and the price agreed per pack. It runs from its start to its end, both included, and
 * may be extended by its options, decided in order: exercising one moves the end on by its months,
 * declining one ends the series (the later options lapse). Its {@linkplain #statusOn status} on a
 * day follows from its dates. The tender is referred to by id.
 */
@Entity
@Table(name = "AGR_FRAMEWORK_AGREEMENT", uniqueConstraints = @UniqueConstraint(
        name = "UQ_AGR_FRAMEWORK_AGREEMENT_MARKET", columnNames = {"TENDER_ID", "LOT_NUMBER", "MARKET_CODE"}))
@NamedQuery(name = "FrameworkAgreement.findByTender", query = "SELECT a FROM FrameworkAgreement a"
        + " WHERE a.tenderId = :tenderId ORDER BY a.lotNumber, a.marketCode")
@NamedQuery(name = "FrameworkAgreement.findByTenderLotAndMarket", query = "SELECT a FROM FrameworkAgreement a"
        + " WHERE a.tenderId = :tenderId AND a.lotNumber = :lotNumber AND a.marketCode = :marketCode")
@NamedQuery(name = "FrameworkAgreement.findAll", query = "SELECT a FROM FrameworkAgreement a"
        + " ORDER BY a.tenderReference, a.lotNumber, a.marketCode")
@NamedQuery(name = "FrameworkAgreement.findInForceOn", query = "SELECT a FROM FrameworkAgreement a"
        + " WHERE a.startDate <= :date AND a.endDate >= :date AND (a.terminatedOn IS NULL OR a.terminatedOn >= :date)"
        + " ORDER BY a.tenderReference, a.lotNumber, a.marketCode")
public class FrameworkAgreement extends Versioned {

    public static final int REASON_LENGTH = 2000;
    /** The most months of cover (safety stock) an agreement can ask of its suppliers. */
    public static final int MAX_COVER_MONTHS = 24;

    @Column(name = "TENDER_ID", nullable = false)
    private Long tenderId;

    @Column(name = "TENDER_REFERENCE", nullable = false, length = 40)
    private String tenderReference;

    @Column(name = "LOT_NUMBER", nullable = false)
    private int lotNumber;

    @Column(name = "LOT_TITLE", nullable = false, length = 200)
    private String lotTitle;

    @Column(name = "MARKET_CODE", nullable = false, length = 20)
    private String marketCode;

    @Column(name = "MARKET_NAME", nullable = false, length = 100)
    private String marketName;

    @ElementCollection
    @CollectionTable(name = "AGR_AGREEMENT_LINE", joinColumns = @JoinColumn(name = "AGREEMENT_ID"))
    @OrderColumn(name = "LINE_INDEX")
    private List<FrameworkAgreementLine> lines = new ArrayList<>();

    @Column(name = "START_DATE", nullable = false)
    private LocalDate startDate;

    /** The end as first agreed, before any option. */
    @Column(name = "AGREED_END_DATE", nullable = false)
    private LocalDate agreedEndDate;

    /** The end as it stands: the agreed end, moved on by each option used. */
    @Column(name = "END_DATE", nullable = false)
    private LocalDate endDate;

    @ElementCollection
    @CollectionTable(name = "AGR_AGREEMENT_OPTION", joinColumns = @JoinColumn(name = "AGREEMENT_ID"))
    @OrderColumn(name = "OPTION_INDEX")
    private List<AgreementOption> options = new ArrayList<>();

    @Column(name = "TERMINATED_ON")
    private LocalDate terminatedOn;

    @Column(name = "TERMINATION_REASON", length = REASON_LENGTH)
    private String terminationReason;

    /** The months of normal use each supplier keeps in stock (the supply-security commitment), or null. */
    @Column(name = "COVER_MONTHS")
    private Integer coverMonths;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "CONCLUDED_BY", nullable = false, length = Complaint.USERNAME_LENGTH))
    @AttributeOverride(name = "at", column = @Column(name = "CONCLUDED_AT", nullable = false))
    private Stamp concluded;

    protected FrameworkAgreement() {
    }

    /**
     * Concludes the framework agreement of market {@code marketCode} of lot {@code lotNumber} of
     * {@code decision}, with its awarded suppliers in their award ranks. Refused before the
     * standstill has ended (see {@link AwardDecision#requireStandstillEnded}) and for a market not
     * awarded ({@code agreements.agreement.notAwarded}); otherwise every broken rule at once:
     * <ul>
     *   <li>{@code prices}: at least one ({@code agreements.agreement.productsRequired}), each of an
     *       awarded supplier ({@code agreements.agreement.supplierNotAwarded} under
     *       {@code prices[i].supplierId}), each pack once ({@code agreements.agreement.duplicateVarenummer}),
     *       the price as {@link FrameworkAgreementPrice#checkPrice} says, and every awarded supplier
     *       with a product ({@code agreements.agreement.supplierWithoutProduct}, naming it);</li>
     *   <li>{@code start} and {@code end} required, the end not before the start
     *       ({@code agreements.agreement.endBeforeStart});</li>
     *   <li>each option of 1 to {@value AgreementOption#MAX_MONTHS} months
     *       ({@code agreements.option.monthsOutOfRange} under {@code options[i].months}), decided
     *       no later than the end it would extend ({@code agreements.option.decideByAfterEnd} under
     *       {@code options[i].decideBy}, naming that end) and after the option before it
     *       ({@code agreements.option.decideByOutOfOrder}).</li>
     * </ul>
     */
    public static FrameworkAgreement conclude(AwardDecision decision, int lotNumber, String marketCode,
                                              List<FrameworkAgreementPrice> prices, LocalDate start, LocalDate end,
                                              List<AgreementOption> options, String actor, Clock clock) {
        decision.requireStandstillEnded(clock);
        LotAward lotAward = decision.lotAward(lotNumber, marketCode).orElseThrow(() ->
                new DomainException(null, "agreements.agreement.notAwarded", lotNumber, marketCode));
        Validation validation = new Validation();
        List<FrameworkAgreementLine> lines = lines(validation, lotAward, prices);
        validation.required(start, "start");
        if (validation.required(end, "end") && start != null) {
            validation.check(!end.isBefore(start), "end", "agreements.agreement.endBeforeStart");
        }
        if (end != null) {
            checkOptions(validation, end, options);
        }
        validation.throwIfInvalid();
        FrameworkAgreement agreement = new FrameworkAgreement();
        agreement.tenderId = decision.getTenderId();
        agreement.tenderReference = decision.getTenderReference();
        agreement.lotNumber = lotNumber;
        agreement.lotTitle = lotAward.getLotTitle();
        agreement.marketCode = marketCode;
        agreement.marketName = lotAward.getMarketName();
        agreement.lines.addAll(lines);
        agreement.startDate = start;
        agreement.agreedEndDate = end;
        agreement.endDate = end;
        agreement.options.addAll(options.stream().map(o -> AgreementOption.of(o.getMonths(), o.getDecideBy()))
                .toList());
        agreement.concluded = Stamp.now(actor, clock);
        return agreement;
    }

    private static List<FrameworkAgreementLine> lines(Validation validation, LotAward lotAward,
                                                      List<FrameworkAgreementPrice> prices) {
        validation.check(!prices.isEmpty(), "prices", "agreements.agreement.productsRequired");
        Map<Long, AwardResult> awarded = lotAward.getAwarded().stream()
                .collect(Collectors.toMap(AwardResult::getSupplierId, Function.identity()));
        Set<Varenummer> packs = new HashSet<>();
        List<FrameworkAgreementLine> lines = new ArrayList<>();
        for (int i = 0; i < prices.size(); i++) {
            FrameworkAgreementPrice price = prices.get(i);
            String path = "prices[" + i + "].";
            AwardResult supplier = awarded.get(price.supplierId());
            validation.check(supplier != null, path + "supplierId", "agreements.agreement.supplierNotAwarded");
            if (validation.required(price.varenummer(), path + "varenummer")) {
                validation.check(packs.add(price.varenummer()), path + "varenummer",
                        "agreements.agreement.duplicateVarenummer", price.varenummer().value());
            }
            String productName = validation.requiredText(path + "productName", price.productName(),
                    FrameworkAgreementLine.PRODUCT_NAME_LENGTH);
            BigDecimal perPack = FrameworkAgreementPrice.checkPrice(validation, path + "pricePerPack",
                    price.pricePerPack());
            if (supplier != null && price.varenummer() != null && productName != null && perPack != null) {
                lines.add(new FrameworkAgreementLine(supplier.getAwardRank(), supplier.getSupplierId(),
                        supplier.getSupplierName(), price.varenummer(), productName, perPack));
            }
        }
        Set<Long> withProduct = prices.stream().map(FrameworkAgreementPrice::supplierId).collect(Collectors.toSet());
        lotAward.getAwarded().stream().filter(result -> !withProduct.contains(result.getSupplierId()))
                .forEach(result -> validation.check(false, "prices", "agreements.agreement.supplierWithoutProduct",
                        result.getSupplierName()));
        lines.sort(Comparator.comparingInt(FrameworkAgreementLine::getSupplierRank));
        return lines;
    }

    private static void checkOptions(Validation validation, LocalDate agreedEnd, List<AgreementOption> options) {
        LocalDate extendedEnd = agreedEnd;
        LocalDate previousDecideBy = null;
        for (int i = 0; i < options.size(); i++) {
            AgreementOption option = options.get(i);
            String path = "options[" + i + "].";
            boolean months = validation.check(option.getMonths() >= 1 && option.getMonths() <= AgreementOption.MAX_MONTHS,
                    path + "months", "agreements.option.monthsOutOfRange", AgreementOption.MAX_MONTHS);
            if (validation.required(option.getDecideBy(), path + "decideBy")) {
                validation.check(!option.getDecideBy().isAfter(extendedEnd), path + "decideBy",
                        "agreements.option.decideByAfterEnd", extendedEnd);
                validation.check(previousDecideBy == null || option.getDecideBy().isAfter(previousDecideBy),
                        path + "decideBy", "agreements.option.decideByOutOfOrder");
                previousDecideBy = option.getDecideBy();
            }
            if (months) {
                extendedEnd = option.extend(extendedEnd);
            }
        }
    }

    /**
     * Uses option {@code number} (1 for the first): the end moves on by its months (see
     * {@link AgreementOption#extend}). Refused for an option that is not the next open one
     * ({@code agreements.option.outOfOrder}, naming the next; {@code agreements.option.noneOpen}
     * when none is left), after its decision date ({@code agreements.option.deadlinePassed},
     * naming it), and for a terminated agreement ({@code agreements.agreement.terminated}).
     */
    public void exerciseOption(int number, String actor, Clock clock) {
        AgreementOption option = nextOpen(number);
        LocalDate today = Standstill.today(clock);
        if (today.isAfter(option.getDecideBy())) {
            throw new DomainException(null, "agreements.option.deadlinePassed", number,
                    option.getDecideBy());
        }
        option.decide(AgreementOptionStatus.EXERCISED, actor, clock.instant());
        endDate = option.extend(endDate);
    }

    /**
     * Declines option {@code number} (1 for the first): the agreement ends at its end as it stands,
     * and the options after it lapse. In order, as {@link #exerciseOption}; an option may be
     * declined after its decision date, to record that it was not used.
     */
    public void declineOption(int number, String actor, Clock clock) {
        AgreementOption option = nextOpen(number);
        option.decide(AgreementOptionStatus.DECLINED, actor, clock.instant());
        options.stream().filter(AgreementOption::isOpen).forEach(AgreementOption::lapse);
    }

    private AgreementOption nextOpen(int number) {
        requireNotTerminated();
        Optional<Integer> next = nextOptionNumber();
        if (next.isEmpty()) {
            throw new DomainException(null, "agreements.option.noneOpen");
        }
        if (number != next.get()) {
            throw new DomainException(null, "agreements.option.outOfOrder", number, next.get());
        }
        return options.get(number - 1);
    }

    /** The number (1 for the first) of the next option to decide, if any is open. */
    public Optional<Integer> nextOptionNumber() {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).isOpen()) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    /** The end the agreement would reach if every option still open were used. */
    public LocalDate latestPossibleEnd() {
        LocalDate latest = endDate;
        for (AgreementOption option : options) {
            if (option.isOpen()) {
                latest = option.extend(latest);
            }
        }
        return terminatedOn == null ? latest : terminatedOn;
    }

    /**
     * Terminates the agreement before its end: {@code lastDay} is its last day in force, from its
     * start to its end ({@code agreements.agreement.terminationOutOfPeriod} under {@code lastDay});
     * the reason is required (under {@code reason}). The open options lapse. Only once
     * ({@code agreements.agreement.terminated}).
     */
    public void terminate(LocalDate lastDay, String reason, String actor, Clock clock) {
        requireNotTerminated();
        Validation validation = new Validation();
        if (validation.required(lastDay, "lastDay")) {
            validation.check(!lastDay.isBefore(startDate) && !lastDay.isAfter(endDate), "lastDay",
                    "agreements.agreement.terminationOutOfPeriod", startDate, endDate);
        }
        String why = validation.requiredText("reason", reason, REASON_LENGTH);
        validation.throwIfInvalid();
        terminatedOn = lastDay;
        terminationReason = why;
        options.stream().filter(AgreementOption::isOpen).forEach(AgreementOption::lapse);
    }

    /**
     * Agrees the months of normal hospital use that each supplier keeps in stock for the agreement
     * (its safety stock): 1 to {@value #MAX_COVER_MONTHS} months ({@code agreements.cover.monthsOutOfRange}
     * under {@code months}). Refused once terminated.
     */
    public void agreeCover(Integer months) {
        requireNotTerminated();
        Validation validation = new Validation();
        if (validation.required(months, "months")) {
            validation.check(months >= 1 && months <= MAX_COVER_MONTHS, "months",
                    "agreements.cover.monthsOutOfRange", MAX_COVER_MONTHS);
        }
        validation.throwIfInvalid();
        coverMonths = months;
    }

    /** Whether {@code supplierId} supplies a product under the agreement. */
    public boolean isSuppliedBy(Long supplierId) {
        return supplierId != null && lines.stream().anyMatch(line -> line.getPack().getSupplierId().equals(supplierId));
    }

    /** The line of the pack {@code varenummer}, if the agreement has it. */
    public Optional<FrameworkAgreementLine> line(Varenummer varenummer) {
        return lines.stream().filter(line -> line.getPack().getVarenummer().equals(varenummer)).findFirst();
    }

    /** Whether it was terminated early. */
    public boolean isTerminated() {
        return terminatedOn != null;
    }

    private void requireNotTerminated() {
        if (terminatedOn != null) {
            throw new DomainException(null, "agreements.agreement.terminated", terminatedOn);
        }
    }

    /**
     * Its status on {@code date}: upcoming before the start, active from the start to the end (or
     * the last day before termination), then expired, or ended if terminated.
     */
    public FrameworkAgreementStatus statusOn(LocalDate date) {
        if (terminatedOn != null && date.isAfter(terminatedOn)) {
            return FrameworkAgreementStatus.ENDED;
        }
        if (date.isBefore(startDate)) {
            return FrameworkAgreementStatus.UPCOMING;
        }
        return date.isAfter(endDate) ? FrameworkAgreementStatus.EXPIRED : FrameworkAgreementStatus.ACTIVE;
    }

    /** Its status today in Norway. */
    public FrameworkAgreementStatus status(Clock clock) {
        return statusOn(Standstill.today(clock));
    }

    /** The price agreed for the pack {@code varenummer}, if the agreement has it. */
    public Optional<BigDecimal> priceOf(Varenummer varenummer) {
        return line(varenummer).map(FrameworkAgreementLine::getPricePerPack);
    }

    public Long getTenderId() {
        return tenderId;
    }

    public String getTenderReference() {
        return tenderReference;
    }

    public int getLotNumber() {
        return lotNumber;
    }

    public String getLotTitle() {
        return lotTitle;
    }

    public String getMarketCode() {
        return marketCode;
    }

    public String getMarketName() {
        return marketName;
    }

    /** The products by supplier rank: the first choice first. */
    public List<FrameworkAgreementLine> getLines() {
        return List.copyOf(lines);
    }

    public LocalDate getStart() {
        return startDate;
    }

    /** The end as first agreed, before any option. */
    public LocalDate getAgreedEnd() {
        return agreedEndDate;
    }

    /** The end as it stands, with every option used so far. */
    public LocalDate getEnd() {
        return endDate;
    }

    /** The options in order: option 1 first. */
    public List<AgreementOption> getOptions() {
        return List.copyOf(options);
    }

    /** Its last day in force if terminated early, else null. */
    public LocalDate getTerminatedOn() {
        return terminatedOn;
    }

    public String getTerminationReason() {
        return terminationReason;
    }

    /** The months of cover each supplier keeps in stock, or null if none was agreed. */
    public Integer getCoverMonths() {
        return coverMonths;
    }

    /** Who concluded it and when. */
    public Stamp getConcluded() {
        return concluded;
    }

    @Override
    protected Object[] businessKey() {
        return new Object[] {tenderId, lotNumber, marketCode};
    }

    @Override
    public String toString() {
        return "framework agreement " + tenderReference + " lot " + lotNumber + " " + marketCode;
    }
}
