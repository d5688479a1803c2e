package no.lis.tender.agreements.framework.domain;

import java.time.LocalDate;

/**
 * A framework agreement was terminated, changed or has expired: the recommendations resting on it
 * need a new version. {@code lastDay} is the agreement's last day in force when it ends (terminated,
 * option declined, expired), null when it runs on changed (an option exercised).
 */
public record AgreementChanged(Long agreementId, Change change, LocalDate lastDay) {

    public enum Change {
        TERMINATED,
        OPTION_DECLINED,
        OPTION_EXERCISED,
        EXPIRED
    }
}
