package no.lis.tender.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.identity.application.AcceptInvitation;
import no.lis.tender.identity.application.ChooseNewPassword;
import no.lis.tender.shared.web.FacesMessages;

import java.io.Serializable;

/**
 * Where a reset link or an invitation lands: she chooses her password (and, invited, gives her name), then
 * logs in with the username the page tells her.
 */
@Named
@ViewScoped
public class NewPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChooseNewPassword chooseNewPassword;
    @Inject
    AcceptInvitation acceptInvitation;
    @Inject
    FacesMessages messages;

    /** From the link: the token, and whether it is an invitation. */
    private String token;
    private boolean invitation;
    private String password;
    private String fullName;
    private String chosenBy;

    public void choose() {
        String typed = password;
        password = null;
        if (messages.attempt(() -> chosenBy = invitation ? acceptInvitation.accept(token, fullName, typed)
                : chooseNewPassword.choose(token, typed))) {
            messages.info(invitation ? "invitation.done" : "newPassword.done", chosenBy);
            token = null;
        }
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
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
