package no.lis.tender.documents.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.documents.application.DocumentQueries;
import no.lis.tender.documents.application.MarkNoticeRead;
import no.lis.tender.documents.domain.Notice;
import no.lis.tender.identity.application.CurrentUser;

import java.io.Serializable;
import java.util.List;

/** The supplier's notices of new and amended tender documents, unread first. */
@Named
@ViewScoped
public class SupplierNoticesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentQueries documents;
    @Inject
    MarkNoticeRead markNoticeRead;
    @Inject
    CurrentUser user;

    // transient: an entity is not written with the session; loaded again on the node that reads the session back
    private transient List<Notice> notices;

    @PostConstruct
    void load() {
        notices = documents.noticesOf(user.supplierId().orElse(null));
    }

    public void markRead(Long noticeId) {
        markNoticeRead.markRead(noticeId, user.supplierId().orElse(null));
        load();
    }

    public List<Notice> getNotices() {
        if (notices == null) {
            load();
        }
        return notices;
    }
}
