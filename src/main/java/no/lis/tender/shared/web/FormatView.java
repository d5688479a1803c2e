package no.lis.tender.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import no.lis.tender.shared.domain.Formats;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

/**
 * The pages' way to {@link Formats}: dates, times (always in Norwegian time), amounts of money,
 * prices per DDD, points and percentages in the language of the page.
 */
@Named
@ApplicationScoped
public class FormatView {

    public String osloDateTime(Instant instant) {
        return formats().dateTime(instant);
    }

    /** With seconds, where the exact moment matters (receipts, the opening). */
    public String osloDateTimeSeconds(Instant instant) {
        return formats().dateTimeSeconds(instant);
    }

    public String date(LocalDate date) {
        return formats().date(date);
    }

    /** NOK with two decimals and the grouping of the page's language, e.g. "12 345,50" or "12,345.50". */
    public String money(BigDecimal amount) {
        return formats().money(amount);
    }

    /** NOK with the currency, e.g. "12 345,50 kr" or "NOK 12,345.50". */
    public String kroner(BigDecimal amount) {
        return formats().kroner(amount);
    }

    /** A price or saving per DDD, four decimals, e.g. "263,9397"; a dash for none. */
    public String perDdd(BigDecimal amount) {
        return amount == null ? "–" : formats().perDdd(amount);
    }

    /** A number of DDDs used, to one decimal, e.g. "275,9"; a dash where unknown. */
    public String ddds(BigDecimal ddds) {
        return ddds == null ? "–" : formats().number(ddds.setScale(1, java.math.RoundingMode.HALF_UP));
    }

    /** Points of the evaluation, two decimals. */
    public String points(BigDecimal points) {
        return formats().points(points);
    }

    /** A number as exact as it is given, e.g. "125 000" or "2,9" (packs). */
    public String number(BigDecimal value) {
        return formats().number(value);
    }

    /** E.g. "12,5 %" or "12.5%". */
    public String percent(BigDecimal value) {
        return formats().percent(value);
    }

    /** A list as a reader writes it, e.g. "Ingrid Berg, Lars Moe og Siri Dahl". */
    public String list(Collection<?> items) {
        return formats().list(items);
    }

    /** The formats of the page's language: bokmål unless the user chose English. */
    public static Formats formats() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Formats.BOKMAL
                : Formats.of(faces.getViewRoot().getLocale());
    }
}
