package no.lis.tender.agreements.recommendations.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.recommendations.application.DecidePriceAccess;
import no.lis.tender.agreements.recommendations.application.PriceAccessQueries;
import no.lis.tender.agreements.recommendations.application.PriceAccessQueries.PriceAccessRow;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * For buyers and administrators: every request for the priced edition, by hospital trust, and who
 * holds access until when; a request granted until a last day or refused with a reason.
 */
@Named
@ViewScoped
public class PriceAccessDecisionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PriceAccessQueries queries;
    @Inject
    DecidePriceAccess decidePriceAccess;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;

    private List<PriceAccessRow> all = List.of();
    private PriceAccessRow deciding;
    private LocalDate validUntil;
    private String refusalReason;

    @PostConstruct
    void load() {
        all = queries.all();
    }

    /** Opens the decision on {@code row}: no last day chosen (the default then applies), no reason. */
    public void start(PriceAccessRow row) {
        deciding = row;
        validUntil = null;
        refusalReason = null;
    }

    public void grant() {
        if (deciding != null && messages.attempt(() -> decidePriceAccess.grant(deciding.id(), deciding.version(), validUntil,
                user.username()))) {
            messages.info("priceAccess.granted", deciding.fullName(), deciding.hospitalTrust());
            load();
        }
    }

    public void refuse() {
        if (deciding != null && messages.attempt(() -> decidePriceAccess.refuse(deciding.id(), deciding.version(),
                refusalReason, user.username()))) {
            messages.info("priceAccess.refused", deciding.fullName());
            load();
        }
    }

    public List<PriceAccessRow> getAll() {
        return all;
    }

    public PriceAccessRow getDeciding() {
        return deciding;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public void setRefusalReason(String refusalReason) {
        this.refusalReason = refusalReason;
    }
}
