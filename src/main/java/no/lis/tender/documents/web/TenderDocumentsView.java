package no.lis.tender.documents.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.documents.application.AmendDocument;
import no.lis.tender.documents.application.AmendDocumentCommand;
import no.lis.tender.documents.application.AttachDocument;
import no.lis.tender.documents.application.AttachDocumentCommand;
import no.lis.tender.documents.application.DocumentQueries;
import no.lis.tender.documents.domain.DocumentKind;
import no.lis.tender.documents.domain.DownloadRecord;
import no.lis.tender.documents.domain.TenderDocument;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.shared.application.PdfScreening;
import no.lis.tender.shared.domain.CheckedPdf;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.shared.web.Pages;
import no.lis.tender.shared.web.Uploads;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The documents of a tender on its pages: every version with its download link (replaced versions
 * marked), and for buyers the upload of attachments, new versions with a change note, and the log
 * of who downloaded what.
 */
@Named
@ViewScoped
public class TenderDocumentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PdfScreening pdfScreening;
    @Inject
    DocumentQueries documents;
    @Inject
    AttachDocument attachDocument;
    @Inject
    AmendDocument amendDocument;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;

    private Long tenderId;
    // transient: an entity is not written with the session; loaded again on the node that reads the session back
    private transient List<TenderDocument> all;
    private DocumentKind kind = DocumentKind.CONTRACT_DRAFT;
    private String title;
    private Long amending;
    private String changeNote;
    private transient UploadedFile file;

    @PostConstruct
    void load() {
        tenderId = Pages.idParameter("id").orElse(null);
        refresh();
    }

    private void refresh() {
        all = tenderId == null ? List.of() : documents.documentsOf(tenderId);
    }

    public void attach() {
        UploadedFile upload = file;
        if (messages.attempt(() -> {
            CheckedPdf checked = Uploads.screenedPdf(pdfScreening, upload);
            if (amending != null) {
                amendDocument.amend(new AmendDocumentCommand(amending, changeNote, checked), user.username());
            } else {
                attachDocument.attach(new AttachDocumentCommand(tenderId, kind, title, checked), user.username());
            }
        })) {
            messages.info(amending != null ? "documents.page.amended" : "documents.page.attached");
            title = null;
            changeNote = null;
            amending = null;
            refresh();
        }
    }

    public List<TenderDocument> getAll() {
        if (all == null) {
            refresh();
        }
        return all;
    }

    /** The current versions a buyer may replace. */
    public List<TenderDocument> getCurrent() {
        return getAll().stream().filter(TenderDocument::isCurrent).toList();
    }

    public List<DownloadRecord> getDownloads() {
        return user.has(Role.BUYER) || user.has(Role.ADMIN) ? documents.downloadsOf(tenderId) : List.of();
    }

    public List<DocumentKind> getUploadKinds() {
        return Arrays.stream(DocumentKind.values()).filter(k -> !k.isGenerated()).toList();
    }

    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getAmending() {
        return amending;
    }

    public void setAmending(Long amending) {
        this.amending = amending;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
