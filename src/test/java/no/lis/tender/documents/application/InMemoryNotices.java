package no.lis.tender.documents.application;

import no.lis.tender.documents.domain.Notice;
import no.lis.tender.documents.domain.NoticeRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static no.lis.tender.shared.Stored.added;

class InMemoryNotices implements NoticeRepository {

    private final List<Notice> stored = new ArrayList<>();

    @Override
    public Notice save(Notice notice) {
        return added(stored, notice);
    }

    @Override
    public Optional<Notice> find(Long id) {
        return stored.stream().filter(n -> n.getId().equals(id)).findFirst();
    }

    @Override
    public List<Notice> findBySupplier(Long supplierId) {
        return stored.stream().filter(n -> n.getSupplierId().equals(supplierId)).sorted(Notice.UNREAD_FIRST).toList();
    }

    List<Notice> all() {
        return List.copyOf(stored);
    }
}
