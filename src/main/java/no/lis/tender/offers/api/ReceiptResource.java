package no.lis.tender.offers.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import no.lis.tender.documents.application.RenderReceipt;
import no.lis.tender.documents.domain.ReceiptContent;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.offers.application.OfferQueries;
import no.lis.tender.offers.application.OfferReaders;
import no.lis.tender.offers.application.OfferReceipt;
import no.lis.tender.shared.api.Pdfs;
import no.lis.tender.shared.application.PricedRead;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The receipt of a submission as PDF: for the supplier that submitted it, and nobody else. */
@Path("/offers/{offerId}/receipt")
@RequestScoped
@Tag(name = "Offers")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class ReceiptResource {

    @Inject
    OfferQueries offers;
    @Inject
    RenderReceipt renderReceipt;
    @Inject
    CurrentUser user;

    @GET
    @APIResponse(responseCode = "200")
    @Produces("application/pdf")
    @RolesAllowed(Role.SUPPLIER_NAME)
    @PricedRead.Exempt("the supplier's own receipt: the time of receipt and the digest, no price")
    @Operation(summary = "The receipt (PDF) of submission n of the caller's own offer: exact time of receipt and SHA-256 digest")
    public Response receipt(@PathParam("offerId") Long offerId, @QueryParam("submission") @DefaultValue("1") int submission) {
        OfferReceipt r = offers.receipt(offerId, submission, OfferReaders.of(user));
        byte[] pdf = renderReceipt.render(new ReceiptContent(r.tenderReference(), r.tenderTitle(), r.supplierName(),
                r.organisationNumber(), r.offerId(), r.submissionNumber(), r.lotsOffered(), r.receivedAt(), r.sha256()));
        return Pdfs.attachment(pdf, "kvittering-" + r.tenderReference() + "-" + r.submissionNumber() + ".pdf");
    }
}
