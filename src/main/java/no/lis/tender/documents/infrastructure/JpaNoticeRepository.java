package no.lis.tender.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.lis.tender.documents.domain.Notice;
import no.lis.tender.documents.domain.NoticeRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaNoticeRepository implements NoticeRepository {

    @PersistenceContext(unitName = "lis")
    EntityManager em;

    @Override
    public void add(Notice notice) {
        em.persist(notice);
    }

    @Override
    public Optional<Notice> find(Long id) {
        return Optional.ofNullable(em.find(Notice.class, id));
    }

    /** Sorted here by {@link Notice#UNREAD_FIRST}: JPQL could say "unread first" only through how a database sorts NULL. */
    @Override
    public List<Notice> findBySupplier(Long supplierId) {
        return em.createNamedQuery("Notice.findBySupplier", Notice.class).setParameter("supplierId", supplierId)
                .getResultStream().sorted(Notice.UNREAD_FIRST).toList();
    }
}
