package no.lis.tender.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import no.lis.tender.shared.application.Incidents;

/**
 * The error page: only the incident id under which the failure is logged. It comes from
 * {@link FailureHandler}, from the redirect of an Ajax request, or, for a failure outside the pages
 * (a filter, a servlet), is made here from the container's error attributes.
 */
@Named
@RequestScoped
public class ErrorView {

    private String incident;

    public String getIncident() {
        if (incident == null) {
            incident = find(FacesContext.getCurrentInstance().getExternalContext());
        }
        return incident;
    }

    private static String find(ExternalContext external) {
        Object handled = external.getRequestMap().get(FailureHandler.INCIDENT);
        if (handled instanceof String id) {
            return id;
        }
        String redirected = external.getRequestParameterMap().get("incident");
        if (redirected != null && redirected.matches(Incidents.FORMAT)) {
            return redirected;
        }
        Object failure = external.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable thrown) {
            return Incidents.report(thrown, String.valueOf(external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI)));
        }
        return null;
    }
}
