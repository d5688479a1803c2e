package no.lis.tender.notification.application;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A user's choice of notices as she sees it: the address mails go to (null: she has none, and gets no
 * mail), each kind by name with whether it is on, in a fixed order, and the version to send back with a change.
 */
public record NoticeChoices(String email, Map<String, Boolean> choices, long version) implements Serializable {

    public NoticeChoices {
        choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
    }
}
