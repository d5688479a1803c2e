package no.lis.tender.tendering.domain;

import no.lis.tender.shared.domain.DomainException;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static no.lis.tender.tendering.domain.CriterionType.ENVIRONMENT;
import static no.lis.tender.tendering.domain.CriterionType.PRICE;
import static no.lis.tender.tendering.domain.CriterionType.QUALITY;
import static no.lis.tender.tendering.domain.CriterionType.SUPPLY_SECURITY;
import static no.lis.tender.tendering.domain.ProcurementInstrument.HORIZON_SCANNING;
import static no.lis.tender.tendering.domain.ProcurementInstrument.OPEN_TENDER;
import static no.lis.tender.tendering.domain.ProcurementInstrument.PRICE_NEGOTIATION;
import static no.lis.tender.tendering.domain.ProcurementInstrument.SUPPLY_SECURITY_TENDER;
import static no.lis.tender.tendering.domain.ProcurementInstrument.TENDER_WITH_RANKING;

/**
 * The market phase of the drugs a tender concerns (legemidlers markedsfaser), chosen by what it
 * means and numbered as in the procurement body's category plan (after Amgros' life cycle), which
 * is the number buyers know: 0 pre-authorisation, 1 introduction, 2 monopoly, 3 competition
 * begins, 4 patent expiry with the first generics or biosimilars, 5 generic or biosimilar
 * competition at the lowest price, 6 renewed monopoly. The category plan leaves 4 unnamed; here it
 * is the step between the two it stands between (docs/domain.md). The phase decides the
 * procurement instrument and the award criteria a tender starts from; the weights are starting
 * points the buyer adjusts, and environment starts at the main rule's 30 %.
 */
public enum MarketPhase {

    /** Before marketing authorisation: horizon scanning, early access; nothing to award. */
    PRE_AUTHORISATION(0, HORIZON_SCANNING, weights(0, 0, 0, 0)),
    /** A new drug enters, assessed in Nye metoder: its price is negotiated (rebate off the maximum price). */
    INTRODUCTION(1, PRICE_NEGOTIATION, weights(0, 0, 0, 0)),
    /** One patented drug without a comparable alternative: the negotiated agreement is renewed. */
    MONOPOLY(2, PRICE_NEGOTIATION, weights(0, 0, 0, 0)),
    /** Competition begins between patented, therapeutically comparable drugs, ranked by the specialist group. */
    COMPETITION_BEGINS(3, TENDER_WITH_RANKING, weights(60, 10, 30, 0)),
    /** The patent runs out and the first generics or biosimilars enter beside the originator. */
    GENERIC_ENTRY(4, OPEN_TENDER, weights(55, 5, 30, 10)),
    /** Generic or biosimilar competition at the lowest price: several interchangeable products, price decides. */
    LOWEST_PRICE_COMPETITION(5, OPEN_TENDER, weights(60, 0, 30, 10)),
    /** Volume falls and suppliers leave until one or two remain: supply security weighs as much as price. */
    RENEWED_MONOPOLY(6, SUPPLY_SECURITY_TENDER, weights(30, 10, 30, 30));

    // The names by the old white-paper numbering, for code outside tendering that has not moved to the names by
    // meaning yet (agreements' PhaseOutlook and its tests); each is the phase that the change set
    // lis:tendering-5 gives stored tenders of that old number. Use the names above in new code.
    /** @deprecated use {@link #INTRODUCTION} */
    @Deprecated
    public static final MarketPhase PHASE_1 = INTRODUCTION;
    /** @deprecated use {@link #COMPETITION_BEGINS} */
    @Deprecated
    public static final MarketPhase PHASE_2 = COMPETITION_BEGINS;
    /** @deprecated use {@link #GENERIC_ENTRY} */
    @Deprecated
    public static final MarketPhase PHASE_3 = GENERIC_ENTRY;
    /** @deprecated use {@link #RENEWED_MONOPOLY} */
    @Deprecated
    public static final MarketPhase PHASE_5 = RENEWED_MONOPOLY;

    /** The library templates a scored criterion starts with, by code, in the order shown. */
    private static final Map<CriterionType, List<String>> DEFAULT_TEMPLATES = Map.of(
            QUALITY, List.of("QUA-READY-TO-USE", "QUA-SHELF-LIFE", "QUA-LABELLING"),
            ENVIRONMENT, List.of("ENV-MANAGEMENT-SYSTEM", "ENV-MANUFACTURING-SITES", "ENV-PACKAGING",
                    "ENV-TRANSPORT"),
            SUPPLY_SECURITY, List.of("SUP-SAFETY-STOCK", "SUP-MANUFACTURING-SITES", "SUP-SHORTAGE-HISTORY"));

    private final int number;
    private final ProcurementInstrument defaultInstrument;
    private final Map<CriterionType, Integer> defaultWeights;

    MarketPhase(int number, ProcurementInstrument defaultInstrument, Map<CriterionType, Integer> defaultWeights) {
        this.number = number;
        this.defaultInstrument = defaultInstrument;
        this.defaultWeights = defaultWeights;
    }

    private static Map<CriterionType, Integer> weights(int price, int quality, int environment, int supplySecurity) {
        Map<CriterionType, Integer> weights = new EnumMap<>(CriterionType.class);
        weights.put(PRICE, price);
        weights.put(QUALITY, quality);
        weights.put(ENVIRONMENT, environment);
        weights.put(SUPPLY_SECURITY, supplySecurity);
        weights.values().removeIf(weight -> weight == 0);
        return Collections.unmodifiableMap(weights);
    }

    /**
     * The phase with the category plan's number {@code number}, 0 to 6; any other number is
     * {@code tender.marketPhase.invalid}.
     */
    public static MarketPhase of(int number) {
        return Arrays.stream(values()).filter(phase -> phase.number == number).findFirst()
                .orElseThrow(() -> new DomainException("marketPhase", "tender.marketPhase.invalid", number));
    }

    /** The category plan's number, shown beside the phase's name. */
    public int number() {
        return number;
    }

    public ProcurementInstrument defaultInstrument() {
        return defaultInstrument;
    }

    /** The weight each criterion starts with, in percent; empty where the instrument is not a tender. */
    public Map<CriterionType, Integer> defaultWeights() {
        return defaultWeights;
    }

    /**
     * The award criteria a tender in this phase starts with: price by the lowest-price ratio, and
     * each scored criterion with the default templates of {@code library} that are active.
     */
    public List<AwardCriterion> defaultCriteria(Collection<CriterionTemplate> library) {
        return defaultWeights.entrySet().stream()
                .map(entry -> entry.getKey().isScored()
                        ? AwardCriterion.scored(entry.getKey(), entry.getValue(),
                                defaultSubCriteria(entry.getKey(), library))
                        : AwardCriterion.price(entry.getValue(), PriceFormula.LOWEST_PRICE_RATIO,
                                AwardCriterion.DEFAULT_PRICE_POINTS))
                .toList();
    }

    private static List<SubCriterion> defaultSubCriteria(CriterionType type, Collection<CriterionTemplate> library) {
        return DEFAULT_TEMPLATES.get(type).stream()
                .map(code -> library.stream()
                        .filter(template -> template.isActive() && template.getCode().equals(code))
                        .findFirst().orElse(null))
                .filter(Objects::nonNull)
                .map(CriterionTemplate::toSubCriterion)
                .toList();
    }

    /** The codes of the library templates scored criteria start with; the seed of the library holds them all. */
    static List<String> defaultTemplateCodes() {
        return DEFAULT_TEMPLATES.values().stream().flatMap(List::stream).toList();
    }
}
