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
import no.lis.tender.shared.domain.Identified;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Violation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One weighted award criterion of a tender. Price is computed by a {@link PriceFormula} up to its
 * max points; quality, environment and supply security are scored on their sub-criteria. The rules
 * that concern the criteria together (weights sum to 100, one criterion per type, ...) belong to
 * the {@link Tender}.
 */
@Entity
@Table(name = "TND_AWARD_CRITERION")
public class AwardCriterion extends Identified {

    public static final int DEFAULT_PRICE_POINTS = 100;

    @ManyToOne(optional = false)
    @JoinColumn(name = "TENDER_ID", nullable = false)
    private Tender tender;

    @Enumerated(EnumType.STRING)
    @Column(name = "CRITERION_TYPE", nullable = false, length = 20)
    private CriterionType type;

    @Column(name = "WEIGHT", nullable = false)
    private int weight;

    @Enumerated(EnumType.STRING)
    @Column(name = "PRICE_FORMULA", length = 30)
    private PriceFormula priceFormula;

    @Column(name = "MAX_POINTS")
    private Integer maxPoints;

    @ElementCollection
    @CollectionTable(name = "TND_SUB_CRITERION", joinColumns = @JoinColumn(name = "CRITERION_ID"))
    @OrderColumn(name = "SUB_INDEX")
    private List<SubCriterion> subCriteria = new ArrayList<>();

    protected AwardCriterion() {
    }

    private AwardCriterion(CriterionType type, int weight, PriceFormula priceFormula, Integer maxPoints,
                           List<SubCriterion> subCriteria) {
        this.type = type;
        this.weight = weight;
        this.priceFormula = priceFormula;
        this.maxPoints = maxPoints;
        this.subCriteria = new ArrayList<>(subCriteria);
    }

    /** The price criterion; a broken rule names the field ({@code weight}, {@code priceFormula}, {@code maxPoints}). */
    public static AwardCriterion price(int weight, PriceFormula formula, int maxPoints) {
        Validation validation = new Validation();
        checkWeight(validation, weight);
        validation.required(formula, "priceFormula");
        validation.check(maxPoints > 0, "maxPoints", "tender.criterion.maxPointsInvalid", maxPoints);
        validation.throwIfInvalid();
        return new AwardCriterion(CriterionType.PRICE, weight, formula, maxPoints, List.of());
    }

    /** A criterion the specialist group scores on the given sub-criteria, each once (by title). */
    public static AwardCriterion scored(CriterionType type, int weight, List<SubCriterion> subCriteria) {
        if (!type.isScored()) {
            throw new IllegalArgumentException("price is computed, not scored: use AwardCriterion.price");
        }
        Validation validation = new Validation();
        checkWeight(validation, weight);
        Set<String> titles = new HashSet<>();
        subCriteria.stream().map(SubCriterion::getTitle).filter(title -> !titles.add(title)).findFirst()
                .ifPresent(title -> validation.add(new Violation("subCriteria", "tender.criterion.subCriterionTwice",
                        title)));
        validation.throwIfInvalid();
        return new AwardCriterion(type, weight, null, null, subCriteria);
    }

    private static void checkWeight(Validation validation, int weight) {
        validation.check(weight >= 0 && weight <= 100, "weight", "tender.criterion.weightInvalid", weight);
    }

    void belongTo(Tender owner) {
        this.tender = owner;
    }

    /** Takes over the weight, formula and sub-criteria of {@code other}, a criterion of the same type. */
    void reviseTo(AwardCriterion other) {
        List<SubCriterion> revised = new ArrayList<>(other.subCriteria);
        this.weight = other.weight;
        this.priceFormula = other.priceFormula;
        this.maxPoints = other.maxPoints;
        this.subCriteria.clear();
        this.subCriteria.addAll(revised);
    }

    public CriterionType getType() {
        return type;
    }

    /** Whole percent, 0 to 100. */
    public int getWeight() {
        return weight;
    }

    /** For price only; null otherwise. */
    public PriceFormula getPriceFormula() {
        return priceFormula;
    }

    /** For price only; null otherwise. */
    public Integer getMaxPoints() {
        return maxPoints;
    }

    /** For scored criteria; empty for price. */
    public List<SubCriterion> getSubCriteria() {
        return List.copyOf(subCriteria);
    }

    @Override
    public String toString() {
        return type + " " + weight + " %";
    }
}
