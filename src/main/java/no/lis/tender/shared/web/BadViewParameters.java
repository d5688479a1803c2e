package no.lis.tender.shared.web;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page opened with a parameter that its view parameters cannot take (an id such as "abc" or
 * 99999999999999999999) names nothing: the not-found page with 404, not an empty page with 200.
 * On a GET only the view parameters are validated, so a failed validation there is theirs.
 */
public class BadViewParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        var faces = event.getFacesContext();
        if (!faces.isPostback() && faces.isValidationFailed() && !faces.getResponseComplete()) {
            try {
                Pages.respondNotFound();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before validation
    }
}
