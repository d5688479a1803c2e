package no.lis.tender.tendering.domain;

import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.shared.domain.Validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a lot (delkontrakt) asks for: the substances, for which indication or patient group, how
 * much a year, on which basis prices are compared and in which markets. Valid by construction; a
 * broken rule names the field (e.g. {@code treatmentPeriodDays}), which a tender files under the
 * lot's path ({@code lots[0].treatmentPeriodDays}).
 *
 * @param treatmentPeriodDays kept only where prices are compared per treatment period
 * @param scenarios           the price scenarios (issue 16 item 3), e.g. "Kun subgruppe" and "Alle pasienter":
 *                            none, or {@value #MIN_SCENARIOS} to {@value #MAX_SCENARIOS} names, each told apart
 *                            from the others regardless of case; suppliers then give a price per scenario
 */
public record LotSpecification(String title, String indication, Set<AtcCode> substances,
                               BigDecimal estimatedAnnualVolume, VolumeUnit volumeUnit,
                               ComparisonBasis comparisonBasis, Integer treatmentPeriodDays,
                               List<Market> markets, List<String> scenarios) {

    public static final int MIN_SCENARIOS = 2;
    public static final int MAX_SCENARIOS = 6;
    public static final int SCENARIO_LENGTH = 100;

    static final int TITLE_LENGTH = 200;
    static final int INDICATION_LENGTH = 1000;
    /** Volumes are stored as DECIMAL(18,2). */
    private static final int VOLUME_SCALE = 2;
    private static final BigDecimal VOLUME_LIMIT = BigDecimal.TEN.pow(18 - VOLUME_SCALE);

    public LotSpecification {
        Validation validation = new Validation();
        title = validation.requiredText("title", title, TITLE_LENGTH);
        indication = validation.optionalText("indication", indication, INDICATION_LENGTH);
        substances = substances == null ? Set.of() : Set.copyOf(substances);
        validation.check(!substances.isEmpty(), "substances", "tender.lot.substancesRequired");
        if (validation.required(estimatedAnnualVolume, "estimatedAnnualVolume")) {
            validation.check(estimatedAnnualVolume.signum() > 0
                            && estimatedAnnualVolume.stripTrailingZeros().scale() <= VOLUME_SCALE
                            && estimatedAnnualVolume.compareTo(VOLUME_LIMIT) < 0,
                    "estimatedAnnualVolume", "tender.lot.volumeInvalid", estimatedAnnualVolume);
        }
        validation.required(volumeUnit, "volumeUnit");
        if (validation.required(comparisonBasis, "comparisonBasis") && comparisonBasis.needsTreatmentPeriod()) {
            validation.check(treatmentPeriodDays != null && treatmentPeriodDays > 0, "treatmentPeriodDays",
                    "tender.lot.treatmentPeriodDaysRequired");
        } else {
            treatmentPeriodDays = null;
        }
        markets = markets == null ? List.of() : List.copyOf(markets);
        if (validation.check(!markets.isEmpty(), "markets", "tender.lot.marketsRequired")) {
            validation.check(markets.stream().map(Market::getCode).distinct().count() == markets.size(),
                    "markets", "tender.lot.marketsDuplicate");
        }
        scenarios = scenarios(validation, scenarios);
        validation.throwIfInvalid();
    }

    /** A lot without price scenarios. */
    public LotSpecification(String title, String indication, Set<AtcCode> substances,
                            BigDecimal estimatedAnnualVolume, VolumeUnit volumeUnit,
                            ComparisonBasis comparisonBasis, Integer treatmentPeriodDays, List<Market> markets) {
        this(title, indication, substances, estimatedAnnualVolume, volumeUnit, comparisonBasis, treatmentPeriodDays,
                markets, List.of());
    }

    private static List<String> scenarios(Validation validation, List<String> given) {
        if (given == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : given) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String checked = validation.requiredText("scenarios", name, SCENARIO_LENGTH);
            if (checked != null) {
                validation.check(seen.add(checked.toLowerCase(Locale.ROOT)), "scenarios",
                        "tender.lot.scenarioTwice", checked);
                names.add(checked);
            }
        }
        validation.check(names.isEmpty() || names.size() >= MIN_SCENARIOS && names.size() <= MAX_SCENARIOS,
                "scenarios", "tender.lot.scenariosCount", MIN_SCENARIOS, MAX_SCENARIOS);
        return List.copyOf(names);
    }
}
