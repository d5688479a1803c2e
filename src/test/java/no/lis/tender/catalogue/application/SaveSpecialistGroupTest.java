package no.lis.tender.catalogue.application;

import no.lis.tender.catalogue.domain.Examples;
import no.lis.tender.catalogue.domain.GroupMember;
import no.lis.tender.catalogue.domain.Profession;
import no.lis.tender.catalogue.domain.SpecialistGroup;
import no.lis.tender.catalogue.domain.TherapeuticArea;
import no.lis.tender.catalogue.domain.Violations;
import no.lis.tender.shared.RecordedEvents;
import no.lis.tender.shared.domain.SecurityEvent;
import no.lis.tender.shared.domain.Thing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static no.lis.tender.catalogue.domain.Violations.violation;
import static org.assertj.core.api.Assertions.assertThat;

class SaveSpecialistGroupTest {

    private static final SaveSpecialistGroup.Member KARI = new SaveSpecialistGroup.Member("Kari Nordmann",
            "kari@ous-hf.no", Profession.CLINICIAN, "kari");
    private static final SaveSpecialistGroup.Member PER = new SaveSpecialistGroup.Member("Per Hansen",
            "per@sykehusapotekene.no", Profession.HOSPITAL_PHARMACIST, "");

    private static final String ACTOR = "admin";

    private final RecordedEvents<SecurityEvent> securityEvents = new RecordedEvents<>();
    private final InMemorySpecialistGroupRepository groups = new InMemorySpecialistGroupRepository();
    private final SaveSpecialistGroup saveGroup = new SaveSpecialistGroup();
    private TherapeuticArea rheumatology;

    @BeforeEach
    void wire() {
        InMemoryTherapeuticAreaRepository areas = new InMemoryTherapeuticAreaRepository();
        saveGroup.groups = groups;
        saveGroup.areas = areas;
        saveGroup.securityEvents = securityEvents;
        rheumatology = areas.save(Examples.rheumatology());
    }

    @Test
    void newGroupIsCreatedWithItsMembers() {
        long id = saveGroup.save(new SaveSpecialistGroup.Command(null, null, "Spesialistgruppe for revmatologi",
                rheumatology.getId(), List.of(KARI, PER)), ACTOR);

        SpecialistGroup group = groups.findById(id).orElseThrow();
        assertThat(group.getTherapeuticArea()).isSameAs(rheumatology);
        assertThat(group.getMembers()).extracting(GroupMember::getFullName).containsExactly("Kari Nordmann", "Per Hansen");
        assertThat(group.isMember("kari")).isTrue();
        assertThat(groups.findByMember("kari")).containsExactly(group);
    }

    @Test
    void groupIsChangedAsOfTheVersionReadAndItsMembersReplaced() {
        long id = saveGroup.save(new SaveSpecialistGroup.Command(null, null, "Revmatologi", rheumatology.getId(),
                List.of(KARI, PER)), ACTOR);

        saveGroup.save(new SaveSpecialistGroup.Command(id, 1L, "Spesialistgruppe for revmatologi",
                rheumatology.getId(), List.of(PER)), ACTOR);

        SpecialistGroup group = groups.findById(id).orElseThrow();
        assertThat(group.getName()).isEqualTo("Spesialistgruppe for revmatologi");
        assertThat(group.getMembers()).extracting(GroupMember::getFullName).containsExactly("Per Hansen");
        assertThat(group.isMember("kari")).isFalse();
    }

    @Test
    void groupWithoutMembersListIsSavedEmpty() {
        long id = saveGroup.save(new SaveSpecialistGroup.Command(null, null, "Revmatologi", rheumatology.getId(),
                null), ACTOR);

        assertThat(groups.findById(id).orElseThrow().getMembers()).isEmpty();
    }

    @Test
    void brokenMembersAreReportedUnderTheirPlaceInTheList() {
        List<SaveSpecialistGroup.Member> members = List.of(KARI,
                new SaveSpecialistGroup.Member("", "ola(at)ous-hf.no", null, null));

        assertThat(Violations.of(() -> saveGroup.save(new SaveSpecialistGroup.Command(null, null, " ", 99L,
                members), ACTOR)))
                .containsExactly(
                        violation("name", "validation.required"),
                        violation("therapeuticAreaId", "not.found", Thing.THERAPEUTIC_AREA.named(99)),
                        violation("members[1].fullName", "validation.required"),
                        violation("members[1].email", "email.invalid"),
                        violation("members[1].profession", "validation.required"));
    }

