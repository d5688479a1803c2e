package no.lis.tender.agreements.framework.domain;

import no.lis.tender.shared.domain.DomainException;

import java.util.Locale;

/** Which kind of agreement an MEA is on; in paths {@code direct} or {@code framework}. */
public enum AgreementKind {
    DIRECT, FRAMEWORK;

    /** The kind named {@code text} in a path or form ({@code direct}, {@code framework}); {@code mea.agreementKind} otherwise. */
    public static AgreementKind parse(String text) {
        for (AgreementKind kind : values()) {
            if (kind.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return kind;
            }
        }
        throw new DomainException(null, "mea.agreementKind", text);
    }

    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }
}
