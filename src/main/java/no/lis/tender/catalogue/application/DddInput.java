package no.lis.tender.catalogue.application;

import no.lis.tender.catalogue.domain.AdministrationRoute;
import no.lis.tender.catalogue.domain.Ddd;
import no.lis.tender.catalogue.domain.DoseUnit;

import java.math.BigDecimal;

/** A DDD as typed; all three parts left out means the substance has no DDD. */
public record DddInput(BigDecimal amount, DoseUnit unit, AdministrationRoute route) {

    boolean isEmpty() {
        return amount == null && unit == null && route == null;
    }

    Ddd toDdd() {
        return new Ddd(amount, unit, route);
    }
}
