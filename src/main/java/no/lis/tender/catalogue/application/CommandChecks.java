package no.lis.tender.catalogue.application;

import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Validation;

import java.util.Optional;
import java.util.function.Function;

/** The checks every use case of the catalogue makes of the ids its command refers to, each under its field. */
final class CommandChecks {

    private CommandChecks() {
    }

    /** What a required id of a command refers to, checked under {@code field}: given, and found. */
    static <T> T reference(Validation validation, String field, Long id, Function<Long, Optional<T>> finder,
                           Thing thing) {
        return validation.required(id, field) ? optionalReference(validation, field, id, finder, thing) : null;
    }

    /** What an optional id of a command refers to, checked under {@code field}: {@code null}, or found. */
    static <T> T optionalReference(Validation validation, String field, Long id, Function<Long, Optional<T>> finder,
                                   Thing thing) {
        return id == null ? null : validation.field(field, () -> Existing.require(id, finder, thing));
    }
}
