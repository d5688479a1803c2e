package no.lis.tender.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import no.lis.tender.shared.domain.Messages;

import java.io.Serializable;
import java.util.Locale;

/** The user's language: bokmål by default, English on request. */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Messages.BOKMAL;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public void switchTo(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Messages.BOKMAL;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
