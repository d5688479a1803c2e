package no.lis.tender.notification.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailTextTest {

    private static final NoticeFacts FACTS = new NoticeFacts("2026-LIS-TNF-02", "TNF-alfa-hemmere\n2027",
            "Kravspesifikasjon", "https://anbud.example/supplier/tender.xhtml?id=7");

    @Test
    void aMailSaysItInBokmalAndThenEnglishWithTheLinkAndWhereToTurnItOff() {
        MailText text = MailText.of(NoticeKind.DOCUMENT_PUBLISHED, FACTS, "https://anbud.example/account/notices.xhtml");

        assertThat(text.subject()).isEqualTo("Dokument publisert i anbudet 2026-LIS-TNF-02 / Document published in tender 2026-LIS-TNF-02");
        assertThat(text.body()).contains("Dokumentet «Kravspesifikasjon» er publisert")
                .contains("The document \"Kravspesifikasjon\" was published")
                .contains("https://anbud.example/supplier/tender.xhtml?id=7")
                .contains("https://anbud.example/account/notices.xhtml")
                .contains("TNF-alfa-hemmere 2027");
        assertThat(text.body().indexOf("Dokumentet")).isLessThan(text.body().indexOf("The document"));
    }

    @Test
    void everyKindHasItsTextsInBothLanguages() {
        for (NoticeKind kind : NoticeKind.values()) {
            MailText text = MailText.of(kind, FACTS, "https://anbud.example/account/notices.xhtml");
            assertThat(text.subject()).as(kind.name()).doesNotContain("notification.mail");
            assertThat(text.body()).as(kind.name()).doesNotContain("notification.mail").contains(FACTS.link());
        }
    }

    @Test
    void longTitlesAreCutSoThatTheMailFitsItsRow() {
        NoticeFacts facts = new NoticeFacts("R", "t".repeat(5_000), "d".repeat(5_000), "https://x");
        MailText text = MailText.of(NoticeKind.DOCUMENT_PUBLISHED, facts, "https://x/c");

        assertThat(facts.tenderTitle()).hasSize(NoticeFacts.LONGEST_TEXT);
        assertThat(text.body().length()).isLessThanOrEqualTo(MailText.LONGEST_BODY);
    }
}
