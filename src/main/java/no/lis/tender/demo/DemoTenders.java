package no.lis.tender.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.CriterionTemplate;
import no.lis.tender.tendering.domain.CpvCode;
import no.lis.tender.tendering.domain.CriterionTemplateRepository;
import no.lis.tender.tendering.domain.EeaThreshold;
import no.lis.tender.tendering.domain.LotSpecification;
import no.lis.tender.tendering.domain.MarketPhase;
import no.lis.tender.tendering.domain.MarketSplit;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderReference;
import no.lis.tender.tendering.domain.TenderRepository;
import no.lis.tender.tendering.domain.Timeline;
import no.lis.tender.tendering.domain.VolumeUnit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tender rounds in every market phase and in several statuses, built through the domain so that
 * they obey its rules: steps that happened in the past are taken with a clock set to that time.
 * Dates are relative to today, so the published demo tender is always open for offers.
 */
@ApplicationScoped
class DemoTenders {

    private static final String BUYER = "kari";
    /** CPV codes below 33600000 for the drugs of the demo's lots (ATC L04, J01 and B01). */
    private static final CpvCode IMMUNOSUPPRESSANTS = new CpvCode("33652300");
    private static final CpvCode ANTIBACTERIALS = new CpvCode("33651000");
    private static final CpvCode ANTITHROMBOTICS = new CpvCode("33621100");

    @Inject
    TenderRepository tenders;

    @Inject
    CriterionTemplateRepository library;

    @Inject
    Clock clock;

    @Inject
    EeaThreshold threshold;

    /** Numbers the demo's Doffin notices, as Doffin numbers them within a year. */
    private int doffinSerial = 104_512;

