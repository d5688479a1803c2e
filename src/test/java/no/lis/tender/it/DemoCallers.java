package no.lis.tender.it;

/**
 * The demo users (no.lis.tender.demo.DemoUsers) as callers of the integration-test server's API, with
 * the demo password. Named as the users are, so that a test reads {@code kari.put(...)} after
 * {@code import static no.lis.tender.it.DemoCallers.kari}. An {@link Api} holds no state between
 * calls, so every test class can share these.
 */
public final class DemoCallers {

    /** Buyer. */
    public static final Api kari = Api.as("kari");
    /** Buyer, the second for the opening. */
    public static final Api per = Api.as("per");
    /** Administrator. */
    public static final Api admin = Api.as("admin");
    /** Specialist, a member of the specialist group. */
    public static final Api ingrid = Api.as("ingrid");
    /** Specialist, a member of the specialist group. */
    public static final Api lars = Api.as("lars");
    /** Hospital pharmacist who may read prices. */
    public static final Api hanne = Api.as("hanne");
    /** Supplier: Sandoz AS. */
    public static final Api sandoz = Api.as("sandoz");
    /** Supplier: AbbVie AS. */
    public static final Api abbvie = Api.as("abbvie");
    /** Supplier: Pfizer AS. */
    public static final Api pfizer = Api.as("pfizer");

    private DemoCallers() {
    }
}
