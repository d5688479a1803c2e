package no.lis.tender.documents.domain;

import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class TenderDocumentTest {

    private static final Instant MONDAY = Instant.parse("2026-01-12T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-01-13T09:00:00Z");

    private static DocumentFile file(String text) {
        return DocumentFile.of("kontrakt.pdf", text.getBytes(StandardCharsets.US_ASCII));
    }

    private static TenderDocument contractDraft() {
        return TenderDocument.first(7L, DocumentKind.CONTRACT_DRAFT, "CONTRACT_DRAFT-001", "  Kontraktsutkast  ",
                file("abc"), "kari.buyer", MONDAY);
    }

    @Test
    void theFirstVersionIsCurrentAndKeepsTheDigestAndSizeOfItsContent() {
        TenderDocument first = contractDraft();

        assertThat(first.getVersionNumber()).isEqualTo(1);
        assertThat(first.isCurrent()).isTrue();
        assertThat(first.getTitle()).isEqualTo("Kontraktsutkast");
        assertThat(first.getSha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(first.getSizeBytes()).isEqualTo(3);
        assertThat(first.getChangeNote()).isNull();
        assertThat(first.getCreatedBy()).isEqualTo("kari.buyer");
        assertThat(first.getCreatedAt()).isEqualTo(MONDAY);
        assertThat(first.holds("abc".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(first.holds("abd".getBytes(StandardCharsets.US_ASCII))).isFalse();
    }

    @Test
    void aDocumentNeedsATitle() {
        assertThat(refusal(() -> TenderDocument.first(7L, DocumentKind.OTHER, "OTHER-001", " ", file("abc"),
                "kari.buyer", MONDAY))).containsExactly(new Violation("title", "validation.required"));
    }

    @Test
    void aNewVersionReplacesTheCurrentOneWhichIsKeptAndMarkedReplaced() {
        TenderDocument first = contractDraft();

        TenderDocument second = first.nextVersion("Ny frist for levering i punkt 4.", file("abcd"), "ola.buyer", TUESDAY);

        assertThat(second.getVersionNumber()).isEqualTo(2);
        assertThat(second.getSeriesKey()).isEqualTo(first.getSeriesKey());
        assertThat(second.getTitle()).isEqualTo(first.getTitle());
        assertThat(second.getChangeNote()).isEqualTo("Ny frist for levering i punkt 4.");
        assertThat(second.getCreatedBy()).isEqualTo("ola.buyer");
        assertThat(second.isCurrent()).isTrue();
        assertThat(first.isCurrent()).isFalse();
        assertThat(first.getReplacedAt()).isEqualTo(TUESDAY);
    }

    @Test
    void aNewVersionNeedsAChangeNote() {
        TenderDocument first = contractDraft();

        assertThat(refusal(() -> first.nextVersion("  ", file("abcd"), "kari.buyer", TUESDAY)))
                .containsExactly(new Violation("changeNote", "validation.required"));
        assertThat(first.isCurrent()).isTrue();
    }

    @Test
    void aReplacedVersionCannotBeReplacedAgain() {
        TenderDocument first = contractDraft();
        first.nextVersion("Rettet skrivefeil.", file("abcd"), "kari.buyer", TUESDAY);

        assertThat(refusal(() -> first.nextVersion("Enda en rettelse.", file("abcde"), "kari.buyer", TUESDAY)))
                .containsExactly(new Violation(null, "documents.version.replaced", "Kontraktsutkast", 1));
    }

    @Test
    void documentsAreReadWithTheInvitationFirstThenBySeriesAndVersion() {
        TenderDocument draft = contractDraft();
        TenderDocument draftAmended = draft.nextVersion("Rettet.", file("abcd"), "kari.buyer", TUESDAY);
        TenderDocument invitation = TenderDocument.first(7L, DocumentKind.INVITATION, "INVITATION", "Konkurransegrunnlag",
                file("x"), "kari.buyer", MONDAY);
        TenderDocument priceForm = TenderDocument.first(7L, DocumentKind.PRICE_FORM, "PRICE_FORM", "Prisskjema",
                file("y"), "kari.buyer", MONDAY);
        List<TenderDocument> documents = new ArrayList<>(List.of(draftAmended, priceForm, draft, invitation));

        documents.sort(TenderDocument.READING_ORDER);

        assertThat(documents).containsExactly(invitation, priceForm, draft, draftAmended);
    }

    @Test
    void uploadedSeriesKeysSortAsTheSeriesWereStarted() {
        assertThat(DocumentKind.CONTRACT_DRAFT.uploadedSeriesKey(2)).isEqualTo("CONTRACT_DRAFT-002");
        assertThat(DocumentKind.OTHER.uploadedSeriesKey(10)).isGreaterThan(DocumentKind.OTHER.uploadedSeriesKey(9));
        assertThat(DocumentKind.PRICE_FORM.generatedFileName("2026-LIS-TNF-01"))
                .isEqualTo("2026-LIS-TNF-01-prisskjema.pdf");
    }
}
