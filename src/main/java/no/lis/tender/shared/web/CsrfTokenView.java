package no.lis.tender.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The session's {@link CsrfToken}, for the page template's {@code lis-csrf-token} meta element. */
@Named
@RequestScoped
public class CsrfTokenView {

    @Inject
    HttpServletRequest request;

    public String getValue() {
        return CsrfToken.of(request.getSession());
    }
}
