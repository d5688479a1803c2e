package no.lis.tender.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.documents.domain.DocumentDownloadRepository;
import no.lis.tender.notification.domain.DeadlineReminder;
import no.lis.tender.notification.domain.DeadlineReminderRepository;
import no.lis.tender.notification.domain.NoticeKind;
import no.lis.tender.offers.domain.Offer;
import no.lis.tender.offers.domain.OfferRepository;
import no.lis.tender.shared.domain.Formats;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFilter;
import no.lis.tender.tendering.domain.TenderRepository;
import no.lis.tender.tendering.domain.TenderSort;
import no.lis.tender.tendering.domain.TenderStatus;
import no.lis.tender.tendering.domain.TenderSummary;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reminds the suppliers that follow a published tender (they downloaded from it) and have not submitted
 * an offer, once, when its submission deadline is less than 48 hours away. Each tender in a transaction of
 * its own, with the reminder's row that keeps two servers from reminding twice.
 */
@ApplicationScoped
public class RemindOfDeadlines {

    /** The deadline as both languages read it, without dots or commas that could pass for a sum. */
    static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Formats.OSLO);
    private static final int PAGE = 50;

    @Inject
    TenderRepository tenders;
    @Inject
    DocumentDownloadRepository downloads;
    @Inject
    OfferRepository offers;
    @Inject
    DeadlineReminderRepository reminders;
    @Inject
    NoticeEvents notices;
    @Inject
    Clock clock;

    /** The published tenders whose deadline is to be reminded of now and was not yet, by id. */
    @Transactional
    public List<Long> due() {
        Instant now = clock.instant();
        List<Long> due = new ArrayList<>();
        TenderFilter published = new TenderFilter(null, TenderStatus.PUBLISHED, null, null);
        for (int first = 0; ; first += PAGE) {
            List<TenderSummary> page = tenders.search(published, first, PAGE, TenderSort.SUBMISSION_DEADLINE, true);
            for (TenderSummary tender : page) {
                if (DeadlineReminder.isDue(tender.submissionDeadline(), now)
                        && !reminders.exists(tender.id(), tender.submissionDeadline())) {
                    due.add(tender.id());
                }
            }
            boolean beyond = page.stream().anyMatch(t -> t.submissionDeadline() != null
                    && t.submissionDeadline().isAfter(now.plus(DeadlineReminder.BEFORE)));
            if (page.size() < PAGE || beyond) {
                return due;
            }
        }
    }

    /** Reminds of tender {@code tenderId}'s deadline, unless it is not due or was reminded of; returns the mails queued. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int remind(Long tenderId) {
        Instant now = clock.instant();
        Tender tender = tenders.find(tenderId).orElse(null);
        if (tender == null || tender.getStatus() != TenderStatus.PUBLISHED) {
            return 0;
        }
        Instant deadline = tender.getTimeline().getSubmissionDeadline();
        if (!DeadlineReminder.isDue(deadline, now) || reminders.exists(tenderId, deadline)) {
            return 0;
        }
        reminders.add(DeadlineReminder.of(tenderId, deadline, now));
        Set<Long> submitted = offers.findByTender(tenderId).stream().filter(Offer::isSubmitted)
                .map(Offer::getSupplierId).collect(Collectors.toSet());
        List<Long> waiting = downloads.findSupplierIdsByTender(tenderId).stream()
                .filter(supplier -> !submitted.contains(supplier)).toList();
        return notices.tell(NoticeKind.DEADLINE_REMINDER, notices.usersOf(waiting), tender, DEADLINE.format(deadline),
                NoticeEvents.SUPPLIER_TENDER + tenderId);
    }
}
