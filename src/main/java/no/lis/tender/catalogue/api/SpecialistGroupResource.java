package no.lis.tender.catalogue.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import no.lis.tender.catalogue.api.CatalogueJson.SpecialistGroupJson;
import no.lis.tender.catalogue.application.CatalogueQueries;
import no.lis.tender.catalogue.application.SaveSpecialistGroup;
import no.lis.tender.catalogue.domain.Profession;
import no.lis.tender.catalogue.domain.SpecialistGroup;
import no.lis.tender.shared.api.Created;
import no.lis.tender.shared.api.NotFound;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Validation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

/** The specialist groups with their members (clinicians and hospital pharmacists). */
@Path("/specialist-groups")
@RequestScoped
@RolesAllowed({CatalogueRoles.BUYER, CatalogueRoles.ADMIN, CatalogueRoles.SPECIALIST})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue: specialist groups")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "500", ref = "ServerError")
public class SpecialistGroupResource {

    @Inject
    CatalogueQueries queries;
    @Inject
    SaveSpecialistGroup saveGroup;
    @Context
    SecurityContext caller;

    @GET
    @APIResponse(responseCode = "200")
    @Operation(summary = "All specialist groups by name, with their therapeutic area and members")
    public List<SpecialistGroupJson> list() {
        return queries.specialistGroups().stream().map(SpecialistGroupJson::of).toList();
    }

    @POST
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed({CatalogueRoles.BUYER, CatalogueRoles.ADMIN})
    @Operation(summary = "Create a specialist group with its members; no two members may share an e-mail address "
            + "or a username")
    public Response create(GroupBody body, @Context UriInfo uri) {
        GroupBody typed = body == null ? GroupBody.EMPTY : body;
        long id = saveGroup.save(new SaveSpecialistGroup.Command(null, null, typed.name(), typed.therapeuticAreaId(),
                typed.members(new Validation())), caller());
        return Created.below(uri, id, SpecialistGroupJson.of(group(id)));
    }

    @GET
    @APIResponse(responseCode = "200")
    @Path("{id}")
    @Operation(summary = "One specialist group")
    public SpecialistGroupJson get(@PathParam("id") long id) {
        return SpecialistGroupJson.of(group(id));
    }

    @PUT
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Path("{id}")
    @RolesAllowed({CatalogueRoles.BUYER, CatalogueRoles.ADMIN})
    @Operation(summary = "Change a specialist group's name, therapeutic area and whole list of members, as of the "
            + "version the caller read (409 if someone else has changed it since)")
    public SpecialistGroupJson update(@PathParam("id") long id, GroupBody body) {
        GroupBody typed = body == null ? GroupBody.EMPTY : body;
        ApiInput.requireVersion(typed.version());
        List<SaveSpecialistGroup.Member> members = typed.members(new Validation());
        ApiInput.change(() -> saveGroup.save(new SaveSpecialistGroup.Command(id, typed.version(), typed.name(),
                typed.therapeuticAreaId(), members), caller()));
        return get(id);
    }

    /** The username of the caller, who is logged in: every method admits roles only. */
    private String caller() {
        return caller.getUserPrincipal().getName();
    }

    private SpecialistGroup group(long id) {
        return queries.specialistGroup(id).orElseThrow(() -> NotFound.thing(Thing.SPECIALIST_GROUP, id));
    }

    /** A group as sent; {@code version} is required for a change and ignored when creating. */
    public record GroupBody(Long version, String name, Long therapeuticAreaId, List<MemberBody> members) {

        static final GroupBody EMPTY = new GroupBody(null, null, null, null);

        /** The members as the use case takes them; an unknown profession is reported under {@code members[i].profession}. */
        List<SaveSpecialistGroup.Member> members(Validation validation) {
            List<SaveSpecialistGroup.Member> parsed = new ArrayList<>();
            List<MemberBody> sent = members == null ? List.of() : members;
            for (int i = 0; i < sent.size(); i++) {
                MemberBody member = sent.get(i) == null ? MemberBody.EMPTY : sent.get(i);
                Profession profession = ApiInput.constant(Profession.class, member.profession(),
                        SpecialistGroup.memberPath(i) + ".profession", validation);
                parsed.add(new SaveSpecialistGroup.Member(member.fullName(), member.email(), profession,
                        member.username()));
            }
            validation.throwIfInvalid();
            return parsed;
        }
    }

    /** A member as sent: profession CLINICIAN, HOSPITAL_PHARMACIST or OTHER; username left out for no login. */
    public record MemberBody(String fullName, String email, String profession, String username) {
        static final MemberBody EMPTY = new MemberBody(null, null, null, null);
    }
}
