package no.lis.tender.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.notification.application.ChooseNotices;
import no.lis.tender.notification.application.NoticeChoices;
import no.lis.tender.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The user's choice of e-mail notices: a switch per kind, saved at once. */
@Named
@ViewScoped
public class NoticePreferencesView implements Serializable {

    @Inject
    CurrentUser currentUser;
    @Inject
    ChooseNotices chooseNotices;
    @Inject
    FacesMessages messages;

    private NoticeChoices shown;
    /** The switches as the form holds them, by kind name. */
    private final Map<String, Boolean> switches = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        show(chooseNotices.of(currentUser.username()));
    }

    public void save() {
        if (messages.attempt(() -> show(chooseNotices.choose(currentUser.username(), shown.version(), switches)))) {
            messages.info("notices.saved");
        }
    }

    private void show(NoticeChoices choices) {
        shown = choices;
        switches.clear();
        switches.putAll(choices.choices());
    }

    public List<String> getKinds() {
        return List.copyOf(switches.keySet());
    }

    public Map<String, Boolean> getSwitches() {
        return switches;
    }

    public String getEmail() {
        return shown.email();
    }
}
