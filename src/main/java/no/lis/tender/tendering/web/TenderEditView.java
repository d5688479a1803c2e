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

import java.io.IOException;
import java.io.Serializable;

/**
 * The tender page: the tender the buyer edits, the version of it she saw, and the publish step.
 * Each tab has its own view ({@link TenderDetailsView}, {@link TenderLotsView},
 * {@link TenderCriteriaView}, {@link TenderQualificationView}, {@link TenderTimelineView},
 * {@link TenderQuestionsView}) that fills its form from the tender read here and saves with the
 * version kept here, so that a change made by someone else meanwhile is refused whichever tab saves.
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
    // The tender is an entity: transient, not written with the session, and loaded again (tender()) on the
    // node that reads the session back. The version the buyer saw is kept, so that a change made by someone
    // else meanwhile is still refused after a failover.
    private transient Tender tender;
    private Long tenderVersion;

    /** Loads the tender named by the {@code id} parameter; an unknown id shows the not-found page. */
    public void load() throws IOException {
        if (tenderVersion != null) {
            return;
        }
        reload();
        if (tender == null) {
            Pages.respondNotFound();
        }
    }

    /** Reads the tender again after a save, and takes its new version as the one the buyer has seen. */
    void reload() {
        tender = id == null ? null : queries.detail(id).orElse(null);
        tenderVersion = tender == null ? null : tender.getVersion();
    }

    /** The version the buyer's next save must match. */
    Long version() {
        return tenderVersion;
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
                getTender().getReference().value());
    }

    public boolean isEditable() {
        return getTender() != null && getTender().getStatus().isEditable();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Tender getTender() {
        if (tender == null && id != null) {
            tender = queries.detail(id).orElse(null);
        }
        return tender;
    }
}
