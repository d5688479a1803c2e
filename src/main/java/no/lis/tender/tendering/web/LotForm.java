package no.lis.tender.tendering.web;

import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.Lot;
import no.lis.tender.tendering.domain.MarketSplit;
import no.lis.tender.tendering.domain.VolumeUnit;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The lot dialog's fields. */
public final class LotForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer number;
    private String title;
    private String indication;
    private List<String> atcCodes = new ArrayList<>();
    private BigDecimal volume;
    private VolumeUnit volumeUnit = VolumeUnit.DDD;
    private ComparisonBasis comparisonBasis = ComparisonBasis.PER_DDD;
    private Integer treatmentPeriodDays;
    private MarketSplit marketSplit = MarketSplit.NONE;
    /** The price scenarios, one a line. */
    private String scenarios;

    static LotForm of(Lot lot) {
        LotForm form = new LotForm();
        form.number = lot.getNumber();
        form.title = lot.getTitle();
        form.indication = lot.getIndication();
        form.atcCodes = lot.getSubstances().stream().map(AtcCode::value).sorted().collect(Collectors.toCollection(ArrayList::new));
        form.volume = lot.getEstimatedAnnualVolume();
        form.volumeUnit = lot.getVolumeUnit();
        form.comparisonBasis = lot.getComparisonBasis();
        form.treatmentPeriodDays = lot.getTreatmentPeriodDays();
        form.marketSplit = lot.getMarketSplit();
        form.scenarios = String.join("\n", lot.getScenarios());
        return form;
    }

    public boolean isNew() {
        return number == null;
    }

    public Integer getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIndication() {
        return indication;
    }

    public void setIndication(String indication) {
        this.indication = indication;
    }

    public List<String> getAtcCodes() {
        return atcCodes;
    }

    public void setAtcCodes(List<String> atcCodes) {
        this.atcCodes = atcCodes == null ? new ArrayList<>() : new ArrayList<>(atcCodes);
    }

    public BigDecimal getVolume() {
        return volume;
    }

    public void setVolume(BigDecimal volume) {
        this.volume = volume;
    }

    public VolumeUnit getVolumeUnit() {
        return volumeUnit;
    }

    public void setVolumeUnit(VolumeUnit volumeUnit) {
        this.volumeUnit = volumeUnit;
    }

    public ComparisonBasis getComparisonBasis() {
        return comparisonBasis;
    }

    public void setComparisonBasis(ComparisonBasis comparisonBasis) {
        this.comparisonBasis = comparisonBasis;
    }

    public Integer getTreatmentPeriodDays() {
        return treatmentPeriodDays;
    }

    public void setTreatmentPeriodDays(Integer treatmentPeriodDays) {
        this.treatmentPeriodDays = treatmentPeriodDays;
    }

    public String getScenarios() {
        return scenarios;
    }

    public void setScenarios(String scenarios) {
        this.scenarios = scenarios;
    }

    /** The scenarios as the lines typed; blank lines are left out by the rule. */
    List<String> scenarioLines() {
        return scenarios == null ? List.of() : List.of(scenarios.split("\\R"));
    }

    public MarketSplit getMarketSplit() {
        return marketSplit;
    }

    public void setMarketSplit(MarketSplit marketSplit) {
        this.marketSplit = marketSplit;
    }
}
