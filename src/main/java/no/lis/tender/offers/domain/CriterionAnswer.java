package no.lis.tender.offers.domain;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import no.lis.tender.catalogue.domain.Checks;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.tendering.domain.CriterionType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The supplier's answer to one sub-criterion of a quality, environment or supply-security
 * criterion: a text, documents (e.g. environmental documentation as PDF, stored by the documents
 * context and referred to by id), or both. A broken rule names the field ({@code criterion},
 * {@code subCriterion}, {@code text}).
 */
public record CriterionAnswer(CriterionType criterion, String subCriterion, String text,
                              List<Long> attachmentDocumentIds) {

    public static final int SUB_CRITERION_LENGTH = 200;
    public static final int TEXT_LENGTH = 4000;
    public static final int MAX_ATTACHMENTS = 20;

    public CriterionAnswer {
        Validation validation = new Validation();
        if (validation.required(criterion, "criterion")) {
            validation.check(criterion.isScored(), "criterion", "offers.answer.criterionInvalid", criterion);
        }
        String title = subCriterion;
        String written = text;
        subCriterion = validation.field("subCriterion", () -> Checks.text(title, SUB_CRITERION_LENGTH));
        text = validation.field("text", () -> Checks.optionalText(written, TEXT_LENGTH));
        attachmentDocumentIds = attachmentDocumentIds == null ? List.of()
                : attachmentDocumentIds.stream().filter(Objects::nonNull).toList();
        validation.check(Checks.strippedOrNull(written) != null || !attachmentDocumentIds.isEmpty(), "text",
                "offers.answer.empty");
        validation.check(attachmentDocumentIds.size() <= MAX_ATTACHMENTS, "attachmentDocumentIds",
                "offers.answer.attachments.tooMany", MAX_ATTACHMENTS);
        validation.throwIfInvalid();
    }

    /** Equal for two answers that {@link #answersSameAs answer the same sub-criterion}, to find repeats in one pass. */
    List<Object> sameAsKey() {
        return List.of(criterion, subCriterion);
    }

    /** Whether this answers the same sub-criterion as {@code other}. */
    boolean answersSameAs(CriterionAnswer other) {
        return criterion == other.criterion && subCriterion.equals(other.subCriterion);
    }

    static CriterionAnswer fromJson(JsonObject json) {
        return new CriterionAnswer(CriterionType.valueOf(json.getString("criterion")), json.getString("subCriterion"),
                json.isNull("text") ? null : json.getString("text"),
                json.getJsonArray("attachmentDocumentIds").getValuesAs(JsonNumber.class).stream()
                        .map(JsonNumber::longValueExact).toList());
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new HashMap<>();
        json.put("criterion", criterion.name());
        json.put("subCriterion", subCriterion);
        json.put("text", text);
        json.put("attachmentDocumentIds", attachmentDocumentIds);
        return json;
    }
}
