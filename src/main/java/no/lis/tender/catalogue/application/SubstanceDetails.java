package no.lis.tender.catalogue.application;

import java.time.LocalDate;

/** What a substance is registered or updated with, as the user typed it. */
public interface SubstanceDetails {

    String atcCode();

    String name();

    /** {@code null} (or all parts empty) where the substance has no DDD. */
    DddInput ddd();

    LocalDate patentExpiry();

    /** {@code null} for none. */
    Long therapeuticAreaId();
}
