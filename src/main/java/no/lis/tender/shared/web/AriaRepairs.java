package no.lis.tender.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import org.primefaces.component.autocomplete.AutoComplete;

import java.io.IOException;
import java.io.Writer;
import java.util.Set;

/**
 * PrimeFaces 15 renderers with the ARIA that axe-core refuses (WCAG 4.1.2) repaired, registered in
 * {@code faces-config.xml} in place of PrimeFaces' own. Each renders as PrimeFaces does, through a
 * writer that changes one attribute on one kind of element:
 * <ul>
 *   <li>{@code p:messages} writes each message as {@code <li role="alert">}, which leaves its list
 *   without items (rule {@code list}); the messages' container is already {@code aria-live="polite"}.</li>
 *   <li>{@code p:selectOneRadio} in the page and line layouts writes {@code aria-checked} on the
 *   {@code div} around each option, an element without a checked state (rule {@code aria-allowed-attr});
 *   the radio input inside carries the state.</li>
 *   <li>{@code p:fileUpload} with {@code skinSimple} hides its file input from screen readers
 *   ({@code aria-hidden}) behind its own choose button, but leaves it in the tab order (rule
 *   {@code aria-hidden-focus}); it is taken out of the tab order, the choose button still opens it.</li>
 *   <li>{@code p:autoComplete multiple="true"} writes its chosen items (chips) and its text input in one list of
 *   role {@code listbox} without a name: the input's {@code li} is no option (rules {@code aria-required-children}
 *   and {@code listitem}) and the listbox has no name (rule {@code aria-input-field-name}). The chips become a
 *   plain list named by the field's label, each chip an item that reads its label; the input inside stays the
 *   combobox its label names. PrimeFaces' script adds a chip the user chooses with the same ARIA:
 *   {@code resources/js/aria-repairs.js} takes it off there.</li>
 * </ul>
 */
public final class AriaRepairs {

    private AriaRepairs() {
    }

    /** {@code p:messages} without {@code role="alert"} on its list items. */
    public static class MessagesRenderer extends org.primefaces.component.messages.MessagesRenderer {
        @Override
        public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
            repaired(context, (out, element, name, value, property) -> {
                if (!("li".equals(element) && "role".equals(name))) {
                    out.writeAttribute(name, value, property);
                }
            }, () -> super.encodeEnd(context, component));
        }
    }

    /** {@code p:selectOneRadio} without {@code aria-checked} on the {@code div} around an option. */
    public static class SelectOneRadioRenderer extends org.primefaces.component.selectoneradio.SelectOneRadioRenderer {
        @Override
        public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
            repaired(context, (out, element, name, value, property) -> {
                if (!("div".equals(element) && "aria-checked".equals(name))) {
                    out.writeAttribute(name, value, property);
                }
            }, () -> super.encodeEnd(context, component));
        }
    }

    /** {@code p:fileUpload} whose hidden file input is out of the tab order. */
    public static class FileUploadRenderer extends org.primefaces.component.fileupload.FileUploadRenderer {
        @Override
        public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
            repaired(context, (out, element, name, value, property) -> {
                out.writeAttribute(name, value, property);
                if ("input".equals(element) && "aria-hidden".equals(name) && "true".equals(String.valueOf(value))) {
                    out.writeAttribute("tabindex", "-1", null);
                }
            }, () -> super.encodeEnd(context, component));
        }
    }

    /**
     * {@code p:autoComplete multiple="true"} whose chips are a plain list named by the field's label (its
     * {@code label}, which {@code p:outputLabel} gives it), not a listbox that holds the text input too.
     */
    public static class AutoCompleteRenderer extends org.primefaces.component.autocomplete.AutoCompleteRenderer {
        @Override
        protected void encodeMultipleMarkup(FacesContext context, AutoComplete component) throws IOException {
            repaired(context, new ChipList(component.getAttributes().get("label")), () -> super.encodeMultipleMarkup(context, component));
        }
    }

    /** The chips' list without listbox and option roles; the classes are PrimeFaces' (autocomplete.js finds them). */
    private static final class ChipList implements Repair {
        private static final Set<String> LIST_ONLY = Set.of("role", "aria-orientation");
        private static final Set<String> OPTION_ONLY = Set.of("role", "aria-selected", "aria-label");
        private final Object label;
        private Set<String> classes = Set.of();

        ChipList(Object label) {
            this.label = label;
        }

        @Override
        public void element(String name) {
            classes = Set.of();
        }

        @Override
        public void attribute(ResponseWriter out, String element, String name, Object value, String property) throws IOException {
            if ("class".equals(name) && value != null) {
                classes = Set.copyOf(java.util.Arrays.asList(String.valueOf(value).trim().split("\\s+")));
            }
            if ("ul".equals(element) && classes.contains("ui-autocomplete-multiple-container") && LIST_ONLY.contains(name)) {
                if ("role".equals(name) && label != null) {
                    out.writeAttribute("aria-label", label, null);
                }
                return;
            }
            if ("li".equals(element) && classes.contains("ui-autocomplete-token") && OPTION_ONLY.contains(name)) {
                return;
            }
            out.writeAttribute(name, value, property);
        }
    }

    /** How an attribute of an element is written: {@code out} writes it as PrimeFaces asked. */
    private interface Repair {
        void attribute(ResponseWriter out, String element, String name, Object value, String property) throws IOException;

        /** An element starts. */
        default void element(String name) {
        }
    }

    private interface Rendering {
        void run() throws IOException;
    }

    private static void repaired(FacesContext context, Repair repair, Rendering rendering) throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new Repairing(original, repair));
        try {
            rendering.run();
        } finally {
            context.setResponseWriter(original);
        }
    }

    private static final class Repairing extends ResponseWriterWrapper {
        private final Repair repair;
        private String element;

        Repairing(ResponseWriter wrapped, Repair repair) {
            super(wrapped);
            this.repair = repair;
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            element = name;
            repair.element(name);
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            repair.attribute(getWrapped(), element, name, value, property);
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return new Repairing(getWrapped().cloneWithWriter(writer), repair);
        }
    }
}
