package no.lis.tender.catalogue.application;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Validation;

import java.util.Optional;
import java.util.function.LongFunction;

/** The checks every use case of the catalogue makes of the ids and versions in its command. */
final class CommandChecks {

    private CommandChecks() {
    }

    /** The aggregate a command changes; {@code not.found} if there is none with that id. */
    static <T> T existing(Long id, LongFunction<Optional<T>> finder, Thing thing) {
        return Optional.ofNullable(id).flatMap(finder::apply)
                .orElseThrow(() -> new DomainException(null, "not.found", thing.named(id)));
    }

    /** What a required id of a command refers to, checked under {@code field}: given, and found. */
    static <T> T reference(Validation validation, String field, Long id, LongFunction<Optional<T>> finder,
                           Thing thing) {
        return validation.required(id, field) ? optionalReference(validation, field, id, finder, thing) : null;
    }

    /** What an optional id of a command refers to, checked under {@code field}: {@code null}, or found. */
    static <T> T optionalReference(Validation validation, String field, Long id, LongFunction<Optional<T>> finder,
                                   Thing thing) {
        return id == null ? null : validation.field(field, () -> existing(id, finder, thing));
    }
}
