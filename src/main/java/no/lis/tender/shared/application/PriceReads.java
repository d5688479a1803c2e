package no.lis.tender.shared.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.lis.tender.shared.domain.SecurityEvent;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where a read of prices is logged: a {@code PRICE_VIEW} {@link SecurityEvent} with
 * who read, what (the subject of the path's {@link PricedRead}) and how (channel, method and path).
 * Prices never go into it. One per request: the API's filter and the pages call it.
 */
@RequestScoped
public class PriceReads {

    /** How prices were read. */
    public enum Channel {
        PAGE,
        PDF,
        API
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private final Event<SecurityEvent> securityEvents;
    private boolean withheld;

    @Inject
    public PriceReads(Event<SecurityEvent> securityEvents) {
        this.securityEvents = securityEvents;
    }

    /** For the CDI proxy. */
    protected PriceReads() {
        this(null);
    }

    /**
     * Says that this request's answer holds no price after all, although its path may give prices:
     * e.g. a member's edition of the report while prices are hidden from members. It is then not logged.
     */
    public void withheld() {
        withheld = true;
    }

    /** Whether {@link #withheld()} was called during this request. */
    public boolean isWithheld() {
        return withheld;
    }

    /**
     * {@code actor} read prices of {@code subject} through {@code channel} at {@code path} (e.g.
     * {@code "GET /api/tenders/42/evaluation/ranking"}); nothing is logged once {@link #withheld()}.
     */
    public void record(String actor, String subject, Channel channel, String path) {
        if (!withheld) {
            securityEvents.fire(SecurityEvent.of(SecurityEvent.Kind.PRICE_VIEW, actor, subject, channel + " " + path));
        }
    }

    /**
     * {@code template} (a {@link PricedRead#value()}) with each {@code {name}} replaced by the first
     * value of that name in {@code parameters}; a name without a value is left as it is.
     */
    public static String subject(String template, Map<String, ? extends List<String>> parameters) {
        Matcher names = PARAMETER.matcher(template);
        StringBuilder subject = new StringBuilder();
        while (names.find()) {
            List<String> values = parameters.get(names.group(1));
            String value = values == null || values.isEmpty() ? names.group() : values.get(0);
            names.appendReplacement(subject, Matcher.quoteReplacement(value));
        }
        names.appendTail(subject);
        return subject.toString();
    }
}
