package no.lis.tender.shared.infrastructure;

/**
 * EclipseLink's query hints for reading a collection or reference of many entities at once (batch
 * fetch), for the {@code Jpa…Repository} classes, so that the domain keeps only JPA annotations: a
 * query with {@code setHint(BATCH, "a.lines").setHint(BATCH_TYPE, IN)} reads the lines of every
 * agreement it finds in one more statement ({@code … WHERE AGREEMENT_ID IN (…)}) when the first one is
 * touched, instead of one statement per agreement.
 */
public final class BatchReads {

    /** The attribute to read in a batch, with the query's alias: {@code "a.lines"}; may be given several times. */
    public static final String BATCH = "eclipselink.batch";
    /** How the batch is read: {@link #IN}. */
    public static final String BATCH_TYPE = "eclipselink.batch.type";
    /** The batch read by the ids of the rows found ({@code IN (…)}), not by repeating the query. */
    public static final String IN = "IN";

    private BatchReads() {
    }
}
