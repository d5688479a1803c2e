package no.lis.tender.tendering.application;

import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Versions;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

/** Loads the tender a command edits, as the version the user saw. */
final class TenderEdits {

    private TenderEdits() {
    }

    /**
     * The tender with {@code id}, refused as {@code not.found} if there is none and as
     * {@code concurrent.modification} if it changed since the user loaded {@code version}.
     */
    static Tender load(TenderRepository tenders, Long id, Long version) {
        Tender tender = Existing.require(id, tenders::find, Thing.TENDER);
        Versions.require(tender.getVersion(), version, Thing.TENDER.named(tender.getReference()));
        return tender;
    }
}
