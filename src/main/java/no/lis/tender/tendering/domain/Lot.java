package no.lis.tender.tendering.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.shared.domain.Identified;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A lot (delkontrakt) of a tender: suppliers offer per lot, and each of its markets is awarded on
 * its own. Numbered 1..n within its tender; only the tender creates, changes and numbers lots.
 */
@Entity
@Table(name = "TND_LOT")
public class Lot extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "TENDER_ID", nullable = false)
    private Tender tender;

    @Column(name = "LOT_NUMBER", nullable = false)
    private int number;

    @Column(name = "TITLE", nullable = false, length = LotSpecification.TITLE_LENGTH)
    private String title;

    @Column(name = "INDICATION", length = LotSpecification.INDICATION_LENGTH)
    private String indication;

    /**
     * The ATC codes as stored: EclipseLink does not apply auto-applied converters (such as the
     * catalogue's for {@link AtcCode}) to element collections, so the lot keeps the text and hands
     * out codes.
     */
    @ElementCollection
    @CollectionTable(name = "TND_LOT_SUBSTANCE", joinColumns = @JoinColumn(name = "LOT_ID"))
    @Column(name = "ATC_CODE", nullable = false, length = AtcCode.LENGTH)
    private Set<String> substances = new HashSet<>();

    @Column(name = "ANNUAL_VOLUME", nullable = false, precision = 18, scale = 2)
    private BigDecimal estimatedAnnualVolume;

    @Enumerated(EnumType.STRING)
    @Column(name = "VOLUME_UNIT", nullable = false, length = 10)
    private VolumeUnit volumeUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "COMPARISON_BASIS", nullable = false, length = 30)
    private ComparisonBasis comparisonBasis;

    @Column(name = "TREATMENT_PERIOD_DAYS")
    private Integer treatmentPeriodDays;

    /** The CPV code as stored; handed out as {@link CpvCode}. */
    @Column(name = "CPV_CODE", nullable = false, length = CpvCode.LENGTH)
    private String cpvCode = CpvCode.PHARMACEUTICAL_PRODUCTS.value();

    @ElementCollection
    @CollectionTable(name = "TND_LOT_MARKET", joinColumns = @JoinColumn(name = "LOT_ID"))
    @OrderColumn(name = "MARKET_INDEX")
    private List<Market> markets = new ArrayList<>();

    /** The price scenarios in the buyer's order; empty when the lot asks for one price. */
    @ElementCollection
    @CollectionTable(name = "TND_LOT_SCENARIO", joinColumns = @JoinColumn(name = "LOT_ID"))
    @OrderColumn(name = "SCENARIO_INDEX")
    @Column(name = "SCENARIO_NAME", nullable = false, length = LotSpecification.SCENARIO_LENGTH)
    private List<String> scenarios = new ArrayList<>();

    protected Lot() {
    }

    Lot(Tender tender, int number, LotSpecification specification) {
        this.tender = tender;
        this.number = number;
        specify(specification);
    }

    /** The path under which a broken rule of lot {@code number} is reported, e.g. {@code lots[0]} for lot 1. */
    public static String path(int number) {
        return "lots[" + (number - 1) + "]";
    }

    void specify(LotSpecification specification) {
        this.title = specification.title();
        this.indication = specification.indication();
        Set<String> codes = specification.substances().stream().map(AtcCode::value).collect(Collectors.toSet());
        this.substances.retainAll(codes);
        this.substances.addAll(codes);
        this.estimatedAnnualVolume = specification.estimatedAnnualVolume();
        this.volumeUnit = specification.volumeUnit();
        this.comparisonBasis = specification.comparisonBasis();
        this.treatmentPeriodDays = specification.treatmentPeriodDays();
        this.markets.clear();
        this.markets.addAll(specification.markets());
        this.scenarios.clear();
        this.scenarios.addAll(specification.scenarios());
    }

    void classify(CpvCode code) {
        this.cpvCode = code.value();
    }

    void renumber(int newNumber) {
        this.number = newNumber;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getIndication() {
        return indication;
    }

    public Set<AtcCode> getSubstances() {
        return substances.stream().map(AtcCode::new).collect(Collectors.toUnmodifiableSet());
    }

    public BigDecimal getEstimatedAnnualVolume() {
        return estimatedAnnualVolume;
    }

    public VolumeUnit getVolumeUnit() {
        return volumeUnit;
    }

    public ComparisonBasis getComparisonBasis() {
        return comparisonBasis;
    }

    /** Null unless prices are compared per treatment period. */
    public Integer getTreatmentPeriodDays() {
        return treatmentPeriodDays;
    }

    /** The CPV code under which the lot is announced: 33600000 "Pharmaceutical products" unless a code below it is set. */
    public CpvCode getCpvCode() {
        return new CpvCode(cpvCode);
    }

    public List<Market> getMarkets() {
        return List.copyOf(markets);
    }

    /**
     * The price scenarios the lot asks a price for, in the buyer's order, e.g. "Kun subgruppe" and
     * "Alle pasienter"; empty when it asks for one price. The first is the one the evaluation ranks
     * under until the buyer chooses another.
     */
    public List<String> getScenarios() {
        return List.copyOf(scenarios);
    }

    public boolean hasScenarios() {
        return !scenarios.isEmpty();
    }

    /** The preset the markets follow, or null if they were put together otherwise. */
    public MarketSplit getMarketSplit() {
        return MarketSplit.of(markets).orElse(null);
    }

    @Override
    public String toString() {
        return number + ": " + title;
    }
}
