package no.lis.tender.offers.domain;

import jakarta.json.JsonObject;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.tendering.domain.QualificationKind;

import java.util.HashMap;
import java.util.Map;

/**
 * The supplier's statement against one qualification requirement of the tender, named by its kind:
 * whether it meets it ({@code met}, null while not yet stated in a draft) and its text, e.g. how it is
 * documented; for "not met" the text is required when the offer is submitted ({@link Espd}).
 */
public record RequirementStatement(QualificationKind kind, Boolean met, String text) {

    public static final int TEXT_LENGTH = 4000;

    public RequirementStatement {
        Validation validation = new Validation();
        validation.required(kind, "kind");
        text = validation.optionalText("text", text, TEXT_LENGTH);
        validation.throwIfInvalid();
    }

    /** Whether the supplier stated that it does not meet the requirement. */
    public boolean isNotMet() {
        return Boolean.FALSE.equals(met);
    }

    static RequirementStatement fromJson(JsonObject json) {
        return new RequirementStatement(QualificationKind.valueOf(json.getString("kind")),
                json.isNull("met") ? null : json.getBoolean("met"), json.isNull("text") ? null : json.getString("text"));
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new HashMap<>();
        json.put("kind", kind.name());
        json.put("met", met);
        json.put("text", text);
        return json;
    }
}
