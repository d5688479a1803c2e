package no.lis.tender.tendering.domain;

/** The unit of a lot's estimated annual volume. */
public enum VolumeUnit {
    /** Defined daily doses, from the WHO ATC/DDD index. */
    DDD,
    PACKS
}
