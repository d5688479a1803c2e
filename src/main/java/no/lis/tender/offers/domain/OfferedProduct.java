package no.lis.tender.offers.domain;

import no.lis.tender.catalogue.domain.Checks;
import no.lis.tender.catalogue.domain.Varenummer;
import jakarta.json.JsonObject;
import no.lis.tender.shared.domain.Validation;

import java.util.Map;

/**
 * A pack offered on a lot, known by its varenummer: a product of the catalogue or one not yet in
 * it, described as the supplier writes it. A broken rule names the field ({@code varenummer},
 * {@code productName}, {@code packDescription}); every one is reported at once.
 */
public record OfferedProduct(Varenummer varenummer, String productName, String packDescription) {

    public static final int NAME_LENGTH = 200;
    public static final int PACK_LENGTH = 200;

    public OfferedProduct {
        Validation validation = new Validation();
        validation.required(varenummer, "varenummer");
        String name = productName;
        String pack = packDescription;
        productName = validation.field("productName", () -> Checks.text(name, NAME_LENGTH));
        packDescription = validation.field("packDescription", () -> Checks.text(pack, PACK_LENGTH));
        validation.throwIfInvalid();
    }

    static OfferedProduct fromJson(JsonObject json) {
        return new OfferedProduct(new Varenummer(json.getString("varenummer")), json.getString("productName"),
                json.getString("packDescription"));
    }

    Map<String, Object> toJson() {
        return Map.of("varenummer", varenummer.value(), "productName", productName, "packDescription", packDescription);
    }
}