    void load(Map<String, Long> areas, Map<String, Long> groups) {
        List<CriterionTemplate> templates = library.findActive();
        LocalDate today = today();
        Long reuma = areas.get("REUMA");
        Long tnf = groups.get("TNF");

        // Phase 5 (competition at the lowest price): the running biosimilar agreement for TNF-alpha inhibitors,
        // adalimumab split by health region.
        Tender running = plan("2025-LIS-TNF-01", "TNF-alfa-hemmere og biotilsvarende legemidler 2026–2028", reuma, tnf,
                MarketPhase.LOWEST_PRICE_COMPETITION, templates, today.minusMonths(20));
        lot(running, "Adalimumab", "Revmatoid artritt, psoriasisartritt, Crohns sykdom, ulcerøs kolitt", "L04AB04",
                "2400000", MarketSplit.HEALTH_REGIONS, today.minusMonths(20));
        lot(running, "Etanercept", "Revmatoid artritt, aksial spondyloartritt", "L04AB01", "900000", MarketSplit.NONE,
                today.minusMonths(20));
        lot(running, "Infliksimab", "Inflammatorisk tarmsykdom og revmatologi, intravenøs", "L04AB02", "1300000",
                MarketSplit.NONE, today.minusMonths(20));
        notice(running, "3800000000", IMMUNOSUPPRESSANTS, today.minusMonths(20));
        LocalDate runningDeadline = today.minusMonths(16);
        schedule(running, runningDeadline, today.minusMonths(19));
        publish(running, today.minusMonths(19));
        at(runningDeadline.plusDays(1), c -> running.closeSubmission(c));
        at(runningDeadline.plusDays(2), c -> running.markOpened("per", c));
        at(runningDeadline.plusWeeks(5), c -> running.markEvaluated(BUYER, c));
        at(runningDeadline.plusWeeks(6), c -> running.markAwarded(BUYER, c));
        at(runningDeadline.plusWeeks(6), c -> running.startStandstill(BUYER, c));
        at(runningDeadline.plusWeeks(8), c -> running.activateAgreement(BUYER, c));
        tenders.save(running);

        // Phase 4 (generic entry): the next TNF round, published and open for offers.
        Tender open = plan("2026-LIS-TNF-02", "TNF-alfa-hemmere 2027–2029: adalimumab, etanercept og infliksimab",
                reuma, tnf, MarketPhase.GENERIC_ENTRY, templates, today.minusWeeks(2));
        lot(open, "Adalimumab, subkutan", "Nye og eksisterende pasienter, alle godkjente indikasjoner", "L04AB04",
                "2600000", MarketSplit.HEALTH_REGIONS, today.minusWeeks(2));
        lot(open, "Etanercept, subkutan", "Revmatoid artritt, psoriasisartritt, aksial spondyloartritt", "L04AB01",
                "850000", MarketSplit.NONE, today.minusWeeks(2));
        lot(open, "Infliksimab, intravenøs og subkutan", "Inflammatorisk tarmsykdom", "L04AB02", "1400000",
                MarketSplit.NONE, today.minusWeeks(2));
        notice(open, "3200000000", IMMUNOSUPPRESSANTS, today.minusWeeks(2));
        schedule(open, today.plusWeeks(4), today.minusDays(5));
        publish(open, today.minusDays(5));
        tenders.save(open);

        // Phase 3 (competition begins): patented, therapeutically comparable drugs ranked by the specialist group;
        // still a draft.
        Tender comparable = plan("2026-LIS-TNF-03", "Golimumab og certolizumab pegol – terapeutisk sammenlignbare",
                reuma, tnf, MarketPhase.COMPETITION_BEGINS, templates, today.minusDays(3));
        lot(comparable, "Golimumab og certolizumab pegol", "Aksial spondyloartritt hos voksne", "L04AB06,L04AB05",
                "310000", MarketSplit.NONE, today.minusDays(3));
        notice(comparable, "240000000", IMMUNOSUPPRESSANTS, today.minusDays(3));
        tenders.save(comparable);

        // Phase 6 (renewed monopoly): old antibiotics with falling volume; supply security weighs as much as price;
        // offers opened.
        Tender antibiotics = plan("2026-LIS-ANTIBIOTIKA-01", "Eldre antibiotika med forsyningsrisiko",
                areas.get("INFEK"), groups.get("ANTIBIOTIKA"), MarketPhase.RENEWED_MONOPOLY, templates, today.minusMonths(4));
        lot(antibiotics, "Piperacillin og tazobaktam", "Alvorlige infeksjoner i sykehus", "J01CR05", "180000",
                MarketSplit.NONE, today.minusMonths(4));
        lot(antibiotics, "Meropenem", "Alvorlige infeksjoner, reserveantibiotikum", "J01DH02", "95000",
                MarketSplit.NORDIC, today.minusMonths(4));
        notice(antibiotics, "45000000", ANTIBACTERIALS, today.minusMonths(4));
        LocalDate antibioticsDeadline = today.minusWeeks(3);
        schedule(antibiotics, antibioticsDeadline, today.minusMonths(3));
        publish(antibiotics, today.minusMonths(3));
        at(antibioticsDeadline.plusDays(1), c -> antibiotics.closeSubmission(c));
        at(antibioticsDeadline.plusDays(2), c -> antibiotics.markOpened("per", c));
        tenders.save(antibiotics);

        // Phase 4 (generic entry): low-molecular-weight heparins; the deadline has passed, offers not yet opened.
        Tender heparins = plan("2026-LIS-LMWH-01", "Lavmolekylære hepariner", areas.get("BLOD"), groups.get("BLOD"),
                MarketPhase.GENERIC_ENTRY, templates, today.minusMonths(2));
        lot(heparins, "Enoksaparin", "Profylakse og behandling av venøs tromboembolisme", "B01AB05", "2100000",
                MarketSplit.NONE, today.minusMonths(2));
        notice(heparins, "160000000", ANTITHROMBOTICS, today.minusMonths(2));
        LocalDate heparinDeadline = today.minusDays(2);
        schedule(heparins, heparinDeadline, today.minusMonths(2).plusDays(1));
        publish(heparins, today.minusMonths(2).plusDays(1));
        at(heparinDeadline.plusDays(1), c -> heparins.closeSubmission(c));
        tenders.save(heparins);

        // Phase 1 (introduction): a price negotiation for a new drug; never an open tender.
        tenders.save(plan("2026-LIS-ONKO-01", "Prisforhandling: ny PD-1-hemmer (Nye metoder ID2025_047)",
                areas.get("ONKO"), groups.get("ONKOLOGI"), MarketPhase.INTRODUCTION, templates, today.minusWeeks(6)));

        // Phase 0: horizon scanning before marketing authorisation.
        tenders.save(plan("2026-LIS-HORISONT-01", "Horisontskanning: nye biologiske legemidler mot MS 2027",
                areas.get("NEVRO"), groups.get("NEVRO"), MarketPhase.PRE_AUTHORISATION, templates, today.minusWeeks(1)));

        // Phase 6 (renewed monopoly): a round cancelled for lack of competition, kept with its reason.
        Tender cancelled = plan("2025-LIS-MS-01", "Glatirameracetat – fare for nytt monopol", areas.get("NEVRO"),
                groups.get("NEVRO"), MarketPhase.RENEWED_MONOPOLY, templates, today.minusMonths(9));
        at(today.minusMonths(8), c -> cancelled.cancel("Bare én leverandør svarte på markedsdialogen; videreføres som forhandling.",
                BUYER, c));
        tenders.save(cancelled);
    }

