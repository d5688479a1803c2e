package no.lis.tender.catalogue.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static no.lis.tender.catalogue.domain.Violations.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpecialistGroupTest {

    private static final GroupMember KARI = new GroupMember("Kari Nordmann", "kari@ous-hf.no",
            Profession.CLINICIAN, "kari");
    private static final GroupMember PER = new GroupMember("Per Hansen", "per@sykehusapotekene.no",
            Profession.HOSPITAL_PHARMACIST, null);

    private final SpecialistGroup group = new SpecialistGroup("Spesialistgruppe for revmatologi",
            Examples.rheumatology());

    @Test
    void memberWithAUsernameIsAMember() {
        group.addMember(KARI);

        assertThat(group.isMember("kari")).isTrue();
        assertThat(group.isMember("per")).isFalse();
        assertThat(group.isMember(null)).isFalse();
    }

    @Test
    void memberWithoutUsernameIsListedButCannotActAsMember() {
        group.addMember(PER);

        assertThat(group.getMembers()).containsExactly(PER);
        assertThat(group.isMember(null)).isFalse();
    }

    @Test
    void secondMemberWithTheSameAddressIsRefusedUnderEmail() {
        group.addMember(KARI);

        assertThat(Violations.of(() -> group.addMember(new GroupMember("Kari N.", "KARI@ous-hf.no",
                Profession.OTHER, null))))
                .containsExactly(violation("email", "specialistGroup.member.emailTaken", "kari@ous-hf.no"));
        assertThat(group.getMembers()).containsExactly(KARI);
    }

    @Test
    void secondMemberWithTheSameUsernameIsRefusedUnderUsername() {
        group.addMember(KARI);

        assertThat(Violations.of(() -> group.addMember(new GroupMember("Kari Olsen", "kari.olsen@ous-hf.no",
                Profession.CLINICIAN, "kari"))))
                .containsExactly(violation("username", "specialistGroup.member.usernameTaken", "kari"));
    }

    @Test
    void severalMembersMayBeWithoutUsername() {
        group.addMember(PER);
        group.addMember(new GroupMember("Anne Berg", "anne@helse-bergen.no", Profession.OTHER, " "));

        assertThat(group.getMembers()).hasSize(2);
    }

    @Test
    void memberIsRemovedByUsernameOrByAddress() {
        group.addMember(KARI);
        group.addMember(PER);

        group.removeMember("kari");
        group.removeMember("PER@sykehusapotekene.no");

        assertThat(group.getMembers()).isEmpty();
    }

    @Test
    void removingSomeoneWhoIsNotAMemberIsRefusedAsNotFound() {
        group.addMember(KARI);

        assertThat(Violations.of(() -> group.removeMember("ola")))
                .containsExactly(violation(null, "not.found", "ola"));
        assertThat(group.getMembers()).containsExactly(KARI);
    }

    @Test
    void replacingMembersReportsEachLaterDuplicateUnderItsPathAndChangesNothing() {
        group.addMember(PER);

        List<GroupMember> newMembers = List.of(KARI,
                new GroupMember("Kari Olsen", "kari.olsen@ous-hf.no", Profession.CLINICIAN, "kari"),
                new GroupMember("Per Hansen", "per@sykehusapotekene.no", Profession.OTHER, null),
                new GroupMember("Kari Nordmann", "kari@ous-hf.no", Profession.CLINICIAN, null));

        assertThat(Violations.of(() -> group.replaceMembers(newMembers))).containsExactly(
                violation("members[1].username", "specialistGroup.member.usernameTaken", "kari"),
                violation("members[3].email", "specialistGroup.member.emailTaken", "kari@ous-hf.no"));
        assertThat(group.getMembers()).containsExactly(PER);
    }

    @Test
    void replacingMembersPutsTheNewListInPlaceOfTheOld() {
        group.addMember(PER);

        group.replaceMembers(List.of(KARI));

        assertThat(group.getMembers()).containsExactly(KARI);
    }

    @Test
    void replacingMembersTellsWhichLoginsJoinedAndWhichLeft() {
        GroupMember lars = new GroupMember("Lars Moe", "lars@sykehusapotekene.no", Profession.HOSPITAL_PHARMACIST,
                "lars");
        GroupMember ingrid = new GroupMember("Ingrid Berg", "ingrid@ous-hf.no", Profession.CLINICIAN, "ingrid");
        group.replaceMembers(List.of(KARI, PER, lars));

        SpecialistGroup.MembershipChange change = group.replaceMembers(List.of(lars, ingrid, PER));

        assertThat(change.joined()).containsExactly("ingrid");
        assertThat(change.left()).containsExactly("kari");
    }

    @Test
    void membersCannotBeChangedFromOutside() {
        assertThatThrownBy(() -> group.getMembers().add(KARI)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void groupNeedsANameAndATherapeuticArea() {
        assertThat(Violations.of(() -> new SpecialistGroup(" ", Examples.rheumatology())))
                .containsExactly(violation(null, "validation.required"));
        assertThat(Violations.of(() -> new SpecialistGroup("Revmatologi", null)))
                .containsExactly(violation(null, "validation.required"));
    }

    @Test
    void everyMissingOrWrongPartOfAMemberIsReportedAtOnce() {
        assertThat(Violations.of(() -> new GroupMember("", "kari", null, "k".repeat(61)))).containsExactly(
                violation("fullName", "validation.required"),
                violation("email", "email.invalid"),
                violation("profession", "validation.required"),
                violation("username", "text.tooLong", GroupMember.USERNAME_LENGTH));
    }

    @Test
    void blankUsernameMeansNoLogin() {
        assertThat(new GroupMember("Per Hansen", "per@sykehusapotekene.no", Profession.OTHER, "  ").getUsername())
                .isNull();
    }
}
