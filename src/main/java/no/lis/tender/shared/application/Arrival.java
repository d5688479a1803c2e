package no.lis.tender.shared.application;

import jakarta.inject.Qualifier;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The clock that reads the arrival of the request being served ({@link RequestArrival}), and the
 * injected clock where there is none (a test, a batch run): {@code @Inject @Arrival Clock clock}.
 * What a supplier sends is judged against the deadline at the time it arrived, not the time the
 * server came to process it.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface Arrival {
}
