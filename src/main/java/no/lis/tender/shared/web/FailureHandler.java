package no.lis.tender.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import no.lis.tender.shared.application.Failures;
import no.lis.tender.shared.application.Incidents;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.shared.domain.Violation;

import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * What a page does with a failure that its view did not catch, so that no page ever shows a stack
 * trace: an unknown thing ({@code not.found}) shows the not-found page with 404; a broken rule or a
 * change that met another at commit (a double click) becomes a message on the page, with what the
 * user typed kept, where the page can still be shown; anything else is logged under an incident id
 * and the error page shows that id (with 500, or by a redirect for an Ajax request). An expired view
 * is left to the login page of web.xml.
 */
public class FailureHandler extends ExceptionHandlerWrapper {

    /** The request attribute that carries the incident id to the error page. */
    public static final String INCIDENT = "no.lis.tender.incident";

    public FailureHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new FailureHandler(getWrapped().getExceptionHandler());
        }
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEventContext event = events.next().getContext();
            Throwable failure = event.getException();
            if (isViewExpired(failure)) {
                continue;
            }
            events.remove();
            if (!faces.getResponseComplete()) {
                handle(faces, failure, event.getPhaseId());
            }
        }
        // the container's error page is a request of its own, which leaves no current FacesContext
        // behind: then there is nothing left for the wrapped handler either
        if (FacesContext.getCurrentInstance() != null) {
            getWrapped().handle();
        }
    }

    private static void handle(FacesContext faces, Throwable failure, PhaseId phase) {
        Failures.Kind kind = Failures.kindOf(failure);
        Optional<DomainException> rule = Failures.brokenRule(failure);
        if (rule.isPresent() && isNotFound(rule.get())) {
            show(faces, "/error/not-found.xhtml", 404);
        } else if (kind != Failures.Kind.UNEXPECTED && phase != PhaseId.RENDER_RESPONSE) {
            if (rule.isPresent()) {
                rule.get().violations().forEach(violation -> message(faces, violation));
            } else {
                message(faces, new Violation(null, switch (kind) {
                    case CONFLICT -> "concurrent.commit";
                    case BUSY -> "server.busy";
                    default -> "request.value.tooLarge";
                }));
            }
            faces.validationFailed();
        } else {
            String incident = Incidents.report(failure, where(faces.getExternalContext()));
            faces.getExternalContext().getRequestMap().put(INCIDENT, incident);
            show(faces, "/error/error.xhtml?incident=" + incident, 500);
        }
    }

    private static boolean isNotFound(DomainException rule) {
        String key = rule.violations().get(0).messageKey();
        return key.equals("not.found") || key.endsWith(".notFound") || key.endsWith(".notYours");
    }

    private static void message(FacesContext faces, Violation violation) {
        String text = Messages.format(faces.getViewRoot().getLocale(), violation);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /**
     * The error page {@code page}: by the container's error page for {@code status} where it can still
     * be sent, by a redirect in an Ajax request (whose answer the browser would not show).
     */
    private static void show(FacesContext faces, String page, int status) {
        ExternalContext external = faces.getExternalContext();
        try {
            if (faces.getPartialViewContext().isAjaxRequest()) {
                if (!external.isResponseCommitted()) {
                    external.responseReset();
                }
                external.redirect(external.getRequestContextPath() + page);
            } else {
                external.responseSendError(status, null);
            }
        } catch (IOException | IllegalStateException alreadySent) {
            // the page is partly sent: what it shows stays, the failure is in the log
        }
        faces.responseComplete();
    }

    private static boolean isViewExpired(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static String where(ExternalContext external) {
        return external.getRequestServletPath() + (external.getRequestPathInfo() == null ? "" : external.getRequestPathInfo());
    }
}
