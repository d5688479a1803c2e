package no.lis.tender.agreements.adherence.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.agreements.adherence.application.FollowUpOverview.AgreementDue;
import no.lis.tender.agreements.adherence.application.FollowUpOverview.AgreementSavings;
import no.lis.tender.agreements.adherence.application.FollowUpOverview.AreaRef;
import no.lis.tender.agreements.adherence.application.FollowUpOverview.AreaSavings;
import no.lis.tender.agreements.adherence.application.FollowUpOverview.DirectAgreementSavings;
import no.lis.tender.agreements.adherence.application.FollowUpOverview.OptionDue;
import no.lis.tender.agreements.adherence.application.FollowUpOverview.PatentDue;
import no.lis.tender.agreements.adherence.application.FollowUpOverview.RecommendationDue;
import no.lis.tender.agreements.adherence.application.FollowUpOverview.SavingsOverview;
import no.lis.tender.agreements.adherence.domain.Adherence.AdherenceReport;
import no.lis.tender.agreements.adherence.domain.Adherence;
import no.lis.tender.agreements.adherence.domain.AgreedSubstances;
import no.lis.tender.agreements.adherence.domain.Consumption;
import no.lis.tender.agreements.adherence.domain.ConsumptionRecord;
import no.lis.tender.agreements.adherence.domain.ConsumptionRecordRepository;
import no.lis.tender.agreements.adherence.domain.FollowUp;
import no.lis.tender.agreements.adherence.domain.Granularity;
import no.lis.tender.agreements.adherence.domain.Horizon;
import no.lis.tender.agreements.adherence.domain.PatentExpiry;
import no.lis.tender.agreements.adherence.domain.PhaseOutlook;
import no.lis.tender.agreements.adherence.domain.SavingsOverTime;
import no.lis.tender.agreements.framework.domain.AgreementOption;
import no.lis.tender.agreements.framework.domain.DirectAgreement;
import no.lis.tender.agreements.framework.domain.DirectAgreementRepository;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementRepository;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementStatus;
import no.lis.tender.agreements.framework.domain.StockReport;
import no.lis.tender.agreements.framework.domain.SupplyRepository;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationRepository;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.SubstanceRepository;
import no.lis.tender.catalogue.domain.TherapeuticArea;
import no.lis.tender.catalogue.domain.TherapeuticAreaRepository;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Money;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.tendering.domain.MarketPhase;
import no.lis.tender.tendering.domain.Timeline;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the buyers follow up, read from agreements, recommendations, the catalogue and imported
 * consumption; changes nothing. Horizons: agreements ending within {@value #AGREEMENT_MONTHS} months
 * (the nearer within {@value #AGREEMENT_NEAR_MONTHS}), option decisions within
 * {@value #OPTION_MONTHS} months (and those overdue), recommendations ending within
 * {@value #RECOMMENDATION_MONTHS} months, patents within {@value #PATENT_MONTHS} months (the nearer
 * within {@value #PATENT_NEAR_MONTHS}), savings over the last {@value #SAVINGS_MONTHS} months
 * including this one.
 */
@ApplicationScoped
@Transactional
public class FollowUpQueries {

    static final int AGREEMENT_NEAR_MONTHS = 6;
    static final int AGREEMENT_MONTHS = 12;
    static final int OPTION_MONTHS = 3;
    static final int RECOMMENDATION_MONTHS = 6;
    static final int PATENT_NEAR_MONTHS = 12;
    static final int PATENT_MONTHS = 24;
    static final int SAVINGS_MONTHS = 12;
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");

    private final FrameworkAgreementRepository agreements;
    private final DirectAgreementRepository directAgreements;
    private final RecommendationRepository recommendations;
    private final ConsumptionRecordRepository consumption;
    private final TherapeuticAreaRepository areas;
    private final SubstanceRepository substances;
    private final ProductRepository products;
    private final AgreedSubstances agreedSubstances;
    private final SupplyRepository supply;
    private final Clock clock;

    @Inject
    public FollowUpQueries(FrameworkAgreementRepository agreements, DirectAgreementRepository directAgreements,
                           RecommendationRepository recommendations,
                           ConsumptionRecordRepository consumption, TherapeuticAreaRepository areas,
                           SubstanceRepository substances, ProductRepository products, AgreedSubstances agreedSubstances,
                           SupplyRepository supply, Clock clock) {
        this.agreements = agreements;
        this.directAgreements = directAgreements;
        this.recommendations = recommendations;
        this.consumption = consumption;
        this.areas = areas;
        this.substances = substances;
        this.products = products;
        this.agreedSubstances = agreedSubstances;
        this.supply = supply;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected FollowUpQueries() {
        this(null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The overview as of today in Norway. Each table is read once (the agreements with their lines and
     * options, the stock reports of all agreements, the substances of all tenders behind them), not once
     * per agreement.
     */
    public FollowUpOverview overview() {
        LocalDate today = Timeline.osloDate(clock.instant());
        List<FrameworkAgreement> all = agreements.findAll();
        List<FrameworkAgreement> inForce = all.stream().filter(agreement -> inForceOn(agreement, today)).toList();
        List<TherapeuticArea> allAreas = areas.findAll();
        Map<Long, String> areaNames = areaNames(allAreas);
        List<Recommendation> published = recommendations.findAllPublished();
        YearMonth thisMonth = YearMonth.from(today);
        return new FollowUpOverview(today, expiring(inForce, today), optionDeadlines(inForce, today),
                FollowUp.areasWithoutValidRecommendation(allAreas, published, today).stream()
                        .map(area -> new AreaRef(area.getId(), area.getCode(), area.getName())).toList(),
                FollowUp.recommendationsEndingWithin(published,
                                Horizon.monthsFrom(today, RECOMMENDATION_MONTHS)).stream()
                        .map(r -> new RecommendationDue(r.getId(), r.getTherapeuticAreaId(),
                                areaNames.get(r.getTherapeuticAreaId()), r.getVersionNumber(), r.getValidTo()))
                        .toList(),
                patents(inForce, today, areaNames),
                savings(thisMonth.minusMonths(SAVINGS_MONTHS - 1L), thisMonth, areaNames,
                        all.stream().collect(Collectors.toMap(FrameworkAgreement::getId, agreement -> agreement))),
                stockBelowCover(all.stream().filter(agreement -> agreement.statusOn(today)
                        == FrameworkAgreementStatus.ACTIVE || agreement.statusOn(today) == FrameworkAgreementStatus.UPCOMING)
                        .toList()));
    }

    /** The safety stock matters before the start too: it must be in place when the agreement starts. */
    private List<FollowUpOverview.StockDue> stockBelowCover(List<FrameworkAgreement> runningOrToCome) {
        Map<Long, FrameworkAgreement> byId = runningOrToCome.stream()
                .collect(Collectors.toMap(FrameworkAgreement::getId, agreement -> agreement));
        return supply.stockReports(byId.keySet()).stream()
                .collect(Collectors.groupingBy(StockReport::getAgreementId, LinkedHashMap::new, Collectors.toList()))
                .values().stream().flatMap(reports -> StockReport.latestOfEachSupplier(reports).stream())
                .filter(StockReport::isBelowCover).map(report -> {
            FrameworkAgreement agreement = byId.get(report.getAgreementId());
            return new FollowUpOverview.StockDue(agreement.getId(), agreement.getTenderReference(),
                    agreement.getLotNumber(), agreement.getLotTitle(), report.getSupplierName(), report.getCountedOn(),
                    report.getMonthsOfStock(), report.getCoverMonths());
        }).sorted(Comparator.comparing(FollowUpOverview.StockDue::countedOn)).toList();
    }

    private static List<AgreementDue> expiring(List<FrameworkAgreement> inForce, LocalDate today) {
        Horizon near = Horizon.monthsFrom(today, AGREEMENT_NEAR_MONTHS);
        Horizon year = Horizon.monthsFrom(today, AGREEMENT_MONTHS);
        return inForce.stream().filter(agreement -> year.contains(lastDay(agreement)))
                .sorted(Comparator.comparing(FollowUpQueries::lastDay))
                .map(agreement -> new AgreementDue(agreement.getId(), agreement.getTenderReference(),
                        agreement.getLotNumber(), agreement.getLotTitle(), agreement.getMarketName(), lastDay(agreement),
                        near.contains(lastDay(agreement)), agreement.latestPossibleEnd()))
                .toList();
    }

    /** As {@code FrameworkAgreementRepository.findInForceOn}: started, not ended, not terminated before {@code date}. */
    private static boolean inForceOn(FrameworkAgreement agreement, LocalDate date) {
        return !agreement.getStart().isAfter(date) && !agreement.getEnd().isBefore(date)
                && (agreement.getTerminatedOn() == null || !agreement.getTerminatedOn().isBefore(date));
    }

    private static LocalDate lastDay(FrameworkAgreement agreement) {
        return agreement.getTerminatedOn() != null ? agreement.getTerminatedOn() : agreement.getEnd();
    }

    private static List<OptionDue> optionDeadlines(List<FrameworkAgreement> inForce, LocalDate today) {
        Horizon horizon = Horizon.monthsFrom(today, OPTION_MONTHS);
        List<OptionDue> due = new ArrayList<>();
        for (FrameworkAgreement agreement : inForce) {
            agreement.nextOptionNumber().ifPresent(number -> {
                AgreementOption option = agreement.getOptions().get(number - 1);
                if (horizon.contains(option.getDecideBy()) || horizon.hasPassed(option.getDecideBy())) {
                    due.add(new OptionDue(agreement.getId(), agreement.getTenderReference(), agreement.getLotNumber(),
                            agreement.getLotTitle(), agreement.getMarketName(), number, option.getMonths(),
                            option.getDecideBy(), horizon.hasPassed(option.getDecideBy())));
                }
            });
        }
        due.sort(Comparator.comparing(OptionDue::decideBy));
        return due;
    }

    private List<PatentDue> patents(List<FrameworkAgreement> inForce, LocalDate today, Map<Long, String> areaNames) {
        Horizon near = Horizon.monthsFrom(today, PATENT_NEAR_MONTHS);
        Map<String, MarketPhase> phases = phasesByAtcCode(inForce);
        List<PatentDue> due = new ArrayList<>();
        for (PatentExpiry expiry : FollowUp.patentsExpiringWithin(substances.findAll(),
                Horizon.monthsFrom(today, PATENT_MONTHS))) {
            PhaseOutlook outlook = PhaseOutlook.of(expiry, phases.get(expiry.atcCode().value()));
            due.add(new PatentDue(expiry.substanceId(), expiry.atcCode().value(), expiry.substanceName(),
                    areaNames.get(expiry.therapeuticAreaId()), expiry.patentExpiry(),
                    near.contains(expiry.patentExpiry()),
                    outlook.current() == null ? null : outlook.current().number(), outlook.expected().number()));
        }
        return due;
    }

    /** The market phase of the tender behind each agreement in force, by the ATC codes of its lot; the latest start wins. */
    private Map<String, MarketPhase> phasesByAtcCode(List<FrameworkAgreement> inForce) {
        Map<Long, List<AgreedSubstances.LotSubstance>> byTender = agreedSubstances.ofTenders(inForce.stream()
                        .map(FrameworkAgreement::getTenderId).collect(Collectors.toSet())).stream()
                .collect(Collectors.groupingBy(AgreedSubstances.LotSubstance::tenderId));
        Map<String, MarketPhase> phases = new HashMap<>();
        inForce.stream().sorted(Comparator.comparing(FrameworkAgreement::getStart)).forEach(agreement ->
                byTender.getOrDefault(agreement.getTenderId(), List.of()).stream()
                        .filter(substance -> substance.lotNumber() == agreement.getLotNumber())
                        .forEach(substance -> phases.put(substance.atcCode(), substance.marketPhase())));
        return phases;
    }

    /** The savings from consumption in months {@code from} to {@code to}. */
    SavingsOverview savings(YearMonth from, YearMonth to, Map<Long, String> areaNames,
                            Map<Long, FrameworkAgreement> known) {
        List<Consumption> used = used(from, to);
        SavingsOverTime savings = SavingsOverTime.of(used, applicable(from, to), maximumPrices(used));
        List<AgreementSavings> perAgreement = new ArrayList<>();
        savings.perAgreement().forEach((id, amount) -> perAgreement.add(new AgreementSavings(id,
                Optional.ofNullable(known.get(id)).or(() -> agreements.findById(id)).map(FollowUpQueries::label)
                        .orElse(String.valueOf(id)), amount)));
        List<DirectAgreementSavings> perDirect = new ArrayList<>();
        savings.perDirectAgreementAndDdd().forEach((id, saved) -> perDirect.add(new DirectAgreementSavings(id,
                directAgreements.findById(id).map(FollowUpQueries::label).orElse(String.valueOf(id)), saved.ddds(),
                saved.savings(), saved.perDdd())));
        return new SavingsOverview(from.toString(), to.toString(), perAgreement, savings.total(),
                savings.series(Granularity.MONTH).stream().map(point -> new AreaSavings(point.period(),
                        point.therapeuticAreaId(), areaNames.get(point.therapeuticAreaId()), point.savings())).toList(),
                perDirect);
    }

    private static String label(DirectAgreement agreement) {
        return agreement.getDecision().value() + " / " + agreement.getPack().getProductName() + " (" + agreement.getPack().getSupplierName()
                + ")";
    }

    private static String label(FrameworkAgreement agreement) {
        return agreement.getTenderReference() + " / " + agreement.getLotNumber() + " " + agreement.getLotTitle()
                + " (" + agreement.getMarketName() + ")";
    }

    /**
     * Adherence for months {@code from} to {@code to} as typed ({@code YYYY-MM}); either left out
     * means the last {@value #SAVINGS_MONTHS} months including this one. A month not in that form is
     * {@code followUp.period.month} under its field, a period ending before it starts
     * {@code followUp.period.order} under {@code to}.
     */
    public AdherenceOverview adherence(String from, String to) {
        YearMonth thisMonth = YearMonth.from(Timeline.osloDate(clock.instant()));
        Validation validation = new Validation();
        YearMonth first = validation.field("from", () -> month(from, thisMonth.minusMonths(SAVINGS_MONTHS - 1L)));
        YearMonth last = validation.field("to", () -> month(to, thisMonth));
        if (first != null && last != null) {
            validation.check(!last.isBefore(first), "to", "followUp.period.order");
        }
        validation.throwIfInvalid();
        List<Consumption> used = used(first, last);
        Map<Varenummer, BigDecimal> maximumPrices = maximumPrices(used);
        List<Recommendation> applicable = applicable(first, last);
        AdherenceReport report = Adherence.of(used, applicable, maximumPrices);
        Map<Long, String> areaNames = areaNames(areas.findAll());
        List<AdherenceOverview.Row> rows = report.rows().stream().map(row -> new AdherenceOverview.Row(
                row.hospitalTrust(), row.therapeuticAreaId(), areaNames.get(row.therapeuticAreaId()), row.packs(),
                row.firstChoicePacks(), row.firstChoiceShare(), row.realisedSavings(), row.missedSavings())).toList();
        List<AdherenceOverview.DepartmentRow> departments = Adherence.byDepartment(used, applicable, maximumPrices)
                .stream().map(unit -> new AdherenceOverview.DepartmentRow(unit.row().hospitalTrust(), unit.department(),
                        unit.indication(), unit.row().therapeuticAreaId(), areaNames.get(unit.row().therapeuticAreaId()),
                        unit.row().packs(), unit.row().firstChoicePacks(), unit.row().firstChoiceShare(),
                        unit.row().realisedSavings(), unit.row().missedSavings())).toList();
        return new AdherenceOverview(first.toString(), last.toString(), rows, unplaced(report.unplaced()),
                sum(rows.stream().map(AdherenceOverview.Row::realisedSavings)),
                sum(rows.stream().map(AdherenceOverview.Row::missedSavings)), departments);
    }

    private static YearMonth month(String text, YearMonth otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        String month = text.strip();
        try {
            if (MONTH.matcher(month).matches()) {
                return YearMonth.parse(month);
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new DomainException(null, "followUp.period.month", month);
    }

    private List<AdherenceOverview.UnplacedUse> unplaced(List<Consumption> unplaced) {
        Map<List<Object>, BigDecimal> packs = new LinkedHashMap<>();
        unplaced.stream().sorted(Comparator.comparing(Consumption::hospitalTrust)
                        .thenComparing(use -> use.varenummer().value()))
                .forEach(use -> packs.merge(List.of(use.hospitalTrust(), use.varenummer()), use.packs(), BigDecimal::add));
        Map<Varenummer, String> names = products.findByVarenumre(unplaced.stream().map(Consumption::varenummer)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Product::getVarenummer,
                Product::getName, (a, b) -> a));
        List<AdherenceOverview.UnplacedUse> uses = new ArrayList<>();
        packs.forEach((key, amount) -> {
            Varenummer varenummer = (Varenummer) key.get(1);
            uses.add(new AdherenceOverview.UnplacedUse((String) key.get(0), varenummer.value(), names.get(varenummer),
                    amount));
        });
        return uses;
    }

    private List<Consumption> used(YearMonth from, YearMonth to) {
        return consumption.findBetween(from, to).stream().map(ConsumptionRecord::consumption).toList();
    }

    private List<Recommendation> applicable(YearMonth from, YearMonth to) {
        return recommendations.findPublishedDuring(from.atDay(1), to.atEndOfMonth());
    }

    /** The catalogue's maximum price per pack of each drug used that has one. */
    private Map<Varenummer, BigDecimal> maximumPrices(Collection<Consumption> used) {
        return products.findByVarenumre(used.stream().map(Consumption::varenummer).collect(Collectors.toSet())).stream()
                .filter(product -> product.getMaximumPricePerPack() != null)
                .collect(Collectors.toMap(Product::getVarenummer, Product::getMaximumPricePerPack, (a, b) -> a));
    }

    private static Map<Long, String> areaNames(List<TherapeuticArea> all) {
        return all.stream().collect(Collectors.toMap(TherapeuticArea::getId, TherapeuticArea::getName, (a, b) -> a));
    }

    private static BigDecimal sum(Stream<BigDecimal> amounts) {
        return Money.sum(amounts.map(Money::of).toList()).amount();
    }
}
