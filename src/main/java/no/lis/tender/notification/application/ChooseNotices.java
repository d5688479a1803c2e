package no.lis.tender.notification.application;

import jakarta.inject.Inject;
import no.lis.tender.identity.domain.UserAccount;
import no.lis.tender.identity.domain.UserAccountRepository;
import no.lis.tender.notification.domain.NoticeKind;
import no.lis.tender.notification.domain.NoticePreferences;
import no.lis.tender.notification.domain.NoticePreferencesRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Versions;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A user reads and changes which notices she gets by e-mail. A kind is named by its enum name; an
 * unknown name is refused under {@code choices.<name>}, an empty change under {@code choices}. Her
 * first change is made on version 0 (nothing stored yet); every later one on the version she read.
 */
@UseCase
public class ChooseNotices {

    private final NoticePreferencesRepository preferences;
    private final UserAccountRepository users;

    @Inject
    public ChooseNotices(NoticePreferencesRepository preferences, UserAccountRepository users) {
        this.preferences = preferences;
        this.users = users;
    }

    /** For the CDI proxy. */
    protected ChooseNotices() {
        this(null, null);
    }

    public NoticeChoices of(String username) {
        return choicesOf(username, preferences.findByUsername(username)
                .orElseGet(() -> NoticePreferences.allOn(username)));
    }

    /** Turns the kinds named in {@code choices} on or off; the others keep their setting. */
    public NoticeChoices choose(String username, Long version, Map<String, Boolean> choices) {
        Validation validation = new Validation();
        Map<NoticeKind, Boolean> typed = new EnumMap<>(NoticeKind.class);
        if (validation.required(choices == null || choices.isEmpty() ? null : choices, "choices")) {
            String known = Arrays.stream(NoticeKind.values()).filter(NoticeKind::choosable).map(Enum::name)
                    .collect(Collectors.joining(", "));
            choices.forEach((name, on) -> {
                String field = "choices." + name;
                NoticeKind kind = Arrays.stream(NoticeKind.values()).filter(k -> k.choosable() && k.name().equals(name))
                        .findFirst()
                        .orElse(null);
                if (validation.check(kind != null, field, "notices.unknownKind", name, known)
                        && validation.required(on, field)) {
                    typed.put(kind, on);
                }
            });
        }
        validation.required(version, "version");
        validation.throwIfInvalid();
        NoticePreferences stored = preferences.findByUsername(username).orElse(null);
        NoticePreferences chosen = stored != null ? stored : NoticePreferences.allOn(username);
        Versions.require(chosen.getVersion(), version);
        chosen.choose(typed);
        return choicesOf(username, preferences.save(chosen));
    }

    private NoticeChoices choicesOf(String username, NoticePreferences chosen) {
        Map<String, Boolean> byName = new LinkedHashMap<>();
        chosen.choices().forEach((kind, on) -> byName.put(kind.name(), on));
        String email = users.findByUsername(username).map(UserAccount::getEmail).orElse(null);
        return new NoticeChoices(email, byName, chosen.getVersion());
    }
}
