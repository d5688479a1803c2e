package no.lis.tender.shared.api;

import jakarta.ws.rs.NotFoundException;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.shared.domain.Thing;

import java.util.Locale;

/**
 * A 404 for what the path names, said by {@link NotFoundMapper} in the caller's language: a bundle
 * key with its arguments, never a word of one language ("Tender 7" would be "Tender 7 finnes ikke.").
 */
public class NotFound extends NotFoundException {

    private final String messageKey;
    private final transient Object[] arguments;

    public NotFound(String messageKey, Object... arguments) {
        super(Messages.format(Locale.ENGLISH, messageKey, arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** {@code not.found} for {@code thing} with this id or reference: "Anbudet 7 finnes ikke.", "Tender 7 does not exist.". */
    public static NotFound thing(Thing thing, Object reference) {
        return new NotFound("not.found", thing.named(reference));
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
