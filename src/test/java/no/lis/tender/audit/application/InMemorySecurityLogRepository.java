package no.lis.tender.audit.application;

import no.lis.tender.audit.domain.SecurityLogEntry;
import no.lis.tender.audit.domain.SecurityLogHead;
import no.lis.tender.audit.domain.SecurityLogQuery;
import no.lis.tender.audit.domain.SecurityLogRepository;

import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The security log in memory, for the use cases' tests; counts the pages the chain is read in. */
class InMemorySecurityLogRepository implements SecurityLogRepository {

    final SecurityLogHead head = SecurityLogHead.empty();
    final TreeMap<Long, SecurityLogEntry> entries = new TreeMap<>();
    int chainReads;

    @Override
    public SecurityLogHead lockHead() {
        return head;
    }

    @Override
    public SecurityLogHead head() {
        return head;
    }

    @Override
    public void add(SecurityLogEntry entry) {
        if (entries.putIfAbsent(entry.getSequence(), entry) != null) {
            throw new IllegalStateException("entry " + entry.getSequence() + " exists");
        }
    }

    @Override
    public List<SecurityLogEntry> chain(long after, long upTo, int max) {
        chainReads++;
        return entries.subMap(after, false, upTo, true).values().stream().limit(max).toList();
    }

    @Override
    public List<SecurityLogEntry> find(SecurityLogQuery query, int first, int max, SecurityLogQuery.Sort sort,
                                       boolean ascending) {
        Comparator<SecurityLogEntry> order = Comparator.comparingLong(SecurityLogEntry::getSequence);
        return entries.values().stream().filter(selected(query)).sorted(ascending ? order : order.reversed())
                .skip(first).limit(max).toList();
    }

    @Override
    public long count(SecurityLogQuery query) {
        return entries.values().stream().filter(selected(query)).count();
    }

    private static Predicate<SecurityLogEntry> selected(SecurityLogQuery query) {
        return e -> (query.kind() == null || query.kind().name().equals(e.getKind()))
                && (query.actor() == null || query.actor().equals(e.getActor()));
    }
}
