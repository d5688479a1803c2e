package no.lis.tender.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.identity.application.ApiTokenQueries;
import no.lis.tender.identity.application.ApiTokenQueries.TokenSummary;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.application.IssueApiToken;
import no.lis.tender.identity.application.RevokeApiToken;
import no.lis.tender.identity.domain.ApiToken;
import no.lis.tender.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.List;

/** A user's own API tokens: make one (its secret is shown once), see when each was last used, revoke. */
@Named
@ViewScoped
public class ApiTokensView implements Serializable {

    @Inject
    CurrentUser currentUser;
    @Inject
    ApiTokenQueries queries;
    @Inject
    IssueApiToken issueApiToken;
    @Inject
    RevokeApiToken revokeApiToken;
    @Inject
    FacesMessages messages;

    private String name;
    private Integer validDays = ApiToken.DEFAULT_VALID_DAYS;
    private List<TokenSummary> tokens = List.of();
    /** The secret just issued, shown on this one answer and never kept in the view's saved state. */
    private transient String issuedSecret;

    @PostConstruct
    void load() {
        tokens = queries.tokensOf(currentUser.username());
    }

    public void issue() {
        issuedSecret = null;
        messages.attempt(() -> {
            issuedSecret = issueApiToken.issue(currentUser.username(), name, validDays).secret();
            name = null;
            validDays = ApiToken.DEFAULT_VALID_DAYS;
        });
        load();
    }

    public void revoke(long id) {
        issuedSecret = null;
        if (messages.attempt(() -> revokeApiToken.revoke(currentUser.username(), id))) {
            messages.info("tokens.revoked");
        }
        load();
    }

    public List<TokenSummary> getTokens() {
        return tokens;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }

    public int getMaxValidDays() {
        return ApiToken.MAX_VALID_DAYS;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getValidDays() {
        return validDays;
    }

    public void setValidDays(Integer validDays) {
        this.validDays = validDays;
    }
}
