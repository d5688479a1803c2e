package no.lis.tender.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import no.lis.tender.shared.domain.Versioned;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which notices a user gets by e-mail. Every kind is on until she turns it off, so a user who never chose
 * gets them all (and has no row); the kinds turned off are stored by name, so that a new kind of notice
 * needs no new column and reaches everyone at first.
 */
@Entity
@Table(name = "NTF_PREFERENCES")
@NamedQuery(name = "NoticePreferences.findByUsername",
        query = "SELECT p FROM NoticePreferences p WHERE p.username = :username")
public class NoticePreferences extends Versioned {

    private static final String SEPARATOR = ",";

    @Column(name = "USERNAME", nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "SWITCHED_OFF", nullable = false, length = 1000)
    private String switchedOff;

    protected NoticePreferences() {
    }

    /** The choices of a user who has not chosen: every notice on. */
    public static NoticePreferences allOn(String username) {
        NoticePreferences preferences = new NoticePreferences();
        preferences.username = Objects.requireNonNull(username, "username");
        preferences.switchedOff = "";
        return preferences;
    }

    public boolean wants(NoticeKind kind) {
        return !kind.choosable() || !off().contains(kind);
    }

    /**
     * Turns each kind in {@code choices} on (true) or off (false); kinds not named keep their setting.
     */
    public void choose(Map<NoticeKind, Boolean> choices) {
        Set<NoticeKind> off = off();
        choices.forEach((kind, on) -> {
            if (Boolean.TRUE.equals(on) || !kind.choosable()) {
                off.remove(kind);
            } else {
                off.add(kind);
            }
        });
        switchedOff = off.stream().map(Enum::name).sorted().collect(Collectors.joining(SEPARATOR));
    }

    private Set<NoticeKind> off() {
        Set<NoticeKind> off = EnumSet.noneOf(NoticeKind.class);
        Arrays.stream(switchedOff.split(SEPARATOR)).filter(name -> !name.isBlank())
                // a kind no longer known (removed from the code) is ignored, not an error
                .filter(name -> Arrays.stream(NoticeKind.values()).anyMatch(k -> k.name().equals(name)))
                .map(NoticeKind::valueOf).forEach(off::add);
        return off;
    }

    /** Each kind she may choose with whether it is on, in the enum's order. */
    public Map<NoticeKind, Boolean> choices() {
        Set<NoticeKind> off = off();
        Map<NoticeKind, Boolean> choices = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            if (kind.choosable()) {
                choices.put(kind, !off.contains(kind));
            }
        }
        return choices;
    }

    public String getUsername() {
        return username;
    }
}
