package no.lis.tender.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.application.LiftLockout;
import no.lis.tender.identity.application.Lockouts;
import no.lis.tender.identity.application.Lockouts.Lockout;
import no.lis.tender.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.List;

/** For an administrator: the accounts with failed logins in a row, and the lift of a lockout. */
@Named
@ViewScoped
public class LockoutsView implements Serializable {

    @Inject
    Lockouts lockouts;
    @Inject
    LiftLockout liftLockout;
    @Inject
    CurrentUser currentUser;
    @Inject
    FacesMessages messages;

    private List<Lockout> accounts = List.of();

    @PostConstruct
    void load() {
        accounts = lockouts.withFailedLogins();
    }

    public void lift(String username) {
        if (messages.attempt(() -> liftLockout.lift(username, currentUser.username()))) {
            messages.info("lockouts.lifted", username);
        }
        load();
    }

    public List<Lockout> getAccounts() {
        return accounts;
    }
}
