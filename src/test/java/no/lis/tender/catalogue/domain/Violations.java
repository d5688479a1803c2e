package no.lis.tender.catalogue.domain;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Violation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.util.List;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The violations a piece of code is refused with, for the catalogue's tests. */
public final class Violations {

    private Violations() {
    }

    public static List<Violation> of(ThrowingCallable code) {
        DomainException refused = catchThrowableOfType(DomainException.class, code);
        if (refused == null) {
            throw new AssertionError("expected a DomainException, but nothing was refused");
        }
        return refused.violations();
    }

    public static Violation violation(String field, String messageKey, Object... arguments) {
        return new Violation(field, messageKey, arguments);
    }
}
