package no.lis.tender.catalogue.domain;

/** How a product came to the market; it tells the market phase the substance is in. */
public enum ProductType {
    /** The first product of the substance, usually patented (originalpreparat). */
    ORIGINATOR,
    /** A biological medicine highly similar to an approved one (biotilsvarende legemiddel). */
    BIOSIMILAR,
    /** A chemical copy of an originator after patent expiry (generisk legemiddel). */
    GENERIC,
    /** A product bought in another EEA country and sold here (parallellimport). */
    PARALLEL_IMPORT
}
