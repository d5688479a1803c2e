package no.lis.tender.shared.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The answer to a POST that made something: 201 with the new thing's address in {@code Location} and the
 * thing itself as the body, so that the client needs no second request.
 */
public final class Created {

    private Created() {
    }

    /** Made in the collection the POST went to ({@code POST /api/suppliers} makes {@code /api/suppliers/7}). */
    public static Response below(UriInfo uri, Object id, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(body).build();
    }

    /**
     * Made in {@code collection} under the API's root, where the POST went elsewhere
     * ({@code POST /api/tenders/3/documents} makes {@code /api/documents/12}).
     */
    public static Response in(UriInfo uri, String collection, Object id, Object body) {
        return Response.created(uri.getBaseUriBuilder().path(collection).path(String.valueOf(id)).build())
                .entity(body).build();
    }
}
