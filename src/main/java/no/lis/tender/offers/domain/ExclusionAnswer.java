package no.lis.tender.offers.domain;

import jakarta.json.JsonObject;
import no.lis.tender.shared.domain.Validation;

import java.util.HashMap;
import java.util.Map;

/**
 * The supplier's answer to one exclusion ground: whether it applies ({@code applies}, null while not
 * yet answered in a draft) and, required for "yes" when the offer is submitted ({@link Espd}), the
 * explanation: what happened and the self-cleaning measures taken.
 */
public record ExclusionAnswer(ExclusionGround ground, Boolean applies, String explanation) {

    public static final int EXPLANATION_LENGTH = 4000;

    public ExclusionAnswer {
        Validation validation = new Validation();
        validation.required(ground, "ground");
        explanation = validation.optionalText("explanation", explanation, EXPLANATION_LENGTH);
        validation.throwIfInvalid();
    }

    /** Whether the supplier answered "yes": the ground applies to it. */
    public boolean isYes() {
        return Boolean.TRUE.equals(applies);
    }

    static ExclusionAnswer fromJson(JsonObject json) {
        return new ExclusionAnswer(ExclusionGround.valueOf(json.getString("ground")),
                json.isNull("applies") ? null : json.getBoolean("applies"),
                json.isNull("explanation") ? null : json.getString("explanation"));
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new HashMap<>();
        json.put("ground", ground.name());
        json.put("applies", applies);
        json.put("explanation", explanation);
        return json;
    }
}
