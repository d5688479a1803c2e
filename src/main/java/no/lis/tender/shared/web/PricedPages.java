package no.lis.tender.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import no.lis.tender.shared.application.PriceReads;
import no.lis.tender.shared.application.PricedRead;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Logs that the current user sees prices on a page whose view is marked {@link PricedRead}. A view
 * calls it where it loads what it shows (its {@code f:viewAction}), which runs once per view
 * instance: the Ajax requests of the same page that follow are not logged again.
 */
@ApplicationScoped
public class PricedPages {

    private final PriceReads reads;

    @Inject
    public PricedPages(PriceReads reads) {
        this.reads = reads;
    }

    /** For the CDI proxy. */
    protected PricedPages() {
        this(null);
    }

    /**
     * Logs the read of prices on this page by {@code view}, whose class is marked {@link PricedRead}; its
     * subject's {@code {name}}s are taken from the request parameters.
     */
    public void shown(Object view) {
        PricedRead priced = marking(view.getClass());
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Map<String, List<String>> parameters = external.getRequestParameterValuesMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> Arrays.asList(entry.getValue())));
        Principal caller = external.getUserPrincipal();
        String query = request.getQueryString();
        reads.record(caller == null ? null : caller.getName(), PriceReads.subject(priced.value(), parameters),
                PriceReads.Channel.PAGE, request.getMethod() + " " + request.getRequestURI()
                        + (query == null ? "" : "?" + query));
    }

    /** The marking of the view's class, or of the class a CDI proxy extends. */
    private static PricedRead marking(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            PricedRead priced = c.getAnnotation(PricedRead.class);
            if (priced != null) {
                return priced;
            }
        }
        throw new IllegalArgumentException(type + " is not marked @PricedRead");
    }
}
