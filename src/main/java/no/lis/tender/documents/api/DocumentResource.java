package no.lis.tender.documents.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.lis.tender.documents.application.AmendDocument;
import no.lis.tender.documents.application.AmendDocumentCommand;
import no.lis.tender.documents.application.AttachDocument;
import no.lis.tender.documents.application.AttachDocumentCommand;
import no.lis.tender.documents.application.DocumentQueries;
import no.lis.tender.documents.application.RecordDownload;
import no.lis.tender.documents.domain.DocumentFile;
import no.lis.tender.documents.domain.DocumentKind;
import no.lis.tender.shared.api.Created;
import no.lis.tender.shared.api.NotFound;
import no.lis.tender.shared.api.Pdfs;
import no.lis.tender.documents.domain.DownloadRecord;
import no.lis.tender.documents.domain.TenderDocument;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.shared.application.PdfScreening;
import no.lis.tender.shared.application.PricedRead;
import no.lis.tender.shared.domain.CheckedPdf;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.tendering.application.TenderQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * The tender documents: generated PDFs and buyers' uploads, with every version kept. Each download
 * is recorded (who, which version, when).
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tender documents")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class DocumentResource {

    @Inject
    PdfScreening pdfScreening;
    @Inject
    DocumentQueries documents;
    @Inject
    RecordDownload recordDownload;
    @Inject
    AttachDocument attachDocument;
    @Inject
    AmendDocument amendDocument;
    @Inject
    TenderQueries tenders;
    @Inject
    CurrentUser user;

    @GET
    @APIResponse(responseCode = "200")
    @Path("tenders/{tenderId}/documents")
    @RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME, Role.SUPPLIER_NAME, Role.SPECIALIST_NAME})
    @Operation(summary = "The documents of a tender, every version, the replaced ones marked; suppliers see published tenders only")
    public List<DocumentJson> list(@PathParam("tenderId") Long tenderId) {
        visible(tenderId);
        return documents.documentsOf(tenderId).stream().map(DocumentJson::of).toList();
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("documents/{id}")
    @Produces("application/pdf")
    @RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME, Role.SUPPLIER_NAME, Role.SPECIALIST_NAME})
    @PricedRead.Exempt("tender documents, published to every supplier: the price form is blank")
    @Operation(summary = "Download one version of a document (PDF); the download is recorded")
    public Response download(@PathParam("id") Long id) {
        TenderDocument document = documents.document(id).orElseThrow(() -> NotFound.thing(Thing.DOCUMENT, id));
        visible(document.getTenderId());
        Long supplierId = user.has(Role.SUPPLIER) ? user.supplierId().orElse(null) : null;
        DocumentFile file = recordDownload.record(id, user.username(), supplierId);
        return Pdfs.attachment(file.content(), file.fileName());
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("tenders/{tenderId}/documents")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Attach a PDF (contract draft, requirement specification, other) to a tender; "
            + "checked to be a real PDF of at most 20 MB (413 over the limit) without JavaScript, Launch actions "
            + "or embedded files")
    public Response attach(@PathParam("tenderId") Long tenderId, @QueryParam("kind") String kind,
                           @QueryParam("title") String title, @QueryParam("fileName") String fileName,
                           InputStream content, @Context UriInfo uri) {
        if (!tenders.exists(tenderId)) {
            throw NotFound.thing(Thing.TENDER, tenderId);
        }
        CheckedPdf file = pdfScreening.screen("file", fileName, content);
        Long id = attachDocument.attach(new AttachDocumentCommand(tenderId, kindOf(kind), title, file), user.username());
        return Created.in(uri, "documents", id, DocumentJson.of(documents.document(id).orElseThrow()));
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("documents/{id}/versions")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Publish a new version of a document with a change note; the old one stays, marked replaced, "
            + "and every supplier that has downloaded the tender's documents is notified")
    public Response amend(@PathParam("id") Long id, @QueryParam("changeNote") String changeNote,
                          @QueryParam("fileName") String fileName, InputStream content, @Context UriInfo uri) {
        documents.document(id).orElseThrow(() -> NotFound.thing(Thing.DOCUMENT, id));
        CheckedPdf file = pdfScreening.screen("file", fileName, content);
        Long newId = amendDocument.amend(new AmendDocumentCommand(id, changeNote, file), user.username());
        return Created.in(uri, "documents", newId, DocumentJson.of(documents.document(newId).orElseThrow()));
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("tenders/{tenderId}/downloads")
    @RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Who downloaded which version of which document, and when")
    public List<DownloadRecord> downloads(@PathParam("tenderId") Long tenderId) {
        return documents.downloadsOf(tenderId);
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("notices")
    @RolesAllowed(Role.SUPPLIER_NAME)
    @Operation(summary = "The calling supplier's notices of new and amended tender documents, unread first")
    public List<NoticeJson> notices() {
        return documents.noticesOf(user.supplierId().orElse(null)).stream()
                .map(n -> new NoticeJson(n.getId(), n.getTenderId(), n.getDocumentId(),
                        Messages.format(Messages.BOKMAL, n.getMessageKey(), n.getArguments()),
                        n.getCreatedAt(), n.getReadAt()))
                .toList();
    }

    /** Drafts have no documents for anyone but buyers. */
    private void visible(Long tenderId) {
        boolean buyer = user.has(Role.BUYER) || user.has(Role.ADMIN);
        if (buyer ? !tenders.exists(tenderId) : tenders.publishedTender(tenderId).isEmpty()) {
            throw NotFound.thing(Thing.TENDER, tenderId);
        }
    }

    private static DocumentKind kindOf(String kind) {
        try {
            return kind == null ? null : DocumentKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new DomainException("kind", "tendering.choice.invalid", kind);
        }
    }

    public record DocumentJson(Long id, Long tenderId, String kind, String title, String fileName, int versionNumber,
                               String changeNote, boolean current, Instant replacedAt, String sha256, long sizeBytes,
                               String createdBy, Instant createdAt, String href) {
        static DocumentJson of(TenderDocument d) {
            return new DocumentJson(d.getId(), d.getTenderId(), d.getKind().name(), d.getTitle(), d.getFileName(),
                    d.getVersionNumber(), d.getChangeNote(), d.isCurrent(), d.getReplacedAt(), d.getSha256(),
                    d.getSizeBytes(), d.getCreatedBy(), d.getCreatedAt(), "/api/documents/" + d.getId());
        }
    }

    public record NoticeJson(Long id, Long tenderId, Long documentId, String text, Instant createdAt, Instant readAt) {
    }
}
