package no.lis.tender.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.behavior.ClientBehaviorContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import no.lis.tender.shared.application.Failures;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.shared.domain.Violation;
import org.primefaces.component.outputlabel.OutputLabel;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts messages from the resource bundle on the page, in the user's language. A broken domain
 * rule appears beside the field it names and in the page's message area. The field is looked up in
 * the form the user submitted, so that views name no client ids: the page binds a message to an
 * input by giving it the field's id (the field path with dots and brackets turned into underscores),
 * or, for {@code lines[2].amount}, by an input {@code amount} in the rows of a data table of that
 * form (the table whose id is {@code lines}, else the first one with an input of that id).
 */
@RequestScoped
public class FacesMessages {

    private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

    @Inject
    FacesContext faces;

    public void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = Messages.format(faces.getViewRoot().getLocale(), key, arguments);
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /**
     * The outcome that shows {@code page} anew (a redirect, so that every part of it is built from what
     * was saved), with the message kept across the redirect. {@code page} carries its query string.
     */
    public String infoAfterRedirect(String page, String key, Object... arguments) {
        info(key, arguments);
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return page + (page.contains("?") ? "&" : "?") + "faces-redirect=true";
    }

    /**
     * Every violation of {@code e} as a text in the page's language, in order: for a list beside the
     * button that sent a file, where a refused file's rows and reasons are read one by one.
     */
    public List<String> texts(DomainException e) {
        Locale locale = faces.getViewRoot().getLocale();
        return e.violations().stream().map(violation -> Messages.format(locale, violation)).toList();
    }

