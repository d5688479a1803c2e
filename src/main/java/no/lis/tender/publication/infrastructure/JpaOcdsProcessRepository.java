package no.lis.tender.publication.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import no.lis.tender.publication.domain.OcdsProcessRepository;
import no.lis.tender.tendering.domain.Timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The processes of the open data, found by their ids only, so that a page costs as many loads as it
 * has releases. The condition on {@code since} asks for each date that
 * {@link no.lis.tender.publication.domain.OcdsReleases#lastChange} takes the latest of: a step in the
 * tender's log (publication, every change of status), the award letters, an agreement concluded or an
 * option decided, and the days up to today on which an agreement started, or ended (the day after its
 * end or its termination). A day counts from its start in Norway, so a day is "at or after since" from
 * the first whole day that begins at or after it.
 */
@ApplicationScoped
public class JpaOcdsProcessRepository implements OcdsProcessRepository {

    private static final String PUBLISHED = "SELECT t.id FROM Tender t WHERE t.publishedAt IS NOT NULL";
    private static final String TENDER_CHANGED = " AND (t.publishedAt >= :since"
            + " OR EXISTS (SELECT l.id FROM Tender l JOIN l.log e WHERE l.id = t.id AND e.at >= :since)"
            + " OR EXISTS (SELECT d.id FROM AwardDecision d WHERE d.tenderId = t.id AND d.lettersIssued.at >= :since)"
            + " OR EXISTS (SELECT a.id FROM FrameworkAgreement a WHERE a.tenderId = t.id AND (a.concluded.at >= :since"
            + "     OR (a.startDate >= :sinceDay AND a.startDate <= :today)"
            + "     OR (a.endDate >= :dayBeforeSince AND a.endDate < :today)"
            + "     OR (a.terminatedOn >= :dayBeforeSince AND a.terminatedOn < :today)))"
            + " OR EXISTS (SELECT o.id FROM FrameworkAgreement o JOIN o.options p WHERE o.tenderId = t.id"
            + "     AND p.decided.at >= :since))";
    private static final String DIRECT = "SELECT a.id FROM DirectAgreement a";
    private static final String DIRECT_CHANGED = " WHERE a.concluded.at >= :since"
            + " OR (a.validFrom >= :sinceDay AND a.validFrom <= :today)"
            + " OR (a.validTo >= :dayBeforeSince AND a.validTo < :today)";

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public List<Long> publishedTenderIds(Instant since, LocalDate today) {
        return ids(PUBLISHED, TENDER_CHANGED, " ORDER BY t.id", since, today);
    }

    @Override
    public List<Long> directAgreementIds(Instant since, LocalDate today) {
        return ids(DIRECT, DIRECT_CHANGED, " ORDER BY a.id", since, today);
    }

    private List<Long> ids(String select, String changed, String order, Instant since, LocalDate today) {
        if (since == null) {
            return em.createQuery(select + order, Long.class).getResultList();
        }
        TypedQuery<Long> query = em.createQuery(select + changed + order, Long.class);
        LocalDate sinceDay = firstDayStartingAtOrAfter(since);
        query.setParameter("since", since);
        query.setParameter("sinceDay", sinceDay);
        query.setParameter("dayBeforeSince", sinceDay.minusDays(1));
        query.setParameter("today", today);
        return query.getResultList();
    }

    private static LocalDate firstDayStartingAtOrAfter(Instant since) {
        LocalDate day = Timeline.osloDate(since);
        return day.atStartOfDay(Timeline.OSLO).toInstant().isBefore(since) ? day.plusDays(1) : day;
    }
}
