package no.lis.tender.tendering.domain;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CriterionTemplateTest {

    @Test
    void templateCodeIsTakenAsTypedButUpperCased() {
        CriterionTemplate template = new CriterionTemplate(" env-packaging ", CriterionType.ENVIRONMENT, "Emballasje",
                "Lite plast", new Scale(0, 10), true);

        assertThat(template.getCode()).isEqualTo("ENV-PACKAGING");
        assertThat(template.isActive()).isTrue();
    }

    @Test
    void everyBrokenRuleOfANewTemplateIsReportedAtOnce() {
        assertThatThrownBy(() -> new CriterionTemplate("1 bad", CriterionType.PRICE, "", null, null, true))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("code", "criterionTemplate.code.invalid", "1 BAD"),
                        new Violation("type", "criterionTemplate.type.price"),
                        new Violation("title", "validation.required"),
                        new Violation("defaultScale", "validation.required")));
    }

    @Test
    void aDeactivatedTemplateKeepsItsCode() {
        CriterionTemplate template = TenderFixtures.template("QUA-SHELF-LIFE");

        template.revise(CriterionType.QUALITY, "Holdbarhet", "Etter anbrudd", new Scale(1, 5), false);

        assertThat(template.isActive()).isFalse();
        assertThat(template.getCode()).isEqualTo("QUA-SHELF-LIFE");
        assertThat(template.getDefaultScale()).isEqualTo(new Scale(1, 5));
    }

    @Test
    void aSubCriterionTakenFromTheLibraryRemembersTheCode() {
        SubCriterion sub = TenderFixtures.template("SUP-SAFETY-STOCK").toSubCriterion();

        assertThat(sub.getLibraryCode()).isEqualTo("SUP-SAFETY-STOCK");
        assertThat(sub.getScale()).isEqualTo(new Scale(0, 10));
    }
}
