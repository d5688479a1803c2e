package no.lis.tender.audit.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import no.lis.tender.audit.application.SecurityLogQueries;
import no.lis.tender.audit.application.SecurityLogRow;
import no.lis.tender.audit.application.VerifySecurityLog;
import no.lis.tender.audit.domain.ChainAnchor;
import no.lis.tender.audit.domain.ChainBreak;
import no.lis.tender.audit.domain.ChainVerification;
import no.lis.tender.audit.domain.SecurityLogQuery;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.shared.api.ApiLocale;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.shared.domain.Validation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

/**
 * The tamper-evident security log: its entries, newest first, and the verification of its hash chain.
 * For administrators only; reading the log is not itself logged.
 */
@Path("/security-log")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Security log")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class SecurityLogResource {

    static final int MAX_PAGE = 500;

    @Inject
    SecurityLogQueries queries;
    @Inject
    VerifySecurityLog verifySecurityLog;
    @Context
    HttpHeaders headers;

    @GET
    @APIResponse(responseCode = "200")
    @Operation(summary = "One page of the security log, newest first, narrowed by kind (e.g. PRICE_VIEW) and actor "
            + "(a username, any case), with the total the filters select")
    public EntryPage list(@QueryParam("kind") String kind, @QueryParam("actor") String actor,
                          @QueryParam("first") @DefaultValue("0") int first,
                          @QueryParam("max") @DefaultValue("100") int max) {
        SecurityLogQuery query = SecurityLogQuery.of(kind, actor);
        int from = Math.max(0, first);
        int size = Math.max(1, Math.min(max, MAX_PAGE));
        return new EntryPage(queries.count(query), from, size,
                queries.entries(query, from, size, SecurityLogQuery.Sort.SEQUENCE, false));
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("head")
    @Operation(summary = "The number and hash of the last entry: note them outside the system (e.g. daily), and "
            + "give them to the verification later to prove the chain up to them was not rewritten")
    public SecurityLogQueries.Head head() {
        return queries.head();
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("verification")
    @Operation(summary = "Walk the hash chain from the first entry to the head and name the first broken link "
            + "(its number and why: ENTRY_ALTERED, LINK_BROKEN, ENTRY_MISSING, HEAD_MISMATCH, ANCHOR_MISMATCH); "
            + "with sequence and hash, also check that this entry still has the hash noted for it")
    public VerificationJson verify(
            @Parameter(description = "number of an entry whose hash was noted outside the system")
            @QueryParam("sequence") Long sequence,
            @Parameter(description = "the SHA-256 (hex) noted for that entry")
            @QueryParam("hash") String hash) {
        Validation validation = new Validation();
        Optional<ChainAnchor> anchor = ChainAnchor.of(sequence, hash, validation);
        validation.throwIfInvalid();
        ChainVerification outcome = verifySecurityLog.verify(anchor);
        return new VerificationJson(outcome.isIntact(), outcome.entriesChecked(),
                new SecurityLogQueries.Head(outcome.headSequence(), outcome.headHash()),
                outcome.broken().map(this::breakJson).orElse(null));
    }

    private BreakJson breakJson(ChainBreak broken) {
        return new BreakJson(broken.sequence(), broken.reason().name(), Messages.format(ApiLocale.of(headers),
                broken.reason().messageKey(), Long.toString(broken.sequence())));
    }

    /** One page of entries; {@code total} is the number the filters select. */
    public record EntryPage(long total, int first, int max, List<SecurityLogRow> entries) {
    }

    /** Whether the chain holds, how many entries were found whole, the head walked to, and the first break. */
    public record VerificationJson(boolean intact, long entriesChecked, SecurityLogQueries.Head head,
                                   BreakJson firstBreak) {
    }

    /** The first broken link: the entry's number, the reason's name, and a sentence saying what it means. */
    public record BreakJson(long sequence, String reason, String message) {
    }
}
