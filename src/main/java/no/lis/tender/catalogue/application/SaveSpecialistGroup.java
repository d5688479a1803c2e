package no.lis.tender.catalogue.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.lis.tender.catalogue.domain.Checks;
import no.lis.tender.catalogue.domain.GroupMember;
import no.lis.tender.catalogue.domain.Profession;
import no.lis.tender.catalogue.domain.SpecialistGroup;
import no.lis.tender.catalogue.domain.SpecialistGroupRepository;
import no.lis.tender.catalogue.domain.TherapeuticArea;
import no.lis.tender.catalogue.domain.TherapeuticAreaRepository;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.SecurityEvent;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Creates a specialist group, or changes one as of the version the user read, with its whole list
 * of members: the list in the command replaces the one stored. A login that joins or leaves the group
 * gains or loses the right to act for it (score, approve): each is a {@code ROLE_CHANGED} security event.
 */
@UseCase
public class SaveSpecialistGroup {

    /** {@code id} and {@code version} are {@code null} for a new group. */
    public record Command(Long id, Long version, String name, Long therapeuticAreaId, List<Member> members) {
    }

    /** A member as typed; a blank username means the member has no login. */
    public record Member(String fullName, String email, Profession profession, String username) {
    }

    @Inject
    SpecialistGroupRepository groups;

    @Inject
    TherapeuticAreaRepository areas;

    @Inject
    Event<SecurityEvent> securityEvents;

    /**
     * @param actor the username of the user who saves, or {@link SecurityEvent#SYSTEM}
     * @return the group's id
     */
    public long save(Command command, String actor) {
        SpecialistGroup stored = null;
        if (command.id() != null) {
            stored = Existing.current(command.id(), command.version(), groups::findById, Thing.SPECIALIST_GROUP,
                    SpecialistGroup::getName);
        }
        Validation validation = new Validation();
        String name = validation.field("name", () -> Checks.text(command.name(), SpecialistGroup.NAME_LENGTH));
        TherapeuticArea area = CommandChecks.reference(validation, "therapeuticAreaId", command.therapeuticAreaId(),
                areas::findById, Thing.THERAPEUTIC_AREA);
        List<GroupMember> members = members(command, validation);
        if (name != null) {
            validation.check(groups.findByName(name).filter(other -> !other.getId().equals(command.id())).isEmpty(),
                    "name", "specialistGroup.name.taken", name);
        }
        validation.throwIfInvalid();

        SpecialistGroup group;
        if (stored == null) {
            group = new SpecialistGroup(name, area);
        } else {
            group = stored;
            group.rename(name);
            group.assignTo(area);
        }
        SpecialistGroup.MembershipChange change = group.replaceMembers(members);
        long id = groups.save(group).getId();
        String subjectGroup = "specialist group " + id + " (" + group.getName() + ")";
        change.joined().forEach(username -> securityEvents.fire(SecurityEvent.of(SecurityEvent.Kind.ROLE_CHANGED,
                actor, "user:" + username, "added to " + subjectGroup)));
        change.left().forEach(username -> securityEvents.fire(SecurityEvent.of(SecurityEvent.Kind.ROLE_CHANGED,
                actor, "user:" + username, "removed from " + subjectGroup)));
        return id;
    }

    /** The members of the command; their duplicates are looked for once each of them is valid. */
    private static List<GroupMember> members(Command command, Validation validation) {
        List<Member> typed = command.members() == null ? List.of() : command.members();
        List<GroupMember> members = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            Member member = typed.get(i);
            members.add(Checks.nested(validation, SpecialistGroup.memberPath(i),
                    () -> new GroupMember(member.fullName(), member.email(), member.profession(), member.username())));
        }
        if (members.stream().allMatch(Objects::nonNull)) {
            validation.addAll(SpecialistGroup.conflictsAmong(members));
        }
        return members;
    }
}
