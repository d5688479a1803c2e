package no.lis.tender.tendering.web;

import no.lis.tender.shared.domain.Messages;
import no.lis.tender.shared.web.FacesMessages.Place;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TenderPageFieldsTest {

    @Test
    void aRuleOfThePublishStepPointsToTheTabAndTheFieldWhereItIsPutRight() {
        assertThat(TenderPageFields.of("timeline.questionDeadline")).isEqualTo(new Place("tender.tab.timeline", "timeline.questionDeadline"));
        assertThat(TenderPageFields.of("criteria.weights")).isEqualTo(new Place("tender.tab.criteria", "tender.criteria.total"));
        assertThat(TenderPageFields.of("criteria[2].subCriteria[0].title"))
                .isEqualTo(new Place("tender.tab.criteria", "tender.subCriterion.title"));
        assertThat(TenderPageFields.of("criteria[1].type")).as("a field without a label of its own: its tab")
                .isEqualTo(new Place("tender.tab.criteria", null));
        assertThat(TenderPageFields.of("lots")).isEqualTo(new Place("tender.tab.lots", null));
        assertThat(TenderPageFields.of("estimatedValue")).isEqualTo(new Place("publication.tab", "tender.estimatedValue"));
        assertThat(TenderPageFields.of("somethingElse")).isNull();
    }

    @Test
    void aRuleOfTheLotDialogNamesTheLotsTabAndTheDialogsLabel() {
        assertThat(TenderPageFields.of("lots[3].title")).isEqualTo(new Place("tender.tab.lots", "tender.lot.title"));
        assertThat(TenderPageFields.of("lots[1].estimatedAnnualVolume")).isEqualTo(new Place("tender.tab.lots", "tender.lot.volume"));
        assertThat(TenderPageFields.of("lots[1].markets")).isEqualTo(new Place("tender.tab.lots", "tender.lot.markets"));
        assertThat(Messages.format(Messages.BOKMAL, "tab.field.message", Messages.format(Messages.BOKMAL, "tender.tab.lots"),
                Messages.format(Messages.BOKMAL, "tender.lot.treatmentPeriodDays"), "Feltet må fylles ut."))
                .startsWith("Fanen ").contains(" – ").endsWith(": Feltet må fylles ut.");
    }

    @Test
    void everyTabAndLabelNamedHasATextInBothLanguages() {
        Stream.of("title", "therapeuticAreaId", "specialistGroupId", "marketPhase", "instrument", "lots", "lots[0].title", "lots[0].indication",
                        "lots[0].substances", "lots[0].estimatedAnnualVolume", "lots[0].volumeUnit", "lots[0].comparisonBasis",
                        "lots[0].treatmentPeriodDays", "lots[0].markets", "lots[0].scenarios", "criteria.weights",
                        "criteria.environmentJustification", "criteria[0].weight", "criteria[0].priceFormula", "criteria[0].maxPoints",
                        "criteria[0].subCriteria[0].title", "criteria[0].subCriteria[0].scale", "requirements[0].kind",
                        "requirements[0].text", "procedure", "estimatedValue", "contractNotice", "timeline.publication",
                        "timeline.questionDeadline", "timeline.submissionDeadline", "timeline.plannedAward", "timeline.agreementStart",
                        "timeline.agreementEnd", "timeline.optionYears", "timeline.tenderPeriodJustification",
                        "timeline.questionPeriodJustification", "timeline.frameworkLengthJustification")
                .map(TenderPageFields::of)
                .forEach(place -> Stream.of(Messages.BOKMAL, Locale.ENGLISH).forEach(locale -> {
                    assertThat(Messages.format(locale, place.tabKey())).as(place + " in " + locale).isNotEqualTo(place.tabKey());
                    if (place.labelKey() != null) {
                        assertThat(Messages.format(locale, place.labelKey())).as(place + " in " + locale).isNotEqualTo(place.labelKey());
                    }
                }));
    }
}
