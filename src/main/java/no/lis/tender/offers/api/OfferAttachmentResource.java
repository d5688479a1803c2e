package no.lis.tender.offers.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.offers.application.OfferAttachmentQueries;
import no.lis.tender.offers.application.OfferReaders;
import no.lis.tender.shared.api.Pdfs;
import no.lis.tender.shared.application.PricedRead;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A file attached to an offer: for its supplier, and for buyers once the offer is opened. */
@Path("/offer-attachments/{id}")
@RequestScoped
@Tag(name = "Offers")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class OfferAttachmentResource {

    @Inject
    OfferAttachmentQueries attachments;
    @Inject
    CurrentUser user;

    @GET
    @APIResponse(responseCode = "200")
    @Produces("application/pdf")
    @RolesAllowed({Role.SUPPLIER_NAME, Role.BUYER_NAME, Role.ADMIN_NAME})
    @PricedRead.Exempt("a document attached to an offer, e.g. environmental documentation: the prices are in the offer")
    @Operation(summary = "Download a file attached to an offer (sealed until the opening like the offer itself)")
    public Response file(@PathParam("id") Long id) {
        OfferAttachmentQueries.AttachmentFile file = attachments.file(id, OfferReaders.of(user));
        return Pdfs.attachment(file.content(), file.fileName());
    }
}
