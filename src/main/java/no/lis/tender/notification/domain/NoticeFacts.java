package no.lis.tender.notification.domain;

import java.util.Objects;

/**
 * What a mail may say: the tender's reference and title, the title of what it is about (a document), and
 * a link into the application. Texts only, and none that can hold a price or an offer's content: the
 * answer's text, a change note or a letter stay behind the link, where the application decides who reads
 * them. Any of the texts may be empty.
 */
public record NoticeFacts(String tenderReference, String tenderTitle, String subject, String link) {

    /** Longer titles are cut, so that a mail stays short and fits its row. */
    static final int LONGEST_TEXT = 200;

    public NoticeFacts {
        tenderReference = cut(tenderReference);
        tenderTitle = cut(tenderTitle);
        subject = cut(subject);
        link = Objects.requireNonNull(link, "link");
    }

    private static String cut(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("[\\r\\n\\t]+", " ").strip();
        return oneLine.length() <= LONGEST_TEXT ? oneLine : oneLine.substring(0, LONGEST_TEXT - 1) + "…";
    }
}
