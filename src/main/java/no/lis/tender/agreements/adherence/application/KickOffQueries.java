package no.lis.tender.agreements.adherence.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.agreements.adherence.domain.ConsumptionRecord;
import no.lis.tender.agreements.adherence.domain.ConsumptionRecordRepository;
import no.lis.tender.agreements.adherence.domain.KickOffMeeting;
import no.lis.tender.agreements.adherence.domain.KickOffMeetingRepository;
import no.lis.tender.agreements.adherence.domain.KickOffRule;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementLine;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementRepository;
import no.lis.tender.catalogue.domain.HospitalTrust;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.tendering.domain.Timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kick-off meetings and those overdue ({@link KickOffRule}), as of today in Norway. The trusts an
 * agreement needs a kick-off with are those that used its products in the last twelve months, and
 * those already meeting about it.
 */
@ApplicationScoped
@Transactional
public class KickOffQueries {

    static final int CONSUMPTION_MONTHS = 12;

    private final FrameworkAgreementRepository agreements;
    private final KickOffMeetingRepository meetings;
    private final ConsumptionRecordRepository consumption;
    private final Clock clock;

    @Inject
    public KickOffQueries(FrameworkAgreementRepository agreements, KickOffMeetingRepository meetings,
                          ConsumptionRecordRepository consumption, Clock clock) {
        this.agreements = agreements;
        this.meetings = meetings;
        this.consumption = consumption;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected KickOffQueries() {
        this(null, null, null, null);
    }

    /** The hospital trusts a kick-off can be held with, by name. */
    public List<String> hospitalTrusts() {
        return HospitalTrust.all().stream().map(HospitalTrust::name).sorted().toList();
    }

    /** One meeting as buyers read it ({@code kickOff.notFound}). */
    public KickOffRows.Meeting meeting(Long id) {
        KickOffMeeting meeting = Existing.require(id, meetings::findById, "kickOff.notFound");
        return KickOffRows.Meeting.of(meeting, agreements.findById(meeting.getAgreementId()).orElse(null));
    }

    public KickOffRows.Overview overview() {
        LocalDate today = Timeline.osloDate(clock.instant());
        Map<Long, FrameworkAgreement> all = agreements.findAll().stream()
                .collect(Collectors.toMap(FrameworkAgreement::getId, Function.identity()));
        List<KickOffMeeting> planned = meetings.findAll();
        List<FrameworkAgreement> followed = all.values().stream()
                .filter(agreement -> !agreement.isTerminated() || !agreement.getTerminatedOn().isBefore(today))
                .filter(agreement -> KickOffRule.isWithinFollowUp(agreement.getStart(), today))
                .sorted(Comparator.comparing(FrameworkAgreement::getStart).thenComparing(FrameworkAgreement::getId))
                .toList();
        YearMonth thisMonth = YearMonth.from(today);
        List<ConsumptionRecord> used = followed.isEmpty() ? List.of()
                : consumption.findBetween(thisMonth.minusMonths(CONSUMPTION_MONTHS), thisMonth);
        List<KickOffRows.Overdue> overdue = new ArrayList<>();
        for (FrameworkAgreement agreement : followed) {
            Set<Varenummer> packs = agreement.getLines().stream().map(x -> x.getPack().getVarenummer())
                    .collect(Collectors.toSet());
            Set<String> meetingTrusts = planned.stream().filter(m -> m.getAgreementId().equals(agreement.getId()))
                    .map(KickOffMeeting::getHospitalTrust).collect(Collectors.toSet());
            Set<String> trusts = used.stream().filter(record -> packs.contains(record.getVarenummer()))
                    .map(ConsumptionRecord::getHospitalTrust).collect(Collectors.toCollection(TreeSet::new));
            String label = KickOffRows.Agreement.of(agreement, null).label();
            LocalDate dueOn = KickOffRule.dueOn(agreement.getStart());
            if (meetingTrusts.isEmpty() && trusts.isEmpty()) {
                overdue.add(new KickOffRows.Overdue(agreement.getId(), label, agreement.getStart(), dueOn, null));
            }
            trusts.stream().filter(trust -> KickOffRule.isOverdue(agreement.getStart(), meetingTrusts.contains(trust), today))
                    .forEach(trust -> overdue.add(new KickOffRows.Overdue(agreement.getId(), label, agreement.getStart(),
                            dueOn, trust)));
        }
        List<KickOffRows.Agreement> toPlan = all.values().stream()
                .filter(agreement -> !agreement.getEnd().isBefore(today) && !agreement.isTerminated())
                .sorted(Comparator.comparing(FrameworkAgreement::getStart).reversed())
                .map(agreement -> KickOffRows.Agreement.of(agreement, KickOffRule.dueOn(agreement.getStart())))
                .toList();
        return new KickOffRows.Overview(today, toPlan, overdue, planned.stream()
                .map(meeting -> KickOffRows.Meeting.of(meeting, all.get(meeting.getAgreementId()))).toList());
    }
}
