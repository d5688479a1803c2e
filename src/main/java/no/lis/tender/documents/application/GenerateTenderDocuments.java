package no.lis.tender.documents.application;

import jakarta.inject.Inject;
import no.lis.tender.catalogue.domain.SubstanceRepository;
import no.lis.tender.documents.domain.DocumentKind;
import no.lis.tender.documents.domain.DocumentRenderer;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;
import java.time.Instant;

/**
 * Makes the invitation and the price form of a published tender from its lots, criteria and
 * timeline and the catalogue's substances: as version 1, or as a new version of each where they
 * exist already. Suppliers that have downloaded from the tender are notified of new versions.
 */
@UseCase
public class GenerateTenderDocuments {

    private final TenderRepository tenders;
    private final SubstanceRepository substances;
    private final DocumentRenderer renderer;
    private final DocumentStore store;
    private final Clock clock;

    @Inject
    public GenerateTenderDocuments(TenderRepository tenders, SubstanceRepository substances, DocumentRenderer renderer,
                                   DocumentStore store, Clock clock) {
        this.tenders = tenders;
        this.substances = substances;
        this.renderer = renderer;
        this.store = store;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected GenerateTenderDocuments() {
        this(null, null, null, null, null);
    }

    /** Refused as {@code documents.generate.notPublished} for a tender that has not been published. */
    public void generateFor(Long tenderId, String actor) {
        Tender tender = Existing.require(tenderId, tenders::find, Thing.TENDER);
        if (tender.getPublishedAt() == null) {
            throw new DomainException(null, "documents.generate.notPublished");
        }
        TenderContents contents = new TenderContents(tender, substances);
        String reference = tender.getReference().value();
        String changeNote = Texts.bokmal("documents.generated.changeNote");
        Instant now = clock.instant();
        store.publishGenerated(tenderId, reference, DocumentKind.INVITATION, renderer.invitation(contents.invitation()),
                changeNote, actor, now);
        store.publishGenerated(tenderId, reference, DocumentKind.PRICE_FORM, renderer.priceForm(contents.priceForm()),
                changeNote, actor, now);
    }
}
