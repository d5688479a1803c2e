package no.lis.tender.agreements.adherence.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.adherence.application.AdherenceOverview;
import no.lis.tender.agreements.adherence.application.ConsumptionImported;
import no.lis.tender.agreements.adherence.application.FollowUpQueries;
import no.lis.tender.agreements.adherence.application.ImportConsumption;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.application.PricedRead;
import no.lis.tender.shared.application.UploadLimits;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.shared.web.PricedPages;
import no.lis.tender.shared.web.Uploads;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.List;

/**
 * Import of a consumption file and the adherence to the recommendations per hospital trust and
 * therapeutic area for a period. A refused file lists every error by line; nothing of it is stored.
 */
@Named
@ViewScoped
@PricedRead("adherence")
public class AdherenceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImportConsumption importConsumption;
    @Inject
    FollowUpQueries queries;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;
    @Inject
    PricedPages pricedPages;
    @Inject
    UploadLimits limits;

    private transient UploadedFile file;
    private ConsumptionImported imported;
    private List<String> lineErrors = List.of();
    private String from;
    private String to;
    private AdherenceOverview adherence;

    public void load() {
        if (adherence == null) {
            adherence = queries.adherence(null, null);
            from = adherence.from();
            to = adherence.to();
            pricedPages.shown(this);
        }
    }

    /** Imports the chosen file: a summary of what was stored, or every line error and nothing stored. */
    public void upload() {
        imported = null;
        lineErrors = List.of();
        try {
            imported = importConsumption.importFile(limits.csv("file").read(Uploads.stream(file)), user.username());
            show();
        } catch (DomainException e) {
            lineErrors = messages.texts(e);
        }
    }

    /** Shows the adherence for the period typed. */
    public void show() {
        messages.attempt(() -> adherence = queries.adherence(from, to));
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public ConsumptionImported getImported() {
        return imported;
    }

    public List<String> getLineErrors() {
        return lineErrors;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public AdherenceOverview getAdherence() {
        return adherence;
    }
}