    @Test
    void duplicateMembersAreReportedTogetherWithTheOtherBrokenRules() {
        SaveSpecialistGroup.Member kariAgain = new SaveSpecialistGroup.Member("Kari N.", "KARI@ous-hf.no",
                Profession.CLINICIAN, null);

        assertThat(Violations.of(() -> saveGroup.save(new SaveSpecialistGroup.Command(null, null, "Revmatologi",
                null, List.of(KARI, PER, kariAgain)), ACTOR)))
                .containsExactly(
                        violation("therapeuticAreaId", "validation.required"),
                        violation("members[2].email", "specialistGroup.member.emailTaken", "kari@ous-hf.no"));
    }

    @Test
    void nameOfAnotherGroupIsRefusedAsTakenButAGroupKeepsItsOwn() {
        long reuma = saveGroup.save(new SaveSpecialistGroup.Command(null, null, "Revmatologi", rheumatology.getId(),
                List.of()), ACTOR);
        saveGroup.save(new SaveSpecialistGroup.Command(reuma, 1L, "Revmatologi", rheumatology.getId(),
                List.of(KARI)), ACTOR);

        assertThat(Violations.of(() -> saveGroup.save(new SaveSpecialistGroup.Command(null, null, "Revmatologi",
                rheumatology.getId(), List.of()), ACTOR)))
                .containsExactly(violation("name", "specialistGroup.name.taken", "Revmatologi"));
    }

    @Test
    void changeToAnOlderVersionIsRefusedAsChangedBySomeoneElse() {
        long id = saveGroup.save(new SaveSpecialistGroup.Command(null, null, "Revmatologi", rheumatology.getId(),
                List.of(KARI)), ACTOR);
        InMemoryRepository.storedAsVersion(groups.findById(id).orElseThrow(), 2);

        assertThat(Violations.of(() -> saveGroup.save(new SaveSpecialistGroup.Command(id, 1L, "Revmatologi",
                rheumatology.getId(), List.of()), ACTOR)))
                .containsExactly(violation(null, "concurrent.modification", Thing.SPECIALIST_GROUP.named("Revmatologi")));
        assertThat(groups.findById(id).orElseThrow().getMembers()).hasSize(1);
    }

    @Test
    void loginsThatJoinOrLeaveAGroupAreSecurityEventsNamingWhoChangedThem() {
        SaveSpecialistGroup.Member lars = new SaveSpecialistGroup.Member("Lars Moe", "lars@sykehusapotekene.no",
                Profession.HOSPITAL_PHARMACIST, "lars");
        long id = saveGroup.save(new SaveSpecialistGroup.Command(null, null, "Revmatologi", rheumatology.getId(),
                List.of(KARI, PER)), ACTOR);

        saveGroup.save(new SaveSpecialistGroup.Command(id, 1L, "Revmatologi", rheumatology.getId(),
                List.of(PER, lars)), "kari");

        assertThat(securityEvents.fired()).containsExactly(
                SecurityEvent.of(SecurityEvent.Kind.ROLE_CHANGED, ACTOR, "user:kari",
                        "added to specialist group " + id + " (Revmatologi)"),
                SecurityEvent.of(SecurityEvent.Kind.ROLE_CHANGED, "kari", "user:lars",
                        "added to specialist group " + id + " (Revmatologi)"),
                SecurityEvent.of(SecurityEvent.Kind.ROLE_CHANGED, "kari", "user:kari",
                        "removed from specialist group " + id + " (Revmatologi)"));
    }

    @Test
    void aChangeThatKeepsTheLoginsIsNoSecurityEvent() {
        long id = saveGroup.save(new SaveSpecialistGroup.Command(null, null, "Revmatologi", rheumatology.getId(),
                List.of(PER)), ACTOR);

        saveGroup.save(new SaveSpecialistGroup.Command(id, 1L, "Spesialistgruppe for revmatologi",
                rheumatology.getId(), List.of(PER)), ACTOR);

        assertThat(securityEvents.fired()).isEmpty();
    }

    @Test
    void unknownGroupIsNotFound() {
        assertThat(Violations.of(() -> saveGroup.save(new SaveSpecialistGroup.Command(7L, 1L, "Revmatologi",
                rheumatology.getId(), List.of()), ACTOR)))
                .containsExactly(violation(null, "not.found", Thing.SPECIALIST_GROUP.named(7)));
    }
}
