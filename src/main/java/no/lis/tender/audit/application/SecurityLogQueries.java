package no.lis.tender.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.audit.domain.SecurityLogHead;
import no.lis.tender.audit.domain.SecurityLogQuery;
import no.lis.tender.audit.domain.SecurityLogRepository;

import java.util.List;

/** What the security log page and API read: pages of entries, their number, and the head. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SecurityLogQueries {

    /** The head of the chain: the number and hash of its last entry, for noting outside the system. */
    public record Head(long sequence, String hash) {
    }

    private final SecurityLogRepository log;

    @Inject
    public SecurityLogQueries(SecurityLogRepository log) {
        this.log = log;
    }

    /** For the CDI proxy. */
    protected SecurityLogQueries() {
        this(null);
    }

    public List<SecurityLogRow> entries(SecurityLogQuery query, int first, int max, SecurityLogQuery.Sort sort,
                                        boolean ascending) {
        return log.find(query, first, max, sort, ascending).stream().map(SecurityLogRow::of).toList();
    }

    public long count(SecurityLogQuery query) {
        return log.count(query);
    }

    public Head head() {
        SecurityLogHead head = log.head();
        return new Head(head.getLastSequence(), head.getLastHash());
    }
}
