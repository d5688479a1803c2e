package no.lis.tender.shared.api;

import jakarta.ws.rs.core.HttpHeaders;
import no.lis.tender.shared.domain.Messages;

import java.util.Locale;

/** The language of API messages: English if the caller prefers it, bokmål otherwise. */
public final class ApiLocale {

    private ApiLocale() {
    }

    public static Locale of(HttpHeaders headers) {
        return headers == null ? Messages.BOKMAL : Messages.preferred(headers.getAcceptableLanguages());
    }
}
