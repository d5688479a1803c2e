package no.lis.tender.shared.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import no.lis.tender.shared.domain.Validation;

import java.util.List;
import java.util.Map;

/**
 * The text that comes in the path or the query (a document's title and file name, a change note, an
 * indication) follows the same rule as the text in a JSON body: no control characters, no
 * text-direction overrides, each refusal under the parameter's name.
 */
@Provider
public class TextParameters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        Validation validation = new Validation();
        check(request.getUriInfo().getPathParameters(), validation);
        check(request.getUriInfo().getQueryParameters(), validation);
        validation.throwIfInvalid();
    }

    private static void check(MultivaluedMap<String, String> parameters, Validation validation) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                validation.safeText(value, parameter.getKey(), true);
            }
        }
    }
}
