package no.lis.tender.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import no.lis.tender.shared.application.ParallelWork;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.evaluation.domain.TenderRankingRepository;
import no.lis.tender.shared.infrastructure.NamedQueries;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Stores a ranking as pages of lots ({@link RankingPages}): replacing writes the tender's pages as
 * one JDBC batch on the transaction's connection, without EclipseLink's per-object work. Reading
 * goes through the mapped page entity ({@link RankingPage}), only the pages that hold the lots asked for.
 */
@ApplicationScoped
public class JpaTenderRankingRepository implements TenderRankingRepository {

    private static final int PER_PAGE = RankingPages.LOTS_PER_PAGE;

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Inject
    ParallelWork parallel;

    @Override
    public void replace(Long tenderId, List<LotOutcome> outcomes) {
        // What the caller changed is written now, and what it read for the evaluation (the tender's
        // lots, the offers) is let go, so that nothing later in the transaction looks for changes in it.
        em.flush();
        em.clear();
        try {
            RankingPages.replace(em.unwrap(Connection.class), tenderId, outcomes, parallel);
        } catch (SQLException e) {
            throw new PersistenceException("could not store the ranking of tender " + tenderId, e);
        }
    }

    @Override
    public List<LotOutcome> page(Long tenderId, int first, int size) {
        if (first < 0 || size <= 0) {
            return List.of();
        }
        long last = (long) first + size - 1;
        int firstPage = first / PER_PAGE;
        int lastPage = (int) Math.min(Integer.MAX_VALUE, last / PER_PAGE);
        List<RankingPage> pages = NamedQueries.query(em, RankingPage.class, "RankingPage.pages",
                "tenderId", tenderId, "from", firstPage, "to", lastPage).getResultList();
        return pages.stream().flatMap(page -> RankingPages.between(page.pageNumber(), page.content(), first, last)
                .stream()).toList();
    }

    @Override
    public long count(Long tenderId) {
        Number lots = NamedQueries.query(em, Number.class, "RankingPage.count", "tenderId", tenderId)
                .getSingleResult();
        return lots == null ? 0 : lots.longValue();
    }

    @Override
    public Optional<LotOutcome> lot(Long tenderId, int lotNumber) {
        return NamedQueries.query(em, RankingPage.class, "RankingPage.lot", "tenderId", tenderId, "lotNumber", lotNumber)
                .getResultStream().flatMap(page -> RankingPages.rows(page.content()).stream())
                .filter(row -> row.lotNumber() == lotNumber).findFirst().map(LotOutcomeRow::toOutcome);
    }
}
