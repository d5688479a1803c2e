package no.lis.tender.registration.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.lis.tender.identity.application.VerifyEmail;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.registration.application.RegisterCompany;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A company registers itself, and its first user verifies her address, without a login (as on
 * {@code /registration/register.xhtml} and {@code verify.xhtml}). Open to anyone (web.xml), held back per
 * address and per e-mail by the throttle of mailed links (429).
 */
@Path("/registration")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Registration: suppliers")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class RegistrationResource {

    @Inject
    RegisterCompany registerCompany;
    @Inject
    VerifyEmail verifyEmail;
    @Context
    HttpServletRequest request;

    @POST
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Operation(summary = "Register a company and its first user: organisationNumber (nine digits, mod-11), companyName, "
            + "fullName, email, username, password (12 to 256 characters, not a common one). A link to verify the address "
            + "is mailed (48 hours); she may log in once verified and once an administrator has approved the company")
    @APIResponse(responseCode = "201", description = "Registered; the link is on its way")
    @APIResponse(responseCode = "429", description = "Too many registrations or links from this address or for this e-mail",
            ref = "TooManyRequests")
    public Response register(RegistrationBody body) {
        RegistrationBody b = body == null ? new RegistrationBody(null, null, null, null, null, null) : body;
        UserAccount user = registerCompany.register(new RegisterCompany.Command(b.organisationNumber(), b.companyName(),
                b.fullName(), b.email(), b.username(), b.password()), request.getRemoteAddr());
        return Response.status(Response.Status.CREATED)
                .entity(new Registered(user.getUsername(), user.getEmail(), true, true)).build();
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("verification")
    @Operation(summary = "Verify the first user's address with the token of the mailed link (once, within 48 hours)")
    public Verified verify(VerificationBody body) {
        boolean waits = verifyEmail.verify(body == null ? null : body.token());
        return new Verified(true, waits);
    }

    /** The registration form. */
    public record RegistrationBody(String organisationNumber, String companyName, String fullName, String email,
                                   String username, String password) {

        @Override
        public String toString() {
            return "RegistrationBody[" + organisationNumber + ", " + username + "]";
        }
    }

    /** Registered: who, where the link went, and what she waits for. */
    public record Registered(String username, String email, boolean awaitingVerification, boolean awaitingApproval) {
    }

    /** The token from the verification link. */
    public record VerificationBody(String token) {
    }

    /** The address is verified; whether the company still awaits approval. */
    public record Verified(boolean verified, boolean awaitingApproval) {
    }
}
