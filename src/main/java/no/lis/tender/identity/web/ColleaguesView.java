package no.lis.tender.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.identity.application.ChangeColleagueStatus;
import no.lis.tender.identity.application.ColleagueQueries;
import no.lis.tender.identity.application.ColleagueQueries.Colleague;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.application.InviteColleague;
import no.lis.tender.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.List;

/** For the manager of a supplier's users: her colleagues, an invitation, deactivating one who left. */
@Named
@ViewScoped
public class ColleaguesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ColleagueQueries queries;
    @Inject
    InviteColleague inviteColleague;
    @Inject
    ChangeColleagueStatus changeStatus;
    @Inject
    CurrentUser currentUser;
    @Inject
    FacesMessages messages;

    private boolean manager;
    private List<Colleague> colleagues = List.of();
    private String me;
    private String email;

    @PostConstruct
    void load() {
        me = currentUser.username();
        manager = queries.manages(currentUser.username());
        colleagues = manager ? queries.of(currentUser.username()) : List.of();
    }

    public void invite() {
        if (messages.attempt(() -> inviteColleague.invite(currentUser.username(),
                new InviteColleague.Command(email)))) {
            messages.info("colleagues.invited", email);
            email = null;
            load();
        }
    }

    public void deactivate(Colleague colleague) {
        change(colleague, false, "users.deactivated");
    }

    public void reactivate(Colleague colleague) {
        change(colleague, true, "users.reactivated");
    }

    private void change(Colleague colleague, boolean active, String done) {
        if (messages.attempt(() -> changeStatus.change(currentUser.username(), colleague.username(), colleague.version(),
                active))) {
            messages.info(done, colleague.username());
        }
        load();
    }

    public boolean isManager() {
        return manager;
    }

    public List<Colleague> getColleagues() {
        return colleagues;
    }

    /** Whether {@code colleague} is the user looking at the page (who cannot deactivate herself). */
    public boolean isMe(Colleague colleague) {
        return colleague.username().equals(me);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
