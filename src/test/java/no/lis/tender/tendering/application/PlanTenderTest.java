package no.lis.tender.tendering.application;

import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.ProcurementInstrument;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderStatus;
import org.junit.jupiter.api.Test;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.CLOCK;
import static no.lis.tender.tendering.domain.TenderFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class PlanTenderTest {

    private final Drafts drafts = new Drafts();
    private final PlanTender planTender = new PlanTender(drafts.tenders, drafts.library, CLOCK);

    @Test
    void planningStoresADraftWithThePhaseDefaultsFromTheLibrary() {
        Tender tender = drafts.tender(drafts.plan(3));

        assertThat(tender.getStatus()).isEqualTo(TenderStatus.DRAFT);
        assertThat(tender.getInstrument()).isEqualTo(ProcurementInstrument.TENDER_WITH_RANKING);
        assertThat(tender.getCriteria().get(1).getSubCriteria()).extracting(s -> s.getLibraryCode())
                .containsExactly("QUA-READY-TO-USE", "QUA-SHELF-LIFE", "QUA-LABELLING");
    }

    @Test
    void aReferenceInUseIsRefused() {
        drafts.plan(3);

        assertThat(refusal(() -> planTender.plan(
                new PlanTenderCommand("2026-lis-tnf-01", "Igjen", 7L, 3L, 3, null), BUYER)))
                .containsExactly(new Violation("reference", "tender.reference.taken", "2026-LIS-TNF-01"));
    }

    @Test
    void everyBrokenInputIsReportedOnceAndAtOnce() {
        assertThat(refusal(() -> planTender.plan(new PlanTenderCommand("LIS-1", " ", null, null, 9, null), BUYER)))
                .containsExactlyInAnyOrder(
                        new Violation("reference", "tender.reference.invalid", "LIS-1"),
                        new Violation("marketPhase", "tender.marketPhase.invalid", 9),
                        new Violation("title", "validation.required"),
                        new Violation("therapeuticAreaId", "validation.required"),
                        new Violation("specialistGroupId", "validation.required"));
    }
}
