package no.lis.tender.shared.domain;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/** Resolves message keys against the one resource bundle of the application. */
public final class Messages {

    public static final String BUNDLE = "no.lis.tender.i18n.messages";
    public static final Locale BOKMAL = Locale.forLanguageTag("nb");

    private Messages() {
    }

    /** The language of a message for a caller who accepts {@code acceptable} (in order): English if she prefers it, bokmål otherwise. */
    public static Locale preferred(Iterable<Locale> acceptable) {
        for (Locale accepted : acceptable) {
            if ("en".equals(accepted.getLanguage())) {
                return Locale.ENGLISH;
            }
            if (Set.of("nb", "no", "nn").contains(accepted.getLanguage())) {
                return BOKMAL;
            }
        }
        return BOKMAL;
    }

    /**
     * The message {@code key} in {@code locale}, with its arguments filled in. An enum argument is
     * shown by its label ({@code TenderStatus.PUBLISHED}) where the bundle has one; a
     * {@link Thing.Named} by its noun in the same language ("Anbudet 42", "Tender 42"). Dates,
     * instants (in Norwegian time, to the minute), {@link Money} and {@code BigDecimal}s (with the
     * decimals of their scale) read as {@link Formats} writes them in that language, so that the
     * domain passes values and never text it formatted itself.
     */
    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        } catch (MissingResourceException e) {
            return key;
        }
        if (!bundle.containsKey(key)) {
            return key;
        }
        Object[] shown = arguments == null ? new Object[0] : arguments.clone();
        Formats formats = Formats.of(locale);
        for (int i = 0; i < shown.length; i++) {
            shown[i] = shown(locale, bundle, formats, shown[i]);
        }
        return new MessageFormat(bundle.getString(key), locale).format(shown);
    }

    private static Object shown(Locale locale, ResourceBundle bundle, Formats formats, Object argument) {
        if (argument instanceof Enum<?> constant) {
            String label = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            return bundle.containsKey(label) ? bundle.getString(label) : constant.name();
        } else if (argument instanceof Thing.Named named) {
            return format(locale, named.thing().key(), named.reference());
        } else if (argument instanceof LocalDate date) {
            return formats.date(date);
        } else if (argument instanceof Instant instant) {
            return formats.dateTime(instant);
        } else if (argument instanceof Money money) {
            return formats.money(money);
        } else if (argument instanceof BigDecimal decimal) {
            return formats.decimal(decimal);
        }
        return argument;
    }

    public static String format(Locale locale, Violation violation) {
        return format(locale, violation.messageKey(), violation.arguments());
    }

    static String english(Violation violation) {
        return (violation.field() == null ? "" : violation.field() + ": ")
                + format(Locale.ENGLISH, violation);
    }
}
