package no.lis.tender.shared.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import no.lis.tender.shared.domain.DomainException;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * What several views need from the current request: the id they are about, a 404 when it names nothing, the
 * client's network address.
 */
public final class Pages {

    private Pages() {
    }

    /**
     * The request parameter {@code name} as an id, if it is a whole number that can be one: "abc" and
     * 99999999999999999999 (beyond a long) name nothing, as an unknown id does. A postback (a form sent, a
     * tab opened) does not carry the address's parameters: there it is the page's view parameter
     * {@code name} as the page took it from its address, so that a view first made then (the view of a tab
     * rendered only when opened, issue 14) is about the same thing as the page.
     */
    public static Optional<Long> idParameter(String name) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String id = faces.getExternalContext().getRequestParameterMap().get(name);
        if (id == null && faces.isPostback()) {
            id = viewParameter(faces, name);
        }
        if (id == null || !id.matches("\\d{1,19}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(id));
        } catch (NumberFormatException beyondLong) {
            return Optional.empty();
        }
    }

    private static String viewParameter(FacesContext faces, String name) {
        UIViewRoot page = faces.getViewRoot();
        return page == null ? null : ViewMetadata.getViewParameters(page).stream()
                .filter(parameter -> name.equals(parameter.getName()))
                .map(parameter -> parameter.getStringValue(faces)).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The network address the current request comes from (for the throttles, as the login counts it). */
    public static String clientAddress() {
        return ((jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    /**
     * Runs {@code load}, which reads what the page is about; where it names nothing (the {@link DomainException} of an
     * unknown id, or of one the user may not see) answers with the not-found page instead. Whether the page has what
     * it shows: a view's {@code load()} returns when not.
     */
    public static boolean loaded(Runnable load) throws IOException {
        return loaded(load, Pages::respondNotFound);
    }

    /** {@link #loaded(Runnable)} with the answer for what names nothing given, so that it can be tried without Faces. */
    static boolean loaded(Runnable load, NotFoundAnswer notFound) throws IOException {
        try {
            load.run();
            return true;
        } catch (DomainException unknown) {
            notFound.respond();
            return false;
        }
    }

    /** How a request is answered when it names nothing. */
    @FunctionalInterface
    interface NotFoundAnswer {
        void respond() throws IOException;
    }

    /** Answers the request with the not-found page and renders nothing else. */
    public static void respondNotFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "");
        faces.responseComplete();
    }
}
