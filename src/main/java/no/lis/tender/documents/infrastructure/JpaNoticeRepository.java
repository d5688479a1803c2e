package no.lis.tender.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.documents.domain.Notice;
import no.lis.tender.documents.domain.NoticeRepository;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaNoticeRepository extends JpaRepository<Notice> implements NoticeRepository {

    @Override
    public Optional<Notice> find(Long id) {
        return findById(id);
    }

    /** Sorted here by {@link Notice#UNREAD_FIRST}: JPQL could say "unread first" only through how a database sorts NULL. */
    @Override
    public List<Notice> findBySupplier(Long supplierId) {
        return named("findBySupplier", "supplierId", supplierId).getResultStream().sorted(Notice.UNREAD_FIRST).toList();
    }
}
