package no.lis.tender.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import no.lis.tender.shared.domain.Messages;

import java.util.Locale;

/**
 * The user's language: bokmål by default, English on request. The choice is kept in the HTTP session,
 * but reading it never makes one: an anonymous reader of the public pages gets bokmål without a session,
 * so that those pages can be kept once and served to every such reader (PublicPages).
 */
@Named
@RequestScoped
public class LocaleView {

    /** The session attribute holding the chosen {@link Locale}. */
    static final String CHOSEN = LocaleView.class.getName() + ".chosen";

    public Locale getLocale() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        Object chosen = context.getSession(false) == null ? null : context.getSessionMap().get(CHOSEN);
        return chosen instanceof Locale locale ? locale : Messages.BOKMAL;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void switchTo(String language) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Messages.BOKMAL;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getSessionMap().put(CHOSEN, locale);
        faces.getViewRoot().setLocale(locale);
    }
}
