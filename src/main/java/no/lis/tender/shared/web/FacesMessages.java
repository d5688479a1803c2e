package no.lis.tender.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import no.lis.tender.shared.application.Failures;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.shared.domain.Violation;
import java.util.function.UnaryOperator;

/**
 * Puts messages from the resource bundle on the page, in the user's language. A broken domain
 * rule appears beside the field it names (the input whose id is the field path with dots and
 * brackets turned into underscores) and in the page's message area.
 */
@RequestScoped
public class FacesMessages {

    @Inject
    FacesContext faces;

    public void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = Messages.format(faces.getViewRoot().getLocale(), key, arguments);
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** Shows every violation, beside its field where the form has one, and marks the request failed. */
    public void show(String formId, DomainException e) {
        show(field -> clientIdOf(formId, field), e);
    }

    /** Shows every violation beside the component {@code clientIdOf} names for its field (none: at the top). */
    public void show(UnaryOperator<String> clientIdOf, DomainException e) {
        for (Violation violation : e.violations()) {
            add(violation.field() == null ? null : clientIdOf.apply(violation.field()), FacesMessage.SEVERITY_ERROR,
                    violation.messageKey(), violation.arguments());
        }
        faces.validationFailed();
    }

    public void showConcurrentChange() {
        add(null, FacesMessage.SEVERITY_ERROR, "concurrent.modification.generic");
        faces.validationFailed();
    }

    /** Runs an action of a view; broken rules and concurrent edits become messages, nothing is lost from the form. */
    public boolean attempt(String formId, Runnable action) {
        return attempt(field -> clientIdOf(formId, field), action);
    }

    /**
     * {@link #attempt(String, Runnable)} for fields that the form shows in table rows or other places
     * whose client ids the view knows: {@code clientIdOf} maps a violation's field to one.
     */
    public boolean attempt(UnaryOperator<String> clientIdOf, Runnable action) {
        try {
            action.run();
            return true;
        } catch (DomainException e) {
            show(clientIdOf, e);
        } catch (PersistenceException | TransactionalException e) {
            // a change that met another at commit: an optimistic lock, or a double click's unique key
            if (Failures.kindOf(e) != Failures.Kind.CONFLICT) {
                throw e;
            }
            showConcurrentChange();
        }
        return false;
    }

    private String clientIdOf(String formId, String field) {
        if (formId == null || field == null) {
            return null;
        }
        String clientId = formId + ":" + field.replaceAll("[.\\[\\]]+", "_").replaceAll("_$", "");
        UIComponent component = faces.getViewRoot().findComponent(":" + clientId);
        return component == null ? null : clientId;
    }
}
