package no.lis.tender.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.tabview.Tab;

import java.util.Iterator;
import java.util.Locale;

/**
 * Faces' own messages (a value that is no date, a required field left empty) on a page of tabs name the
 * tab of their field, as the domain's do through {@link FacesMessages#attemptOnTabs}: "Fanen Tidsplan –
 * Tilbudsfrist: «32.13» er ikke en dato". Faces writes the field's label itself (the {@code p:outputLabel});
 * a form in a tab asks for the tab with {@code <f:event type="postValidate" listener="#{tabMessagesView.name}"/>}.
 */
@Named
@RequestScoped
public class TabMessagesView {

    @Inject
    FacesContext faces;

    /** After the form of {@code event} is validated: every message of a component in it names the form's tab. */
    public void name(ComponentSystemEvent event) {
        UIComponent form = event.getComponent();
        String tab = titleOfTabAround(form);
        if (tab == null) {
            return;
        }
        Locale locale = faces.getViewRoot().getLocale();
        String inForm = form.getClientId(faces) + UINamingContainer.getSeparatorChar(faces);
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            if (id == null || !id.startsWith(inForm)) {
                continue;
            }
            for (Iterator<FacesMessage> messages = faces.getMessages(id); messages.hasNext(); ) {
                FacesMessage message = messages.next();
                message.setSummary(FacesMessages.Place.onTab(locale, tab, message.getSummary()));
                if (message.getDetail() != null) {
                    message.setDetail(FacesMessages.Place.onTab(locale, tab, message.getDetail()));
                }
            }
        }
    }

    static String titleOfTabAround(UIComponent component) {
        for (UIComponent around = component; around != null; around = around.getParent()) {
            if (around instanceof Tab tab) {
                return tab.getTitle();
            }
        }
        return null;
    }
}
