package no.lis.tender.catalogue.application;

import no.lis.tender.catalogue.domain.Examples;
import no.lis.tender.catalogue.domain.GroupMember;
import no.lis.tender.catalogue.domain.Profession;
import no.lis.tender.catalogue.domain.SpecialistGroup;
import no.lis.tender.catalogue.domain.TherapeuticArea;
import no.lis.tender.catalogue.domain.Violations;
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

    private final InMemorySpecialistGroupRepository groups = new InMemorySpecialistGroupRepository();
    private final SaveSpecialistGroup saveGroup = new SaveSpecialistGroup();
    private TherapeuticArea rheumatology;

    @BeforeEach
    void wire() {
        InMemoryTherapeuticAreaRepository areas = new InMemoryTherapeuticAreaRepository();
        saveGroup.groups = groups;
        saveGroup.areas = areas;
        rheumatology = areas.save(Examples.rheumatology());
    }

    @Test
    void newGroupIsCreatedWithItsMembers() {
        long id = saveGroup.save(new SaveSpecialistGroup.Command(null, null, "Spesialistgruppe for revmatologi",
                rheumatology.getId(), List.of(KARI, PER)));

        SpecialistGroup group = groups.findById(id).orElseThrow();
        assertThat(group.getTherapeuticArea()).isSameAs(rheumatology);
        assertThat(group.getMembers()).extracting(GroupMember::getFullName).containsExactly("Kari Nordmann", "Per Hansen");
        assertThat(group.isMember("kari")).isTrue();
        assertThat(groups.findByMember("kari")).containsExactly(group);
    }

    @Test
    void groupIsChangedAsOfTheVersionReadAndItsMembersReplaced() {
        long id = saveGroup.save(new SaveSpecialistGroup.Command(null, null, "Revmatologi", rheumatology.getId(),
                List.of(KARI, PER)));

        saveGroup.save(new SaveSpecialistGroup.Command(id, 1L, "Spesialistgruppe for revmatologi",
                rheumatology.getId(), List.of(PER)));

        SpecialistGroup group = groups.findById(id).orElseThrow();
        assertThat(group.getName()).isEqualTo("Spesialistgruppe for revmatologi");
        assertThat(group.getMembers()).extracting(GroupMember::getFullName).containsExactly("Per Hansen");
        assertThat(group.isMember("kari")).isFalse();
    }

    @Test
    void groupWithoutMembersListIsSavedEmpty() {
        long id = saveGroup.save(new SaveSpecialistGroup.Command(null, null, "Revmatologi", rheumatology.getId(),
                null));

        assertThat(groups.findById(id).orElseThrow().getMembers()).isEmpty();
    }

    @Test
    void brokenMembersAreReportedUnderTheirPlaceInTheList() {
        List<SaveSpecialistGroup.Member> members = List.of(KARI,
                new SaveSpecialistGroup.Member("", "ola(at)ous-hf.no", null, null));

        assertThat(Violations.of(() -> saveGroup.save(new SaveSpecialistGroup.Command(null, null, " ", 99L,
                members))))
                .containsExactly(
                        violation("name", "validation.required"),
                        violation("therapeuticAreaId", "not.found", "Terapiområde 99"),
                        violation("members[1].fullName", "validation.required"),
                        violation("members[1].email", "email.invalid"),
                        violation("members[1].profession", "validation.required"));
    }

    @Test
    void duplicateMembersAreReportedTogetherWithTheOtherBrokenRules() {
        SaveSpecialistGroup.Member kariAgain = new SaveSpecialistGroup.Member("Kari N.", "KARI@ous-hf.no",
                Profession.CLINICIAN, null);

        assertThat(Violations.of(() -> saveGroup.save(new SaveSpecialistGroup.Command(null, null, "Revmatologi",
                null, List.of(KARI, PER, kariAgain)))))
                .containsExactly(
                        violation("therapeuticAreaId", "validation.required"),
                        violation("members[2].email", "specialistGroup.member.emailTaken", "kari@ous-hf.no"));
    }

    @Test
    void nameOfAnotherGroupIsRefusedAsTakenButAGroupKeepsItsOwn() {
        long reuma = saveGroup.save(new SaveSpecialistGroup.Command(null, null, "Revmatologi", rheumatology.getId(),
                List.of()));
        saveGroup.save(new SaveSpecialistGroup.Command(reuma, 1L, "Revmatologi", rheumatology.getId(), List.of(KARI)));

        assertThat(Violations.of(() -> saveGroup.save(new SaveSpecialistGroup.Command(null, null, "Revmatologi",
                rheumatology.getId(), List.of()))))
                .containsExactly(violation("name", "specialistGroup.name.taken", "Revmatologi"));
    }

    @Test
    void changeToAnOlderVersionIsRefusedAsChangedBySomeoneElse() {
        long id = saveGroup.save(new SaveSpecialistGroup.Command(null, null, "Revmatologi", rheumatology.getId(),
                List.of(KARI)));
        InMemoryRepository.storedAsVersion(groups.findById(id).orElseThrow(), 2);

        assertThat(Violations.of(() -> saveGroup.save(new SaveSpecialistGroup.Command(id, 1L, "Revmatologi",
                rheumatology.getId(), List.of()))))
                .containsExactly(violation(null, "concurrent.modification", "Spesialistgruppe Revmatologi"));
        assertThat(groups.findById(id).orElseThrow().getMembers()).hasSize(1);
    }

    @Test
    void unknownGroupIsNotFound() {
        assertThat(Violations.of(() -> saveGroup.save(new SaveSpecialistGroup.Command(7L, 1L, "Revmatologi",
                rheumatology.getId(), List.of()))))
                .containsExactly(violation(null, "not.found", "Spesialistgruppe 7"));
    }
}
