package no.lis.tender.tendering.application;

import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.CriterionTemplate;
import no.lis.tender.tendering.domain.CriterionType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class SaveCriterionTemplateTest {

    private final InMemoryCriterionTemplateRepository library = new InMemoryCriterionTemplateRepository(List.of());
    private final SaveCriterionTemplate saveCriterionTemplate = new SaveCriterionTemplate(library);

    private Long addColdChain() {
        return saveCriterionTemplate.save(new SaveCriterionTemplateCommand(null, null, "qua-cold-chain", "QUALITY",
                "Kjølekjede", "Tåler romtemperatur i minst 30 dager", 0, 10, true));
    }

    @Test
    void aNewTemplateIsAddedToTheLibrary() {
        CriterionTemplate template = library.find(addColdChain()).orElseThrow();

        assertThat(template.getCode()).isEqualTo("QUA-COLD-CHAIN");
        assertThat(template.getType()).isEqualTo(CriterionType.QUALITY);
        assertThat(library.findActive()).containsExactly(template);
    }

    @Test
    void aCodeInUseIsRefused() {
        addColdChain();

        assertThat(refusal(this::addColdChain))
                .containsExactly(new Violation("code", "criterionTemplate.code.taken", "QUA-COLD-CHAIN"));
    }

    @Test
    void aDeactivatedTemplateLeavesThePickList() {
        Long id = addColdChain();

        saveCriterionTemplate.save(new SaveCriterionTemplateCommand(id, 0L, "IGNORED", "QUALITY", "Kjølekjede", null,
                0, 5, false));

        assertThat(library.findActive()).isEmpty();
        assertThat(library.find(id).orElseThrow().getCode()).isEqualTo("QUA-COLD-CHAIN");
    }

    @Test
    void everyBrokenInputOfAnEditIsReportedAtOnce() {
        Long id = addColdChain();

        assertThat(refusal(() -> saveCriterionTemplate.save(new SaveCriterionTemplateCommand(id, 0L, null, "COLOUR",
                "", null, 3, 1, true)))).containsExactly(
                new Violation("type", "tendering.choice.invalid", "COLOUR"),
                new Violation("defaultScale", "tender.scale.invalid", 3, 1),
                new Violation("title", "validation.required"));
    }

    @Test
    void anEditOfAnOldVersionIsRefused() {
        Long id = addColdChain();

        assertThat(refusal(() -> saveCriterionTemplate.save(new SaveCriterionTemplateCommand(id, 3L, null, "QUALITY",
                "Kjølekjede", null, 0, 10, true))))
                .containsExactly(new Violation(null, "concurrent.modification", Thing.CRITERION_TEMPLATE.named("QUA-COLD-CHAIN")));
    }
}
