package no.lis.tender.shared.application;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a path that gives prices to whoever calls it: agreed or offered prices, prices per DDD or
 * treatment period, the price points and savings computed from them. Every such read is logged as
 * a {@code PRICE_VIEW} security event by {@link PriceReads}: for a REST resource method by the API's
 * filter after a successful answer, for a page by its view (once per view instance). A build test
 * finds every resource method and view whose answer carries price-like fields and fails unless it
 * is marked with this, or with {@link Exempt} and the reason.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PricedRead {

    /**
     * What was read, for the log, e.g. {@code "tender:{tenderId}"}: each {@code {name}} is replaced by
     * the path or query parameter of that name (REST) or the request parameter (pages).
     */
    String value();

    /**
     * Marks a resource method or view whose answer has price-like fields but is no read of secret
     * prices, with the reason: e.g. the supplier's own offer, or prices that are public by law.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @interface Exempt {

        /** Why reading it is not a read of prices that must be logged. */
        String value();
    }
}
