package no.lis.tender.catalogue.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Versioned;
import no.lis.tender.shared.domain.Violation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A specialist group (spesialistgruppe) of clinicians and hospital pharmacists for one therapeutic
 * area: they declare impartiality, score quality criteria, rank comparable drugs and sign off the
 * recommendation. No two members share an e-mail address or a username.
 */
@Entity
@Table(name = "CAT_SPECIALIST_GROUP", uniqueConstraints = @UniqueConstraint(
        name = "UQ_CAT_SPECIALIST_GROUP_NAME", columnNames = "NAME"))
@NamedQuery(name = "SpecialistGroup.findByName", query = "SELECT g FROM SpecialistGroup g WHERE g.name = :name")
@NamedQuery(name = "SpecialistGroup.findAll", query = "SELECT g FROM SpecialistGroup g ORDER BY g.name, g.id")
@NamedQuery(name = "SpecialistGroup.findByMember", query = "SELECT DISTINCT g FROM SpecialistGroup g"
        + " JOIN g.members m WHERE m.username = :username ORDER BY g.name")
public class SpecialistGroup extends Versioned {

    public static final int NAME_LENGTH = 200;

    @Column(name = "NAME", nullable = false, length = NAME_LENGTH)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "THERAPEUTIC_AREA_ID", nullable = false,
            foreignKey = @ForeignKey(name = "FK_CAT_SPECIALIST_GROUP_AREA"))
    private TherapeuticArea therapeuticArea;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CAT_GROUP_MEMBER", joinColumns = @JoinColumn(name = "GROUP_ID"),
            foreignKey = @ForeignKey(name = "FK_CAT_GROUP_MEMBER_GROUP"))
    @OrderBy("fullName")
    private List<GroupMember> members = new ArrayList<>();

    protected SpecialistGroup() {
    }

    public SpecialistGroup(String name, TherapeuticArea therapeuticArea) {
        rename(name);
        assignTo(therapeuticArea);
    }

    /** The path under which a violation of the member at {@code index} is reported, e.g. {@code members[2]}. */
    public static String memberPath(int index) {
        return "members[" + index + "]";
    }

    public void rename(String newName) {
        this.name = Checks.text(newName, NAME_LENGTH);
    }

    public void assignTo(TherapeuticArea area) {
        this.therapeuticArea = Checks.present(area);
    }

    /** Adds a member; refused (under {@code email} or {@code username}) if someone has that address or username. */
    public void addMember(GroupMember member) {
        DomainException.throwIfAny(conflictWith(members, member).stream().toList());
        members.add(member);
    }

    /** Removes the member with that username or e-mail address; {@code not.found} if there is none. */
    public void removeMember(String usernameOrEmail) {
        if (!members.removeIf(member -> member.isIdentifiedBy(usernameOrEmail))) {
            throw new DomainException(null, "not.found", usernameOrEmail);
        }
    }

    /**
     * Makes {@code newMembers} the members, in one step; refused, with nothing changed, where
     * {@link #conflictsAmong} finds any.
     *
     * @return the logins that became members and those that ceased to be: membership lets a user act
     *         for the group (score, approve), so the change is a change of that user's rights
     */
    public MembershipChange replaceMembers(List<GroupMember> newMembers) {
        DomainException.throwIfAny(conflictsAmong(newMembers));
        Set<String> before = usernames();
        members.clear();
        members.addAll(newMembers);
        Set<String> after = usernames();
        return new MembershipChange(difference(after, before), difference(before, after));
    }

    /** The usernames of the members who log in, sorted. */
    private Set<String> usernames() {
        return members.stream().map(GroupMember::getUsername).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> difference(Set<String> these, Set<String> without) {
        Set<String> rest = new TreeSet<>(these);
        rest.removeAll(without);
        return Collections.unmodifiableSet(rest);
    }

    /**
     * The logins that a change of members let into the group ({@code joined}) and out of it
     * ({@code left}), each sorted by username.
     */
    public record MembershipChange(Set<String> joined, Set<String> left) {
    }

    /**
     * Each member of {@code candidates} whose e-mail address or username an earlier one has, under
     * its {@link #memberPath}, e.g. {@code members[3].email}.
     */
    public static List<Violation> conflictsAmong(List<GroupMember> candidates) {
        List<Violation> conflicts = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            String path = memberPath(i);
            conflictWith(candidates.subList(0, i), candidates.get(i))
                    .ifPresent(conflict -> conflicts.add(Checks.under(path, conflict)));
        }
        return conflicts;
    }

    /** Whether the user logged in as {@code username} is a member, e.g. may score for this group. */
    public boolean isMember(String username) {
        return members.stream().anyMatch(member -> member.hasUsername(username));
    }

    private static Optional<Violation> conflictWith(List<GroupMember> members, GroupMember candidate) {
        for (GroupMember member : members) {
            if (member.getEmail().equals(candidate.getEmail())) {
                return Optional.of(new Violation("email", "specialistGroup.member.emailTaken",
                        candidate.getEmail().value()));
            }
            if (candidate.getUsername() != null && member.hasUsername(candidate.getUsername())) {
                return Optional.of(new Violation("username", "specialistGroup.member.usernameTaken",
                        candidate.getUsername()));
            }
        }
        return Optional.empty();
    }

    public String getName() {
        return name;
    }

    public TherapeuticArea getTherapeuticArea() {
        return therapeuticArea;
    }

    public List<GroupMember> getMembers() {
        return Collections.unmodifiableList(members);
    }
}
