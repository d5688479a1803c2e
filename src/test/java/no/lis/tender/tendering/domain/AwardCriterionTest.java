package no.lis.tender.tendering.domain;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AwardCriterionTest {

    @Test
    void weightIsAWholePercentFromZeroTo100() {
        assertThat(AwardCriterion.price(0, PriceFormula.LINEAR, 10).getWeight()).isZero();
        assertThat(AwardCriterion.scored(CriterionType.QUALITY, 100, List.of()).getWeight()).isEqualTo(100);
        assertThatThrownBy(() -> AwardCriterion.scored(CriterionType.QUALITY, 101, List.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("weight", "tender.criterion.weightInvalid", 101)));
    }

    @Test
    void priceNeedsAFormulaAndPositiveMaxPoints() {
        assertThatThrownBy(() -> AwardCriterion.price(-1, null, 0))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("weight", "priceFormula", "maxPoints"));
    }

    @Test
    void aSubCriterionIsScoredOnlyOnceInACriterion() {
        SubCriterion labelling = new SubCriterion("Merking", null, new Scale(0, 10), null);
        SubCriterion sameTitle = new SubCriterion("Merking", "Strekkode", new Scale(0, 5), null);

        assertThatThrownBy(() -> AwardCriterion.scored(CriterionType.QUALITY, 10, List.of(labelling, sameTitle)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .containsExactly(
                                new Violation("subCriteria", "tender.criterion.subCriterionTwice", "Merking")));
    }

    @Test
    void priceIsComputedNotScored() {
        assertThatThrownBy(() -> AwardCriterion.scored(CriterionType.PRICE, 50, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void subCriterionIsMarkedOnAScaleFromALowerToAHigherWholeNumber() {
        SubCriterion shelfLife = new SubCriterion(" Holdbarhet ", "", new Scale(0, 10), null);

        assertThat(shelfLife.getTitle()).isEqualTo("Holdbarhet");
        assertThat(shelfLife.getDescription()).isNull();
        assertThatThrownBy(() -> new Scale(5, 5))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation(null, "tender.scale.invalid", 5, 5)));
        assertThatThrownBy(() -> new Scale(-1, 10)).isInstanceOf(DomainException.class);
    }

    @Test
    void subCriterionNeedsATitleAndAScale() {
        assertThatThrownBy(() -> new SubCriterion(null, null, null, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("title", "scale"));
    }
}
