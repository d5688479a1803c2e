package no.lis.tender.audit.domain;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.SecurityEvent;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which entries of the security log a page lists: of one kind, and by one actor (the username exactly;
 * usernames are lower case, so the typed one is lower-cased and the index on the actor still serves);
 * {@code null} or blank selects all.
 */
public record SecurityLogQuery(SecurityEvent.Kind kind, String actor) {

    /** The orders the log may be listed in: by number, which is the order of recording. */
    public enum Sort { SEQUENCE }

    public SecurityLogQuery {
        actor = actor == null || actor.isBlank() ? null : actor.strip().toLowerCase(Locale.ROOT);
    }

    public static SecurityLogQuery all() {
        return new SecurityLogQuery(null, null);
    }

    /** The query for a kind given by name (any case); an unknown name is refused under {@code kind} with the known ones. */
    public static SecurityLogQuery of(String kind, String actor) {
        if (kind == null || kind.isBlank()) {
            return new SecurityLogQuery(null, actor);
        }
        String wanted = kind.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(SecurityEvent.Kind.values()).filter(k -> k.name().equals(wanted)).findFirst()
                .map(k -> new SecurityLogQuery(k, actor))
                .orElseThrow(() -> new DomainException("kind", "securityLog.kind.unknown", kind.strip(),
                        Arrays.stream(SecurityEvent.Kind.values()).map(Enum::name).collect(Collectors.joining(", "))));
    }
}
