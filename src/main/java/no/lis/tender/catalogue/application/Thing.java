package no.lis.tender.catalogue.application;

/**
 * The kinds of things in the catalogue, by their Norwegian names (the words users see), to name
 * one of them in the argument of a {@code not.found} or {@code concurrent.modification} message.
 */
enum Thing {
    SUPPLIER("Leverandør"),
    SUBSTANCE("Virkestoff"),
    PRODUCT("Legemiddel"),
    THERAPEUTIC_AREA("Terapiområde"),
    SPECIALIST_GROUP("Spesialistgruppe");

    private final String noun;

    Thing(String noun) {
        this.noun = noun;
    }

    /** E.g. "Leverandør 42" or "Leverandør Pfizer AS". */
    String named(Object idOrName) {
        return noun + " " + idOrName;
    }
}
