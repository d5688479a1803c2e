package no.lis.tender.offers.application;

import no.lis.tender.documents.Pdfs;
import no.lis.tender.offers.application.SaveOfferDraftCommand.AnswerInput;
import no.lis.tender.offers.application.SaveOfferDraftCommand.LotInput;
import no.lis.tender.offers.domain.OfferFixtures;
import no.lis.tender.tendering.domain.CriterionType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static no.lis.tender.offers.domain.OfferFixtures.ADMIN;
import static no.lis.tender.offers.domain.OfferFixtures.BUYER;
import static no.lis.tender.offers.domain.OfferFixtures.SUPPLIER_A;
import static no.lis.tender.offers.domain.OfferFixtures.SUPPLIER_B;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class AttachToOfferTest {

    private static final byte[] PDF = Pdfs.ofPages(1);

    private final OffersWorld world = new OffersWorld();

    @Test
    void aSuppliersPdfIsKeptSealedAndAnAnswerCanReferToIt() {
        Long attachment = world.attachToOffer.attach(world.tender.getId(),
                Pdfs.checked("C:\\docs\\ISO14001.pdf", PDF), SUPPLIER_A);

        Long offer = world.saveDraft.save(new SaveOfferDraftCommand(world.tender.getId(), 0L,
                List.of(lotAnswering(attachment))), SUPPLIER_A);

        assertThat(offer).isNotNull();
        assertThat(world.attachmentQueries.ownAttachments(world.tender.getId(), SUPPLIER_A))
                .singleElement().satisfies(a -> assertThat(a.fileName()).isEqualTo("ISO14001.pdf"));
        assertThat(world.attachmentQueries.file(attachment, SUPPLIER_A).content()).isEqualTo(PDF);
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedWhateverItsName() {
        assertThat(refusal(() -> world.attachToOffer.attach(world.tender.getId(),
                Pdfs.checked("miljø.pdf", "bare tekst".getBytes(StandardCharsets.UTF_8)), SUPPLIER_A)))
                .extracting(v -> v.messageKey()).containsExactly("documents.upload.notPdf");
    }

    @Test
    void anotherSupplierCanNeitherReadTheFileNorReferToIt() {
        Long attachment = world.attachToOffer.attach(world.tender.getId(), Pdfs.checked("ISO14001.pdf", PDF), SUPPLIER_A);

        assertThat(refusal(() -> world.attachmentQueries.file(attachment, SUPPLIER_B)))
                .extracting(v -> v.messageKey()).containsExactly("offers.notYours");
        assertThat(refusal(() -> world.saveDraft.save(new SaveOfferDraftCommand(world.tender.getId(), null,
                List.of(lotAnswering(attachment))), SUPPLIER_B)))
                .extracting(v -> v.messageKey()).containsExactly("offers.attachment.unknown");
    }

    @Test
    void buyersAndAdministratorsCannotReadTheFileBeforeTheOpening() {
        Long attachment = world.attachToOffer.attach(world.tender.getId(), Pdfs.checked("ISO14001.pdf", PDF), SUPPLIER_A);

        assertThat(refusal(() -> world.attachmentQueries.file(attachment, BUYER)))
                .extracting(v -> v.messageKey()).containsExactly("offers.sealed");
        assertThat(refusal(() -> world.attachmentQueries.file(attachment, ADMIN)))
                .extracting(v -> v.messageKey()).containsExactly("offers.sealed");
    }

    @Test
    void nothingCanBeAttachedAtTheDeadline() {
        world.clock.set(world.tender.getTimeline().getSubmissionDeadline());

        assertThat(refusal(() -> world.attachToOffer.attach(world.tender.getId(), Pdfs.checked("sent.pdf", PDF), SUPPLIER_A)))
                .extracting(v -> v.messageKey()).containsExactly("offers.deadlinePassed");
    }

    private LotInput lotAnswering(Long attachment) {
        LotInput lot = world.lot(1, "1000");
        return new LotInput(1, lot.products(), lot.unitPricePerPack(), List.of(new AnswerInput("ENVIRONMENT",
                OfferFixtures.subCriterion(world.tender, CriterionType.ENVIRONMENT), "Se vedlegget.", List.of(attachment))), null);
    }
}
