package no.lis.tender.publication.application;

import no.lis.tender.tendering.domain.ContractNotice;
import no.lis.tender.tendering.domain.EeaThreshold;
import no.lis.tender.tendering.domain.Lot;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the buyer sees about a tender's notices: its estimated value against the EEA threshold,
 * whether a contract notice must be recorded before publication and whether it is, the lots' CPV
 * codes, and whether the award notice can be made.
 *
 * @param noticeRequired       whether the estimated value is at or above the threshold
 * @param awardNoticeAvailable whether the award letters have been issued, so that the award notice can be made
 */
public record NoticeStatus(Long tenderId, String reference, long version, boolean draft, BigDecimal estimatedValue,
                           BigDecimal threshold, boolean noticeRequired, String publicationId, LocalDate publishedOn,
                           String recordedBy, Instant recordedAt, List<LotCpv> lots,
                           boolean awardNoticeAvailable) implements Serializable {

    /** A lot with its CPV code. */
    public record LotCpv(int number, String title, String cpvCode) implements Serializable {
    }

    static NoticeStatus of(Tender tender, EeaThreshold threshold, boolean awardNoticeAvailable) {
        ContractNotice notice = tender.getContractNotice().orElse(null);
        BigDecimal value = tender.getEstimatedValue();
        return new NoticeStatus(tender.getId(), tender.getReference().value(), tender.getVersion(),
                tender.getStatus() == TenderStatus.DRAFT, value, threshold.value(),
                value != null && threshold.requiresNotice(value),
                notice == null ? null : notice.getPublicationId(), notice == null ? null : notice.getPublishedOn(),
                notice == null ? null : notice.getRecordedBy(), notice == null ? null : notice.getRecordedAt(),
                tender.getLots().stream().map(NoticeStatus::lot).toList(), awardNoticeAvailable);
    }

    private static LotCpv lot(Lot lot) {
        return new LotCpv(lot.getNumber(), lot.getTitle(), lot.getCpvCode().value());
    }
}
