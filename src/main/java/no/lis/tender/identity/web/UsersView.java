package no.lis.tender.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.identity.application.ApproveSupplier;
import no.lis.tender.identity.application.ChangeUserRoles;
import no.lis.tender.identity.application.ChangeUserStatus;
import no.lis.tender.identity.application.CreateUser;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.application.NewUserCommand;
import no.lis.tender.identity.application.UserAdministration;
import no.lis.tender.identity.application.UserAdministration.UserRow;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * For an administrator: the users, a new internal user, other roles for a user, deactivating
 * or letting one in again, and approving a company that registered itself. The rules are the use cases'; this bean holds only what the forms type.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration administration;
    @Inject
    CreateUser createUser;
    @Inject
    ChangeUserRoles changeUserRoles;
    @Inject
    ChangeUserStatus changeUserStatus;
    @Inject
    ApproveSupplier approveSupplier;
    @Inject
    CurrentUser currentUser;
    @Inject
    FacesMessages messages;

    private List<UserRow> users = List.of();
    private String username;
    private String fullName;
    private String email;
    private List<String> roles = new ArrayList<>();
    private String password;
    /** The user whose roles the dialog changes, and the version of her that the list showed. */
    private UserRow editing;

    @PostConstruct
    void load() {
        users = administration.all();
    }

    /** A new user's form, empty. */
    public void startNew() {
        username = null;
        fullName = null;
        email = null;
        roles = new ArrayList<>();
        password = null;
    }

    public void create() {
        if (messages.attempt(() -> createUser.create(new NewUserCommand(username, fullName, email, roles, password),
                currentUser.username()))) {
            messages.info("users.created", username);
            password = null;
            load();
        }
    }

    /** Opens the roles dialog for {@code row}, with her present roles ticked. */
    public void startRoles(UserRow row) {
        editing = row;
        roles = new ArrayList<>(row.roles().stream().filter(r -> r != Role.SUPPLIER).map(Role::name).toList());
    }

    public void saveRoles() {
        if (editing != null && messages.attempt(() -> changeUserRoles.change(editing.username(), editing.version(), roles,
                currentUser.username()))) {
            messages.info("users.rolesChanged", editing.username());
            load();
        }
    }

    public void deactivate(UserRow row) {
        changeStatus(row, false, "users.deactivated");
    }

    public void reactivate(UserRow row) {
        changeStatus(row, true, "users.reactivated");
    }

    /** Approves the company that {@code row} registered: she and the colleagues she invites may then log in. */
    public void approve(UserRow row) {
        if (messages.attempt(() -> approveSupplier.approve(row.username(), row.version(), currentUser.username()))) {
            messages.info("users.approved", row.registeredAs());
        }
        load();
    }

    private void changeStatus(UserRow row, boolean active, String done) {
        if (messages.attempt(() -> changeUserStatus.change(row.username(), row.version(), active, currentUser.username()))) {
            messages.info(done, row.username());
        }
        load();
    }

    /** The roles an administrator can tick: all but the supplier's. */
    public List<String> getChoosableRoles() {
        return Arrays.stream(Role.values()).filter(r -> r != Role.SUPPLIER).map(Role::name).toList();
    }

    public List<UserRow> getUsers() {
        return users;
    }

    public UserRow getEditing() {
        return editing;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
