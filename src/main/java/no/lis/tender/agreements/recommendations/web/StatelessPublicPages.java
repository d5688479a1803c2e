package no.lis.tender.agreements.recommendations.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * The public recommendation pages are stateless views for a reader who is not logged in: no view state
 * and no HTTP session, so that every such reader gets the same HTML and {@link PublicPages} can keep it.
 * Set before the page is rendered, because MyFaces makes a session at the start of rendering for every
 * view that is not transient by then (before the template's {@code f:view} is built).
 */
public class StatelessPublicPages implements PhaseListener {

    private static final long serialVersionUID = 1L;
    static final String PUBLIC_PAGES = "/recommendations/";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        var faces = event.getFacesContext();
        UIViewRoot view = faces.getViewRoot();
        if (view != null && view.getViewId() != null && view.getViewId().startsWith(PUBLIC_PAGES)
                && faces.getExternalContext().getUserPrincipal() == null) {
            view.setTransient(true);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }
}
