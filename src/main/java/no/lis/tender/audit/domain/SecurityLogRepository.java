package no.lis.tender.audit.domain;

import java.util.List;

/** Where the security log's chain is kept: its head, and its entries, which are only ever added. */
public interface SecurityLogRepository {

    /**
     * The head, locked until the end of the transaction against every other append, on this server
     * and any other that shares the database.
     */
    SecurityLogHead lockHead();

    /** The head as it stands, without a lock. */
    SecurityLogHead head();

    /** Stores a new entry (made by {@link SecurityLogHead#append}). */
    void add(SecurityLogEntry entry);

    /** At most {@code max} entries numbered after {@code after} and up to {@code upTo}, by number. */
    List<SecurityLogEntry> chain(long after, long upTo, int max);

    /** One page of the entries the query selects, in the order asked for. */
    List<SecurityLogEntry> find(SecurityLogQuery query, int first, int max, SecurityLogQuery.Sort sort,
                                boolean ascending);

    long count(SecurityLogQuery query);
}
