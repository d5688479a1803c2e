package no.lis.tender.agreements.recommendations.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.recommendations.application.PriceAccessQueries;
import no.lis.tender.agreements.recommendations.application.PriceAccessQueries.PriceAccessRow;
import no.lis.tender.agreements.recommendations.application.RequestPriceAccess;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.List;

/** A hospital employee's page: asks for the priced edition for her trust, and sees her requests and grants. */
@Named
@ViewScoped
public class PriceAccessRequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PriceAccessQueries queries;
    @Inject
    RequestPriceAccess requestPriceAccess;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;

    private List<PriceAccessRow> mine = List.of();
    private List<String> hospitalTrusts = List.of();
    private String hospitalTrust;
    private String reason;

    @PostConstruct
    void load() {
        mine = queries.of(user.username());
        hospitalTrusts = queries.hospitalTrusts();
    }

    public void request() {
        if (messages.attempt(() -> requestPriceAccess.request(user.username(), user.fullName(), user.has(Role.SUPPLIER),
                hospitalTrust, reason))) {
            messages.info("priceAccess.requested", hospitalTrust);
            reason = null;
            load();
        }
    }

    public List<PriceAccessRow> getMine() {
        return mine;
    }

    public List<String> getHospitalTrusts() {
        return hospitalTrusts;
    }

    public String getHospitalTrust() {
        return hospitalTrust;
    }

    public void setHospitalTrust(String hospitalTrust) {
        this.hospitalTrust = hospitalTrust;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