    /**
     * Shows every violation beside the component {@code clientIdOf} names for its field (none: at the top),
     * naming the tab and the label {@code places} gives for its field, if any.
     */
    private void show(UnaryOperator<String> clientIdOf, Function<String, Place> places, boolean byLabel, DomainException e) {
        Locale locale = faces.getViewRoot().getLocale();
        for (Violation violation : e.violations()) {
            String field = violation.field();
            Place place = field == null ? null : places.apply(field);
            String clientId = field == null ? null : clientIdOf.apply(field);
            String text = Messages.format(locale, violation);
            if (place != null) {
                text = place.name(locale, text);
            } else if (byLabel && clientId != null) {
                text = namedByLabel(locale, clientId, text);
            }
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
        faces.validationFailed();
    }

    /**
     * {@code text} preceded by the label of the input {@code clientId} (its {@code p:outputLabel}, read in its
     * table row, so "Poeng: Holdbarhet") and, for an input on a tab, by the tab: "Fanen Delkontrakter – Tittel: …".
     */
    private String namedByLabel(Locale locale, String clientId, String text) {
        String[] named = {text};
        faces.getViewRoot().invokeOnComponent(faces, clientId, (context, input) -> {
            String label = labelOf(input);
            String tab = TabMessagesView.titleOfTabAround(input);
            if (label != null) {
                named[0] = tab == null ? Messages.format(locale, "field.message", label, text)
                        : Messages.format(locale, "tab.field.message", tab, label, text);
            } else if (tab != null) {
                named[0] = Place.onTab(locale, tab, text);
            }
        });
        return named[0];
    }

    /** The value of the {@code p:outputLabel} for {@code input}: the nearest one among the children of its ancestors. */
    private static String labelOf(UIComponent input) {
        for (UIComponent around = input.getParent(); around != null && !(around instanceof UIViewRoot); around = around.getParent()) {
            for (UIComponent child : around.getChildren()) {
                if (child instanceof OutputLabel label && input.getId().equals(label.getFor()) && label.getValue() != null) {
                    return label.getValue().toString();
                }
            }
            if (around instanceof UIForm) {
                break;
            }
        }
        return null;
    }

    /**
     * Where a field is on a page of tabs: the bundle keys of its tab's title and of its label ({@code null}
     * where the tab names it well enough, e.g. a tab whose list must not be empty).
     */
    public record Place(String tabKey, String labelKey) {

        public Place {
            Objects.requireNonNull(tabKey, "tabKey");
        }

        /** {@code text}, a message about the field, preceded by the tab and the label: "Fanen Tidsplan – Tilbudsfrist: …". */
        String name(Locale locale, String text) {
            String tab = Messages.format(locale, tabKey);
            return labelKey == null ? onTab(locale, tab, text)
                    : Messages.format(locale, "tab.field.message", tab, Messages.format(locale, labelKey), text);
        }

        /** {@code text}, a message that names its field already (as Faces' own do), preceded by the tab {@code tab}. */
        static String onTab(Locale locale, String tab, String text) {
            return Messages.format(locale, "tab.message", tab, text);
        }
    }

    public void showConcurrentChange() {
        add(null, FacesMessage.SEVERITY_ERROR, "concurrent.modification.generic");
        faces.validationFailed();
    }

    /**
     * Runs an action of a view; broken rules and concurrent edits become messages, beside their fields
     * in the form the user submitted, and nothing is lost from the form.
     */
    public boolean attempt(Runnable action) {
        return attempt(this::clientIdInSubmittedForm, field -> null, false, action);
    }

    /**
     * {@link #attempt(Runnable)} where each message names its field by the label the page gives it (and its tab,
     * if any), also at the top of the page or a dialog: "Tittel: Feltet må fylles ut." (issue 15).
     */
    public boolean attemptNamingFields(Runnable action) {
        return attempt(this::clientIdInSubmittedForm, field -> null, true, action);
    }

    /**
     * {@link #attempt(Runnable)} on a page of tabs: a violation of a field that {@code places} knows (else
     * null) names the field's tab and label, both beside the field and at the top of the page, so that a
     * refusal sent from outside the tab (publishing) says where to go: "Fanen Tidsplan – Tilbudsfrist:
     * Feltet må fylles ut."
     */
    public boolean attemptOnTabs(Function<String, Place> places, Runnable action) {
        return attempt(this::clientIdInSubmittedForm, places, false, action);
    }

    /** {@link #attempt(Runnable)} for the form with the client id {@code formId}, whichever form was submitted. */
    public boolean attempt(String formId, Runnable action) {
        return attempt(field -> clientIdOf(formId, field), field -> null, false, action);
    }

    /**
     * Runs the action; a violation's message goes to the component {@code clientIdOf} names for its field,
     * naming the place {@code places} gives for the field.
     */
    private boolean attempt(UnaryOperator<String> clientIdOf, Function<String, Place> places, boolean byLabel, Runnable action) {
        try {
            action.run();
            return true;
        } catch (DomainException e) {
            show(clientIdOf, places, byLabel, e);
        } catch (PersistenceException | TransactionalException e) {
            // a change that met another at commit: an optimistic lock, or a double click's unique key
            if (Failures.kindOf(e) != Failures.Kind.CONFLICT) {
                throw e;
            }
            showConcurrentChange();
        }
        return false;
    }

    /**
     * The form the user submitted: the one around the component that sent an Ajax request, else
     * (a full post decodes every form) the one that found its fields in the request.
     */
    private UIForm submittedForm() {
        UIViewRoot root = faces.getViewRoot();
        String source = faces.getExternalContext().getRequestParameterMap().get(ClientBehaviorContext.BEHAVIOR_SOURCE_PARAM_NAME);
        UIForm[] around = new UIForm[1];
        if (source != null) {
            // a client id with row indexes (a button in a table row) is found only by invokeOnComponent
            root.invokeOnComponent(faces, source, (context, component) -> around[0] = formAround(component));
        }
        return around[0] != null ? around[0] : submittedAmong(root);
    }

    private static UIForm formAround(UIComponent component) {
        UIComponent enclosing = component;
        while (enclosing != null && !(enclosing instanceof UIForm)) {
            enclosing = enclosing.getParent();
        }
        return (UIForm) enclosing;
    }

    private static UIForm submittedAmong(UIComponent component) {
        if (component instanceof UIForm form) {
            return form.isSubmitted() ? form : null;
        }
        for (Iterator<UIComponent> children = component.getFacetsAndChildren(); children.hasNext(); ) {
            UIForm form = submittedAmong(children.next());
            if (form != null) {
                return form;
            }
        }
        return null;
    }

    private String clientIdInSubmittedForm(String field) {
        UIForm form = submittedForm();
        if (form == null) {
            return null;
        }
        String inForm = clientIdOf(form.getClientId(faces), field);
        if (inForm != null) {
            return inForm;
        }
        Matcher row = ROW_FIELD.matcher(field);
        if (!row.matches()) {
            return null;
        }
        UIData table = tableWith(form, row.group(1), row.group(3));
        if (table == null) {
            // a form that edits one row of the list (a dialog): its input of that name
            return clientIdOf(form.getClientId(faces), row.group(3));
        }
        char separator = UINamingContainer.getSeparatorChar(faces);
        return table.getClientId(faces) + separator + row.group(2) + separator + row.group(3);
    }

    /** The data table named {@code list}, else the first one, whose rows hold a component with the id {@code input}. */
    private static UIData tableWith(UIComponent component, String list, String input) {
        UIData first = null;
        for (Iterator<UIComponent> children = component.getFacetsAndChildren(); children.hasNext(); ) {
            UIComponent child = children.next();
            UIData found = child instanceof UIData table && table.findComponent(input) != null ? table
                    : tableWith(child, list, input);
            if (found != null && list.equals(found.getId())) {
                return found;
            }
            if (first == null) {
                first = found;
            }
        }
        return first;
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
