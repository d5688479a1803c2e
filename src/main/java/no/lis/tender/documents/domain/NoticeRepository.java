package no.lis.tender.documents.domain;

import java.util.List;
import java.util.Optional;

public interface NoticeRepository {

    Notice save(Notice notice);

    Optional<Notice> find(Long id);

    /** The supplier's notices in the order {@link Notice#UNREAD_FIRST}. */
    List<Notice> findBySupplier(Long supplierId);
}
