package no.lis.tender.shared.api;

import jakarta.ws.rs.core.HttpHeaders;
import no.lis.tender.shared.domain.Messages;

import java.util.Locale;
import java.util.Set;

/** The language of API messages: English if the caller prefers it, bokmål otherwise. */
public final class ApiLocale {

    private ApiLocale() {
    }

    public static Locale of(HttpHeaders headers) {
        if (headers != null) {
            for (Locale accepted : headers.getAcceptableLanguages()) {
                if ("en".equals(accepted.getLanguage())) {
                    return Locale.ENGLISH;
                }
                if (Set.of("nb", "no", "nn").contains(accepted.getLanguage())) {
                    return Messages.BOKMAL;
                }
            }
        }
        return Messages.BOKMAL;
    }
}
