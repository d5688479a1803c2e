package no.lis.tender.catalogue.application;

import no.lis.tender.catalogue.domain.DoseUnit;
import no.lis.tender.catalogue.domain.Pack;

import java.math.BigDecimal;

/** A product's pack as typed, e.g. "injeksjonsvæske, oppløsning i ferdigfylt penn", 40 MG, 2 "ferdigfylt penn". */
public record PackInput(String form, BigDecimal strengthAmount, DoseUnit strengthUnit, BigDecimal packSize,
                        String packUnit) {

    Pack toPack() {
        return new Pack(form, strengthAmount, strengthUnit, packSize, packUnit);
    }
}
