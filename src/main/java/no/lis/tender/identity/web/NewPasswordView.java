package no.lis.tender.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.identity.application.ChooseNewPassword;
import no.lis.tender.shared.web.FacesMessages;

import java.io.Serializable;

/** Where a reset link or an invitation lands: she chooses her password, then logs in. */
@Named
@ViewScoped
public class NewPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChooseNewPassword chooseNewPassword;
    @Inject
    FacesMessages messages;

    /** From the link: the token, and whether it is an invitation. */
    private String token;
    private boolean invitation;
    private String password;
    private String chosenBy;

    public void choose() {
        String typed = password;
        password = null;
        if (messages.attempt(() -> chosenBy = chooseNewPassword.choose(token, typed, invitation))) {
            messages.info("newPassword.done", chosenBy);
            token = null;
        }
    }

    public boolean isDone() {
        return chosenBy != null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isInvitation() {
        return invitation;
    }

    public void setInvitation(boolean invitation) {
        this.invitation = invitation;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
