package no.lis.tender.catalogue.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.catalogue.application.CatalogueQueries;
import no.lis.tender.catalogue.application.SaveSpecialistGroup;
import no.lis.tender.catalogue.domain.GroupMember;
import no.lis.tender.catalogue.domain.Profession;
import no.lis.tender.catalogue.domain.SpecialistGroup;
import no.lis.tender.catalogue.domain.TherapeuticArea;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The specialist groups with their members, the therapeutic areas they serve, and the dialog that
 * creates or changes a group with its whole list of members. A broken rule of a member
 * ({@code members[2].email}) is shown beside that field in that member's row of the dialog.
 */
@Named
@ViewScoped
public class GroupsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern MEMBER_FIELD = Pattern.compile("members\\[\\d+]\\.\\w+");

    @Inject
    CatalogueQueries queries;
    @Inject
    SaveSpecialistGroup saveGroup;
    @Inject
    FacesMessages messages;

    private GroupForm form = new GroupForm();
    /** Read once for the page and again after a save; not kept when the view is stored. */
    private transient List<SpecialistGroup> groups;
    private transient List<TherapeuticArea> areas;

    public List<SpecialistGroup> getGroups() {
        if (groups == null) {
            groups = queries.specialistGroups();
        }
        return groups;
    }

    public List<TherapeuticArea> getTherapeuticAreas() {
        if (areas == null) {
            areas = queries.therapeuticAreas();
        }
        return areas;
    }

    public Profession[] getProfessions() {
        return Profession.values();
    }

    public void newGroup() {
        form = new GroupForm();
        form.members.add(new MemberRow());
    }

    public void edit(long id) {
        queries.specialistGroup(id).ifPresent(group -> form = GroupForm.of(group));
    }

    public void addMember() {
        form.members.add(new MemberRow());
    }

    public void removeMember(int index) {
        if (index >= 0 && index < form.members.size()) {
            form.members.remove(index);
        }
    }

    public void save() {
        GroupForm typed = form;
        List<SaveSpecialistGroup.Member> members = typed.members.stream()
                .map(m -> new SaveSpecialistGroup.Member(m.fullName, m.email, m.profession, m.username)).toList();
        String actor = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        boolean saved = messages.attempt(() -> {
            try {
                saveGroup.save(new SaveSpecialistGroup.Command(typed.id, typed.version, typed.name,
                        typed.therapeuticAreaId, members), actor);
            } catch (DomainException e) {
                throw pointingToMembers(e);
            }
        });
        if (saved) {
            groups = null;
            messages.info(typed.isNew() ? "catalogue.group.created" : "catalogue.group.updated", typed.name.strip());
        }
    }

    /**
     * The members' broken rules first (the page shows each in its member's row, the table {@code members}),
     * then the rest for the form, or, if there is none, a pointer to the rows above them.
     */
    private static DomainException pointingToMembers(DomainException e) {
        List<Violation> members = new ArrayList<>();
        List<Violation> rest = new ArrayList<>();
        for (Violation violation : e.violations()) {
            boolean ofMember = violation.field() != null && MEMBER_FIELD.matcher(violation.field()).matches();
            (ofMember ? members : rest).add(violation);
        }
        members.addAll(rest.isEmpty() ? List.of(new Violation(null, "catalogue.group.members.invalid")) : rest);
        return new DomainException(members);
    }

    public GroupForm getForm() {
        return form;
    }

    /** The dialog's fields; {@code id} and {@code version} are those of the group being changed. */
    public static final class GroupForm extends CatalogueEntryForm {

        private static final long serialVersionUID = 1L;

        private Long therapeuticAreaId;
        private final List<MemberRow> members = new ArrayList<>();

        static GroupForm of(SpecialistGroup group) {
            GroupForm form = new GroupForm();
            form.id = group.getId();
            form.version = group.getVersion();
            form.name = group.getName();
            form.therapeuticAreaId = group.getTherapeuticArea().getId();
            group.getMembers().forEach(member -> form.members.add(MemberRow.of(member)));
            return form;
        }

        public Long getTherapeuticAreaId() {
            return therapeuticAreaId;
        }

        public void setTherapeuticAreaId(Long therapeuticAreaId) {
            this.therapeuticAreaId = therapeuticAreaId;
        }

        public List<MemberRow> getMembers() {
            return members;
        }
    }

    /** One member as typed in the dialog. */
    public static final class MemberRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String fullName;
        private String email;
        private Profession profession;
        private String username;

        static MemberRow of(GroupMember member) {
            MemberRow row = new MemberRow();
            row.fullName = member.getFullName();
            row.email = member.getEmail().value();
            row.profession = member.getProfession();
            row.username = member.getUsername();
            return row;
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String fullName) {
            this.fullName = fullName;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public Profession getProfession() {
            return profession;
        }

        public void setProfession(Profession profession) {
            this.profession = profession;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }
    }
}
