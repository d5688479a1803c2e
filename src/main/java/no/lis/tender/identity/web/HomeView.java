package no.lis.tender.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.ServletException;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;

/** Sends each user to the start page of their role; logs out. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    /** The start page for the current user, or {@code null} (stay on the public start page). */
    public String route() {
        if (!currentUser.isLoggedIn()) {
            return null;
        }
        return landingPage() + "?faces-redirect=true";
    }

    String landingPage() {
        if (currentUser.has(Role.BUYER) || currentUser.has(Role.ADMIN)) {
            return "/buyer/overview.xhtml";
        }
        if (currentUser.has(Role.SUPPLIER)) {
            return "/supplier/home.xhtml";
        }
        if (currentUser.has(Role.SPECIALIST)) {
            return "/specialist/home.xhtml";
        }
        if (currentUser.has(Role.PRICE_VIEWER)) {
            return "/pricing/home.xhtml";
        }
        return "/index.xhtml";
    }

    public String logout() throws ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/login.xhtml?faces-redirect=true&loggedOut=true";
    }
}
