package no.lis.tender.tendering.application;

import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.application.DefineAwardCriteriaCommand.CriterionInput;
import no.lis.tender.tendering.application.DefineAwardCriteriaCommand.SubCriterionInput;
import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.CriterionType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.CLOCK;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DefineAwardCriteriaTest {

    private static final List<SubCriterionInput> PACKAGING =
            List.of(new SubCriterionInput("Emballasje", "Lite plast", 0, 10, "ENV-PACKAGING"));

    private final Drafts drafts = new Drafts();
    private final DefineAwardCriteria defineAwardCriteria = new DefineAwardCriteria(drafts.tenders, CLOCK);
    private final Long id = drafts.plan(3);

    private void define(String justification, CriterionInput... criteria) {
        defineAwardCriteria.define(new DefineAwardCriteriaCommand(id, 0L, List.of(criteria), justification), BUYER);
    }

    @Test
    void priceAndEnvironmentAreSetWithTheirDetails() {
        define(null, new CriterionInput("PRICE", 70, "LINEAR", null, null),
                new CriterionInput("environment", 30, null, null, PACKAGING));

        List<AwardCriterion> criteria = drafts.tender(id).getCriteria();
        assertThat(criteria).extracting(AwardCriterion::getType, AwardCriterion::getWeight)
                .containsExactly(tuple(CriterionType.PRICE, 70), tuple(CriterionType.ENVIRONMENT, 30));
        assertThat(criteria.get(0).getMaxPoints()).isEqualTo(AwardCriterion.DEFAULT_PRICE_POINTS);
        assertThat(criteria.get(1).getSubCriteria().get(0).getLibraryCode()).isEqualTo("ENV-PACKAGING");
    }

    @Test
    void weightsSummingTo90AreRefused() {
        assertThat(refusal(() -> define(null, new CriterionInput("PRICE", 60, "LINEAR", 10, null),
                new CriterionInput("ENVIRONMENT", 30, null, null, PACKAGING))))
                .containsExactly(new Violation("criteria.weights", "tender.criteria.weightsSum", 90));
    }

    @Test
    void brokenInputIsReportedUnderTheCriterionAndSubCriterionPaths() {
        List<SubCriterionInput> broken = List.of(new SubCriterionInput("", null, 10, 0, null));

        assertThat(refusal(() -> define(null, new CriterionInput("PRICE", null, "CHEAPEST", null, null),
                new CriterionInput("QUALITY", 101, null, null, broken),
                new CriterionInput(null, 10, null, null, null))))
                .containsExactlyInAnyOrder(
                        new Violation("criteria[0].weight", "validation.required"),
                        new Violation("criteria[0].priceFormula", "tendering.choice.invalid", "CHEAPEST"),
                        new Violation("criteria[1].subCriteria[0].scale", "tender.scale.invalid", 10, 0),
                        new Violation("criteria[1].subCriteria[0].title", "validation.required"),
                        new Violation("criteria[1].weight", "tender.criterion.weightInvalid", 101),
                        new Violation("criteria[2].type", "validation.required"));
    }

    @Test
    void environmentBelowTheMainRuleIsAcceptedWithAJustification() {
        define("Miljø er stilt som minstekrav.", new CriterionInput("PRICE", 90, "LOWEST_PRICE_RATIO", 100, null),
                new CriterionInput("ENVIRONMENT", 10, null, null, PACKAGING));

        assertThat(drafts.tender(id).getEnvironmentJustification().getGivenBy()).isEqualTo(BUYER);
    }
}
