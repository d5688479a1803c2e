package no.lis.tender.catalogue.domain;

/** What a specialist group member does in the hospital. */
public enum Profession {
    CLINICIAN,
    HOSPITAL_PHARMACIST,
    OTHER
}
