package no.lis.tender.shared.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import no.lis.tender.shared.application.PriceReads;
import no.lis.tender.shared.application.PricedRead;

import java.lang.reflect.Method;
import java.security.Principal;

/**
 * Logs every successful answer of a {@link PricedRead} resource method as a read of prices, before
 * its body is written: a PDF as such, anything else as an API read. A refused or failed call gave no
 * prices and is not logged (the refusal has its own trace).
 */
@Provider
@ApplicationScoped
public class PricedReadFilter implements ContainerResponseFilter {

    @Context
    ResourceInfo resource;

    @Inject
    PriceReads reads;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Method method = resource.getResourceMethod();
        PricedRead priced = method == null ? null : method.getAnnotation(PricedRead.class);
        if (priced == null || response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
            return;
        }
        UriInfo uri = request.getUriInfo();
        MultivaluedMap<String, String> parameters = new MultivaluedHashMap<>(uri.getQueryParameters());
        parameters.putAll(uri.getPathParameters());
        Principal caller = request.getSecurityContext().getUserPrincipal();
        boolean pdf = response.getMediaType() != null && "pdf".equals(response.getMediaType().getSubtype());
        String query = uri.getRequestUri().getRawQuery();
        reads.record(caller == null ? null : caller.getName(), PriceReads.subject(priced.value(), parameters),
                pdf ? PriceReads.Channel.PDF : PriceReads.Channel.API,
                request.getMethod() + " " + uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query));
    }
}
