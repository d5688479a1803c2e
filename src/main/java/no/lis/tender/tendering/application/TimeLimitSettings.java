package no.lis.tender.tendering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.lis.tender.tendering.domain.TimeLimits;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The time limits tenders are held to, with the number of days questions close before the
 * submission deadline set once as the server variable {@code lis.tender.questionDeadlineDays}
 * (default 6; docs/operations.md, "Limits").
 */
@ApplicationScoped
public class TimeLimitSettings {

    private TimeLimits limits;

    @Inject
    public TimeLimitSettings(@ConfigProperty(name = "lis.tender.questionDeadlineDays", defaultValue = "6")
                             int questionDeadlineDays) {
        this.limits = new TimeLimits(questionDeadlineDays);
    }

    /** For the CDI proxy. */
    protected TimeLimitSettings() {
    }

    public TimeLimits limits() {
        return limits;
    }
}
