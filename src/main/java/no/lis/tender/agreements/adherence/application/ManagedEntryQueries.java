package no.lis.tender.agreements.adherence.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.agreements.adherence.domain.ConsumptionRecord;
import no.lis.tender.agreements.adherence.domain.ConsumptionRecordRepository;
import no.lis.tender.agreements.framework.application.AgreementPricing;
import no.lis.tender.agreements.framework.application.ManagedEntryTermsRow;
import no.lis.tender.agreements.framework.domain.AgreementKind;
import no.lis.tender.agreements.framework.domain.AgreementYear;
import no.lis.tender.agreements.framework.domain.ManagedEntryAgreement;
import no.lis.tender.agreements.framework.domain.ManagedEntryAgreementRepository;
import no.lis.tender.agreements.framework.domain.ManagedEntryCost;
import no.lis.tender.tendering.domain.Timeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The managed-entry agreements with what they cost, from the estimated volume and from the
 * consumption imported in the current agreement year (every hospital trust, the packs the MEA
 * covers); changes nothing.
 */
@ApplicationScoped
@Transactional
public class ManagedEntryQueries {

    private final ManagedEntryAgreementRepository meas;
    private final AgreementPricing pricing;
    private final ConsumptionRecordRepository consumption;
    private final Clock clock;

    @Inject
    public ManagedEntryQueries(ManagedEntryAgreementRepository meas, AgreementPricing pricing,
                               ConsumptionRecordRepository consumption, Clock clock) {
        this.meas = meas;
        this.pricing = pricing;
        this.consumption = consumption;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected ManagedEntryQueries() {
        this(null, null, null, null);
    }

    /** The agreement {@code kind}/{@code id} with its MEA, if any, as of today in Norway (unknown ids refused, see {@link AgreementPricing#of}). */
    public ManagedEntryOverview of(AgreementKind kind, Long id) {
        Optional<ManagedEntryAgreement> mea = meas.findByAgreement(kind, id);
        return overview(kind, id, mea.orElse(null), Timeline.osloDate(clock.instant()), consumption::findBetween);
    }

    /**
     * Every MEA, as of today; those whose re-assessment is due first. MEAs whose agreement years span
     * the same months share one read of that consumption.
     */
    public List<ManagedEntryOverview> all() {
        LocalDate today = Timeline.osloDate(clock.instant());
        Map<List<YearMonth>, List<ConsumptionRecord>> read = new HashMap<>();
        BiFunction<YearMonth, YearMonth, List<ConsumptionRecord>> used = (from, to) ->
                read.computeIfAbsent(List.of(from, to), months -> consumption.findBetween(from, to));
        return meas.findAll().stream().map(mea -> overview(mea.getAgreementKind(), mea.getAgreementId(), mea, today, used))
                .sorted((a, b) -> Boolean.compare(b.reassessmentDue(), a.reassessmentDue())).toList();
    }

    private ManagedEntryOverview overview(AgreementKind kind, Long id, ManagedEntryAgreement mea, LocalDate today,
                                          BiFunction<YearMonth, YearMonth, List<ConsumptionRecord>> used) {
        AgreementPricing.PricedAgreement priced = pricing.of(kind, id, mea == null ? null : mea.getVarenummer());
        AgreementYear year = AgreementYear.containing(priced.start(), today);
        YearMonth upTo = YearMonth.from(today).isBefore(year.lastMonth()) ? YearMonth.from(today) : year.lastMonth();
        BigDecimal packs = used.apply(year.firstMonth(), upTo).stream()
                .filter(record -> priced.packs().contains(record.getVarenummer().value()))
                .map(ConsumptionRecord::getPacks).reduce(BigDecimal.ZERO, BigDecimal::add);
        int months = upTo.isBefore(year.firstMonth()) ? 0 : (int) ChronoUnit.MONTHS.between(year.firstMonth(), upTo) + 1;
        ManagedEntryCost estimated = null;
        ManagedEntryCost soFar = null;
        ManagedEntryCost projected = null;
        if (mea != null) {
            estimated = mea.expectedYear(priced.pricePerPack(), priced.maximumPrice(), today);
            soFar = mea.costOf(packs, priced.pricePerPack(), priced.maximumPrice(), today);
            if (months > 0) {
                projected = mea.costOf(packs.multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(months),
                        ManagedEntryAgreement.PACKS_SCALE, RoundingMode.HALF_UP), priced.pricePerPack(),
                        priced.maximumPrice(), today);
            }
        }
        return new ManagedEntryOverview(kind.path(), id, priced.label(), priced.varenummer(), priced.productName(),
                priced.supplierName(), priced.pricePerPack(), priced.maximumPrice(),
                mea == null ? null : ManagedEntryTermsRow.of(mea), year.first(), year.last(), months, packs, estimated,
                soFar, projected, mea != null && mea.isReassessmentDue(today));
    }
}
