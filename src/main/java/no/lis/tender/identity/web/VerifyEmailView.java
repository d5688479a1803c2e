package no.lis.tender.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.identity.application.VerifyEmail;
import no.lis.tender.shared.web.FacesMessages;

import java.io.Serializable;

/**
 * Where the link to verify an address lands. The address is verified when she presses the button, not when
 * the page opens: a mail filter that opens links to check them must not verify anything.
 */
@Named
@ViewScoped
public class VerifyEmailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VerifyEmail verifyEmail;
    @Inject
    FacesMessages messages;

    /** From the link's {@code token} parameter. */
    private String token;
    private boolean verified;

    public void verify() {
        if (messages.attempt(() -> {
            boolean waits = verifyEmail.verify(token);
            messages.info(waits ? "verification.doneAwaitingApproval" : "verification.done");
        })) {
            verified = true;
            token = null;
        }
    }

    public boolean isVerified() {
        return verified;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
