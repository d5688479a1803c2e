package no.lis.tender.identity.domain;

/**
 * The roles of LIS Tender. The string constants are for {@code @RolesAllowed}; the names are
 * the group names that the identity store returns.
 */
public enum Role {
    /** Procurement adviser (innkjøpsrådgiver): plans, publishes, opens, evaluates and awards. */
    BUYER,
    /** Member of a specialist group: declares impartiality and scores offers. */
    SPECIALIST,
    /** A supplier's user, linked to exactly one supplier. */
    SUPPLIER,
    /** Hospital staff with a need to know (tjenstlig behov): sees recommendations with prices. */
    PRICE_VIEWER,
    /** Administers users and reference data. */
    ADMIN;

    public static final String BUYER_NAME = "BUYER";
    public static final String SPECIALIST_NAME = "SPECIALIST";
    public static final String SUPPLIER_NAME = "SUPPLIER";
    public static final String PRICE_VIEWER_NAME = "PRICE_VIEWER";
    public static final String ADMIN_NAME = "ADMIN";
}
