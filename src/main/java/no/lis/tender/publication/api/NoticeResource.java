package no.lis.tender.publication.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.publication.application.NoticeQueries;
import no.lis.tender.publication.application.NoticeStatus;
import no.lis.tender.publication.domain.Notice;
import no.lis.tender.shared.application.PricedRead;
import no.lis.tender.shared.api.NotFound;
import no.lis.tender.shared.api.Pdfs;
import no.lis.tender.shared.domain.Thing;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The eForms notices for the buyer to send to Doffin, as UBL XML (eForms SDK 1.13): a tender's
 * contract notice and contract award notice, and a direct agreement's voluntary ex-ante
 * transparency notice. Sending is outside the application; the buyer records the contract notice's
 * publication with {@code PUT /api/tenders/{id}/contract-notice}. No prices are in any of them.
 */
@Path("/")
@RequestScoped
@RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
@Tag(name = "eForms notices")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class NoticeResource {

    private static final String XML = "application/xml";

    @Inject
    NoticeQueries queries;

    @GET
    @APIResponse(responseCode = "200")
    @Path("tenders/{id}/notices")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The notices of a tender: its estimated value against the EEA threshold, whether a contract "
            + "notice must be recorded before publication and its recorded publication, the lots' CPV codes, and "
            + "whether the award notice can be made")
    public NoticeStatus status(@PathParam("id") Long id) {
        return queries.status(id).orElseThrow(() -> NotFound.thing(Thing.TENDER, id));
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("tenders/{id}/notices/contract-notice")
    @Produces({XML, MediaType.APPLICATION_JSON})
    @PricedRead.Exempt("an eForms notice carries no price, rebate or score: it is built without them (EformsNotices)")
    @Operation(summary = "The contract notice (eForms subtype 16) of a tender, to send to Doffin")
    public Response contractNotice(@PathParam("id") Long id) {
        return download(queries.contractNotice(id).orElseThrow(() -> NotFound.thing(Thing.TENDER, id)));
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("tenders/{id}/notices/award-notice")
    @Produces({XML, MediaType.APPLICATION_JSON})
    @PricedRead.Exempt("an eForms notice carries no price, rebate or score: it is built without them (EformsNotices)")
    @Operation(summary = "The contract award notice (eForms subtype 29) of a tender whose award letters are issued")
    public Response awardNotice(@PathParam("id") Long id) {
        return download(queries.awardNotice(id).orElseThrow(() -> NotFound.thing(Thing.TENDER, id)));
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("direct-agreements/{id}/notices/veat")
    @Produces({XML, MediaType.APPLICATION_JSON})
    @PricedRead.Exempt("an eForms notice carries no price, rebate or score: it is built without them (EformsNotices)")
    @Operation(summary = "The voluntary ex-ante transparency notice (eForms subtype 25) of a direct agreement with "
            + "its legal ground")
    public Response transparencyNotice(@PathParam("id") Long id) {
        return download(queries.transparencyNotice(id).orElseThrow(() -> NotFound.thing(Thing.DIRECT_AGREEMENT, id)));
    }

    private static Response download(Notice notice) {
        return Pdfs.attachment(notice.xml(), XML, notice.fileName());
    }
}
