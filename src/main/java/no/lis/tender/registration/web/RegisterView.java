package no.lis.tender.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.registration.application.RegisterCompany;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.shared.web.Pages;

import java.io.Serializable;

/**
 * The public registration of a supplier: the company and its first user. After it the page says where the
 * link to verify her address went; the form is gone, so that a second click cannot register twice.
 */
@Named
@ViewScoped
public class RegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegisterCompany registerCompany;
    @Inject
    FacesMessages messages;

    private String organisationNumber;
    private String companyName;
    private String fullName;
    private String email;
    private String username;
    private String password;
    /** The address the link went to, once registered. */
    private String sentTo;

    public void register() {
        RegisterCompany.Command command = new RegisterCompany.Command(organisationNumber, companyName, fullName, email,
                username, password);
        password = null;
        if (messages.attempt(() -> sentTo = registerCompany.register(command, Pages.clientAddress()).getEmail())) {
            messages.info("registration.sent", sentTo);
        }
    }

    public boolean isRegistered() {
        return sentTo != null;
    }

    public String getSentTo() {
        return sentTo;
    }

    public String getOrganisationNumber() {
        return organisationNumber;
    }

    public void setOrganisationNumber(String organisationNumber) {
        this.organisationNumber = organisationNumber;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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
