package no.lis.tender.offers.application;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.offers.domain.PriceSchedule;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Spreadsheets;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;
import no.lis.tender.tendering.domain.TenderStatus;

import java.util.List;

/**
 * The empty price schedule of a published tender as XLSX ({@link PriceSchedule}): the lots and
 * markets, nothing of any offer, so it holds no price.
 */
@ApplicationScoped
@Transactional
public class PriceSchedules {

    private final TenderRepository tenders;
    private final Spreadsheets spreadsheets;

    @Inject
    public PriceSchedules(TenderRepository tenders, Spreadsheets spreadsheets) {
        this.tenders = tenders;
        this.spreadsheets = spreadsheets;
    }

    /** For the CDI proxy. */
    protected PriceSchedules() {
        this(null, null);
    }

    /** The file and its name; a tender still in draft is not there for suppliers ({@code offers.tenderNotFound}). */
    public Download schedule(Long tenderId) {
        Tender tender = OfferAccess.tender(tenders, tenderId);
        if (tender.getStatus() == TenderStatus.DRAFT) {
            throw new DomainException(null, "offers.tenderNotFound");
        }
        PriceSchedule schedule = PriceSchedule.of(tender);
        return new Download(schedule.fileName(), spreadsheets.write(List.of(schedule.sheet())));
    }

    /** An XLSX file to download. */
    public record Download(String fileName, byte[] content) {
    }
}
