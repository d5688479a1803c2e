package no.lis.tender.documents.application;

import no.lis.tender.shared.domain.Messages;

/** The bokmål the tender documents are written in: messages, and the labels of the tender's values. */
final class Texts {

    private Texts() {
    }

    static String bokmal(String key, Object... arguments) {
        return Messages.format(Messages.BOKMAL, key, arguments);
    }

    /** The label of {@code value}, e.g. "Klima og miljø" for {@code CriterionType.ENVIRONMENT}. */
    static String label(Enum<?> value) {
        return bokmal(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
