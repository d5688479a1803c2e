package no.lis.tender.catalogue.application;

import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.catalogue.domain.Ddd;
import no.lis.tender.catalogue.domain.Substance;
import no.lis.tender.catalogue.domain.TherapeuticArea;

import java.time.LocalDate;

/** {@link SubstanceDetails} that have passed every rule of {@link SubstanceDetailsCheck}. */
record CheckedSubstanceDetails(AtcCode atcCode, String name, Ddd ddd, LocalDate patentExpiry,
                               TherapeuticArea therapeuticArea) {

    Substance toSubstance() {
        Substance substance = new Substance(atcCode, name);
        applyTo(substance);
        return substance;
    }

    /** Gives {@code substance} these details. */
    void applyTo(Substance substance) {
        substance.reclassify(atcCode);
        substance.rename(name);
        substance.defineDdd(ddd);
        substance.changePatentExpiry(patentExpiry);
        substance.assignTo(therapeuticArea);
    }
}
