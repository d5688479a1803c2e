package no.lis.tender.documents.application;

import jakarta.inject.Inject;
import no.lis.tender.documents.domain.DocumentFile;
import no.lis.tender.documents.domain.TenderDocument;
import no.lis.tender.documents.domain.TenderDocumentRepository;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Validation;

import java.time.Clock;

/**
 * A buyer publishes a new version of a tender document with a change note. The version it replaces
 * is kept, marked replaced, and stays downloadable; every supplier that has downloaded any
 * document of the tender gets a notice. The file must pass the same checks as an upload.
 */
@UseCase
public class AmendDocument {

    private final TenderDocumentRepository documents;
    private final DocumentStore store;
    private final Clock clock;

    @Inject
    public AmendDocument(TenderDocumentRepository documents, DocumentStore store, Clock clock) {
        this.documents = documents;
        this.store = store;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected AmendDocument() {
        this(null, null, null);
    }

    /** Returns the id of the new version; a version already replaced is refused as {@code documents.version.replaced}. */
    public Long amend(AmendDocumentCommand command, String actor) {
        TenderDocument current = Existing.require(command.documentId(), documents::find, Thing.DOCUMENT);
        Validation validation = new Validation();
        String changeNote = TenderDocument.checkChangeNote(validation, command.changeNote());
        DocumentFile file = validation.field("file",
                () -> DocumentFile.upload(command.file().fileName(), command.file().content(), command.file()));
        validation.throwIfInvalid();
        return store.publish(current.nextVersion(changeNote, file, actor, clock.instant()), file).getId();
    }
}
