package no.lis.tender.tendering.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.shared.web.OpenTabView;
import no.lis.tender.shared.web.Pages;
import no.lis.tender.tendering.application.PublishTender;
import no.lis.tender.tendering.application.PublishTenderCommand;
import no.lis.tender.tendering.application.TenderQueries;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderHeader;

import java.io.IOException;
import java.io.Serializable;

/**
 * The tender page: the tender the buyer edits, the version of it she saw, and the publish step.
 * Each tab has its own view ({@link TenderDetailsView}, {@link TenderLotsView},
 * {@link TenderCriteriaView}, {@link TenderQualificationView}, {@link TenderTimelineView},
 * {@link TenderQuestionsView}) that fills its form from the tender read here and saves with the
 * version kept here, so that a change made by someone else meanwhile is refused whichever tab saves.
 * The head of the page and the details tab need only the tender's row ({@link TenderHeader}); the whole
 * tender is read when a tab that shows more is rendered.
 * The page renders only the open tab ({@link OpenTabView}), so a tab's view is made, and reads, only
 * when its tab is first shown.
 */
@Named
@ViewScoped
public class TenderEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenderQueries queries;
    @Inject
    PublishTender publishTender;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;
    @Inject
    OpenTabView openTab;

    private Long id;
    // What the page shows above its tabs and in the details tab (the tab open first), read as one row; the
    // whole tender (lots, criteria, timeline, log) is read only when a tab that shows it is rendered
    // (issue 14). The version the buyer saw is the header's, so that a change made by someone else since is
    // refused whichever tab saves, also after a failover.
    private TenderHeader header;
    // The tender is an entity: transient, not written with the session, and read again (getTender()) on the
    // node that reads the session back.
    private transient Tender tender;

    /** Loads the tender named by the {@code id} parameter; an unknown id shows the not-found page. */
    public void load() throws IOException {
        if (header != null) {
            return;
        }
        reload();
        if (header == null) {
            Pages.respondNotFound();
        }
    }

    /**
     * Reads the tender again after a save, and takes its new version as the one the buyer has seen: the whole
     * tender if a tab of this view has read it (the header then comes from it), the header alone otherwise.
     */
    void reload() {
        boolean whole = tender != null;
        tender = null;
        if (id == null) {
            header = null;
        } else if (whole) {
            header = getTender() == null ? null : TenderHeader.of(tender);
        } else {
            header = queries.header(id).orElse(null);
        }
    }

    /** The version the buyer's next save must match. */
    Long version() {
        return header == null ? null : header.version();
    }

    /**
     * Publishes the tender and shows the page anew on the open tab, so that every tab shows the published
     * tender; a refusal leaves the page as it was, with the reasons.
     */
    public String publish() {
        if (!messages.attemptOnTabs(TenderPageFields::of, () -> publishTender.publish(new PublishTenderCommand(id, version()), user.username()))) {
            return null;
        }
        return messages.infoAfterRedirect(openTab.keptIn("/tendering/tender.xhtml?id=" + id), "tender.published",
                getHeader().reference().value());
    }

    public boolean isEditable() {
        return getHeader() != null && getHeader().editable();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The tender's head: reference, title, status, phase, instrument, the details tab's fields, the version. */
    public TenderHeader getHeader() {
        if (header == null && id != null) {
            header = queries.header(id).orElse(null);
        }
        return header;
    }

    /** The whole tender, for the tabs that show its lots, criteria, timeline, requirements or log. */
    public Tender getTender() {
        if (tender == null && id != null) {
            tender = queries.detail(id).orElse(null);
        }
        return tender;
    }
}
