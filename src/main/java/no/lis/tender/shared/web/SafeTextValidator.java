package no.lis.tender.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.shared.domain.Validation;

/**
 * The rule for characters in text ({@link Validation#unsafeCharacter(CharSequence, boolean)}) on
 * every text field of every page, as a default validator: a control character or a text-direction
 * override is refused beside the field, named by its label. Only a text area may hold line breaks.
 * Made a default validator in faces-config.xml.
 */
@FacesValidator("lis.safeText")
public class SafeTextValidator implements Validator<Object> {

    @Override
    public void validate(FacesContext faces, UIComponent component, Object value) {
        if (!(value instanceof String text)) {
            return;
        }
        int unsafe = Validation.unsafeCharacter(text, component instanceof HtmlInputTextarea);
        if (unsafe >= 0) {
            Object label = component.getAttributes().get("label");
            String message = Messages.format(faces.getViewRoot().getLocale(), "text.unsafeCharacter.field",
                    label == null ? component.getId() : label, Validation.codePointName(unsafe));
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        }
    }
}