    /**
     * Phase 4 (generic entry): adalimumab and etanercept for another year, published eleven weeks ago with its
     * submission deadline four weeks ago; {@link DemoEvaluation} takes it on to offers, the opening
     * and the scoring. Saved after the tenders of {@link #load}.
     */
    Tender inEvaluation(Map<String, Long> areas, Map<String, Long> groups) {
        LocalDate today = today();
        LocalDate planned = today.minusMonths(3);
        Tender tender = plan("2026-LIS-TNF-04", "Adalimumab og etanercept – forlengelse", areas.get("REUMA"),
                groups.get("TNF"), MarketPhase.GENERIC_ENTRY, library.findActive(), planned);
        lot(tender, "Adalimumab, subkutan", "Revmatoid artritt, psoriasisartritt, Crohns sykdom, ulcerøs kolitt",
                "L04AB04", "2400000", MarketSplit.NONE, planned);
        lot(tender, "Etanercept, subkutan", "Revmatoid artritt, psoriasisartritt, aksial spondyloartritt", "L04AB01",
                "900000", MarketSplit.NONE, planned);
        notice(tender, "1900000000", IMMUNOSUPPRESSANTS, planned);
        schedule(tender, today.minusWeeks(4), today.minusWeeks(11));
        publish(tender, today.minusWeeks(11));
        return tenders.save(tender);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Timeline.OSLO));
    }

    private static Tender plan(String reference, String title, Long area, Long group, MarketPhase phase,
                               List<CriterionTemplate> templates, LocalDate on) {
        return Tender.plan(TenderReference.parse(reference), title, area, group, phase, templates, BUYER, clockAt(on));
    }

    private static void lot(Tender tender, String title, String indication, String atcCodes, String volume,
                            MarketSplit split, LocalDate on) {
        Set<AtcCode> substances = Arrays.stream(atcCodes.split(",")).map(AtcCode::new).collect(Collectors.toSet());
        tender.addLot(new LotSpecification(title, indication, substances, new BigDecimal(volume), VolumeUnit.DDD,
                ComparisonBasis.PER_DDD, null, split.markets()), BUYER, clockAt(on));
    }

    /** Questions until two weeks before the deadline, award four weeks after, a 2 + 1 + 1 year agreement. */
    private static void schedule(Tender tender, LocalDate submissionDeadline, LocalDate on) {
        LocalDate award = submissionDeadline.plusWeeks(4);
        LocalDate start = award.plusMonths(2).withDayOfMonth(1);
        tender.reschedule(new Timeline(null, noonOslo(submissionDeadline.minusWeeks(2)), noonOslo(submissionDeadline),
                award, start, start.plusYears(2).minusDays(1), List.of(1, 1)), BUYER, clockAt(on));
    }

    /** The estimated value of the whole round (NOK, options included) and one CPV code for all its lots. */
    private static void notice(Tender tender, String value, CpvCode cpv, LocalDate on) {
        Map<Integer, CpvCode> codes = tender.getLots().stream()
                .collect(Collectors.toMap(l -> l.getNumber(), l -> cpv));
        tender.prepareNotice(new BigDecimal(value), codes, BUYER, clockAt(on));
    }

    /** Published on {@code on}; a round at or above the EEA threshold had its Doffin contract notice the same day. */
    private void publish(Tender tender, LocalDate on) {
        if (threshold.requiresNotice(tender.getEstimatedValue())) {
            tender.recordContractNotice(on.getYear() + "-" + doffinSerial++, on, BUYER, clockAt(on));
        }
        tender.publish(BUYER, clockAt(on), threshold);
    }

    private static void at(LocalDate day, java.util.function.Consumer<Clock> step) {
        step.accept(clockAt(day));
    }

    private static Instant noonOslo(LocalDate day) {
        return Timeline.atOslo(LocalDateTime.of(day, LocalTime.NOON));
    }

    /** Nine o'clock Oslo time on {@code day}: when the demo buyer did that step. */
    private static Clock clockAt(LocalDate day) {
        return Clock.fixed(Timeline.atOslo(LocalDateTime.of(day, LocalTime.of(9, 0))), ZoneOffset.UTC);
    }
}
