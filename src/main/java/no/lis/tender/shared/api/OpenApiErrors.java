package no.lis.tender.shared.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Documents the error answers on every operation of the OpenAPI document at once, so that a new
 * resource has them without a line of its own: 400, 404 and 500 everywhere, 409 on every change,
 * each the {@link ErrorResponse} body of the components that {@link RestApplication} declares. An
 * answer an operation documents itself is kept. Registered as {@code mp.openapi.filter}.
 */
public class OpenApiErrors implements OASFilter {

    /** The component responses of {@link RestApplication}, by status. */
    static final Map<String, String> EVERYWHERE = new TreeMap<>(Map.of("400", "BadRequest", "404", "NotFound",
            "500", "ServerError"));
    static final Map<String, String> ON_CHANGES = Map.of("409", "Conflict");
    private static final Set<PathItem.HttpMethod> CHANGES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            path.getOperations().forEach((method, operation) -> {
                document(operation, EVERYWHERE);
                if (CHANGES.contains(method)) {
                    document(operation, ON_CHANGES);
                }
            });
        }
    }

    private static void document(Operation operation, Map<String, String> responses) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses documented = operation.getResponses();
        responses.forEach((status, component) -> {
            if (!documented.hasAPIResponse(status)) {
                documented.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
            }
        });
    }
}
