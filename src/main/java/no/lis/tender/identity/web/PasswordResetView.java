package no.lis.tender.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.identity.application.RequestPasswordReset;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.shared.web.Pages;

import java.io.Serializable;

/** A user who forgot her password asks for a link; the page answers the same whether the address is known. */
@Named
@ViewScoped
public class PasswordResetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestPasswordReset requestPasswordReset;
    @Inject
    FacesMessages messages;

    private String email;
    private boolean requested;

    public void request() {
        if (messages.attempt(() -> requestPasswordReset.request(email, Pages.clientAddress()))) {
            messages.info("passwordReset.sent", email);
            requested = true;
        }
    }

    public boolean isRequested() {
        return requested;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
