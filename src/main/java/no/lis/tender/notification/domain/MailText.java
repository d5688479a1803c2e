package no.lis.tender.notification.domain;

import no.lis.tender.shared.domain.Messages;

import java.util.Locale;

/**
 * The subject and body of a notice, in bokmål and then English (a mail goes out before anyone knows in
 * which language its reader will open it), made from the bundle's texts for its kind and the
 * {@link NoticeFacts}, which hold nothing but texts.
 */
public record MailText(String subject, String body) {

    static final int LONGEST_SUBJECT = 300;
    static final int LONGEST_BODY = 4000;

    /** The mail of {@code kind} on {@code facts}; its footer links to {@code choicesLink}, where the reader turns notices off. */
    public static MailText of(NoticeKind kind, NoticeFacts facts, String choicesLink) {
        String key = "notification.mail." + kind.name();
        Object[] arguments = {facts.tenderReference(), facts.tenderTitle(), facts.subject(), facts.link()};
        String subject = Messages.format(Messages.BOKMAL, key + ".subject", arguments) + " / "
                + Messages.format(Locale.ENGLISH, key + ".subject", arguments);
        String body = Messages.format(Messages.BOKMAL, key + ".body", arguments) + "\n\n"
                + footer(kind, Messages.BOKMAL, choicesLink, "\n\n") + "-----\n\n"
                + Messages.format(Locale.ENGLISH, key + ".body", arguments) + "\n\n"
                + footer(kind, Locale.ENGLISH, choicesLink, "\n");
        return new MailText(cut(subject, LONGEST_SUBJECT), cut(body, LONGEST_BODY));
    }

    /** Where the reader turns the notice off; a mail about her own account has nothing to turn off. */
    private static String footer(NoticeKind kind, Locale locale, String choicesLink, String after) {
        return kind.choosable() ? Messages.format(locale, "notification.mail.footer", choicesLink) + after : "";
    }

    private static String cut(String text, int longest) {
        return text.length() <= longest ? text : text.substring(0, longest);
    }
}
