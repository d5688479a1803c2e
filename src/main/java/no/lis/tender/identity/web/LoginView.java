package no.lis.tender.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.lis.tender.identity.application.LogIn;
import no.lis.tender.identity.application.LoginResult;
import no.lis.tender.shared.web.CsrfToken;
import no.lis.tender.shared.web.FacesMessages;

import java.io.IOException;

/**
 * The login form: hands the typed credential to the authentication mechanism. After too many
 * failed attempts it says how long to wait, the same for every username, known or not.
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    FacesMessages messages;

    private String username;
    private String password;

    public String login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, password)));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                // a session id that was seen or planted before the login is worth nothing after it (session fixation)
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                    CsrfToken.forget(request);
                }
                return "/index.xhtml?faces-redirect=true";
            }
            default -> {
                if (request.getAttribute(LogIn.THROTTLED_ATTRIBUTE) instanceof LoginResult.Throttled throttled) {
                    messages.add(null, FacesMessage.SEVERITY_ERROR, throttled.messageKey(), throttled.amount());
                } else if (request.getAttribute(LogIn.HELD_ATTRIBUTE) instanceof LoginResult.Held held) {
                    messages.add(null, FacesMessage.SEVERITY_WARN, held.hold().messageKey());
                } else {
                    messages.add(null, FacesMessage.SEVERITY_ERROR, "login.failed");
                }
            }
        }
        return null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
