package no.lis.tender.tendering.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Formats;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Versioned;
import no.lis.tender.shared.domain.Violation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tender round (anbudskonkurranse) for the drugs of one therapeutic area, the aggregate root of
 * tendering. It is planned as a draft in a market phase, which gives it its procurement instrument
 * and starting award criteria; the buyer writes its lots, criteria and timeline, publishes it and
 * takes it through its life ({@link TenderStatus}). Only a draft may be edited. Every step is
 * appended to its log. Therapeutic area and specialist group belong to the catalogue and are
 * referred to by id.
 */
@Entity
@Table(name = "TND_TENDER")
@NamedQuery(name = "Tender.findById", query = "SELECT t FROM Tender t WHERE t.id = :id")
@NamedQuery(name = "Tender.findByReference", query = "SELECT t FROM Tender t WHERE t.reference = :reference")
@NamedQuery(name = "Tender.findBySpecialistGroup",
        query = "SELECT t FROM Tender t WHERE t.specialistGroupId = :groupId ORDER BY t.id DESC")
@NamedQuery(name = "Tender.countById", query = "SELECT COUNT(t) FROM Tender t WHERE t.id = :id")
@NamedQuery(name = "Tender.countByPhaseAndStatus",
        query = "SELECT NEW no.lis.tender.tendering.domain.PhaseStatusCount(t.marketPhase, t.status, COUNT(t))"
                + " FROM Tender t GROUP BY t.marketPhase, t.status ORDER BY t.marketPhase, t.status")
@NamedQuery(name = "Tender.stamp", query = "SELECT COUNT(t), SUM(t.version), MAX(t.id) FROM Tender t")
public class Tender extends Versioned {

    /** Climate and environment weigh at least this much, as the main rule of Norwegian public tenders. */
    public static final int ENVIRONMENT_MAIN_RULE_WEIGHT = 30;
    static final int TITLE_LENGTH = 200;
    static final int REASON_LENGTH = 2000;

    @Column(name = "TENDER_REFERENCE", nullable = false, unique = true, length = TenderReference.MAX_LENGTH)
    private TenderReference reference;

    @Column(name = "TITLE", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "THERAPEUTIC_AREA_ID", nullable = false)
    private Long therapeuticAreaId;

    @Column(name = "SPECIALIST_GROUP_ID", nullable = false)
    private Long specialistGroupId;

    @Enumerated(EnumType.STRING)
    @Column(name = "MARKET_PHASE", nullable = false, length = 10)
    private MarketPhase marketPhase;

    @Enumerated(EnumType.STRING)
    @Column(name = "INSTRUMENT", nullable = false, length = 30)
    private ProcurementInstrument instrument;

    @Column(name = "SEVERAL_RANKED_SUPPLIERS", nullable = false)
    private boolean severalRankedSuppliersAllowed;

    @OneToMany(mappedBy = "tender", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Lot> lots = new ArrayList<>();

    @OneToMany(mappedBy = "tender", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<AwardCriterion> criteria = new ArrayList<>();

    @Embedded
    private EnvironmentJustification environmentJustification;

    @Embedded
    private Timeline timeline;

    /** The estimated value of the whole round, NOK excluding VAT, options included; null until estimated. */
    @Column(name = "ESTIMATED_VALUE", precision = 18, scale = 2)
    private BigDecimal estimatedValue;

    @Embedded
    private ContractNotice contractNotice;

    @Enumerated(EnumType.STRING)
    @Column(name = "PROCEDURE_TYPE", nullable = false, length = 30)
    private TenderProcedure procedure;

    @ElementCollection
    @CollectionTable(name = "TND_TIME_LIMIT_JUSTIFICATION", joinColumns = @JoinColumn(name = "TENDER_ID"))
    private List<TimeLimitJustification> timeLimitJustifications = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "TND_QUALIFICATION_REQUIREMENT", joinColumns = @JoinColumn(name = "TENDER_ID"))
    @OrderColumn(name = "REQUIREMENT_INDEX")
    private List<QualificationRequirement> qualificationRequirements = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 30)
    private TenderStatus status;

    @Column(name = "CREATED_BY", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "PUBLISHED_BY", length = 60)
    private String publishedBy;

    @Column(name = "PUBLISHED_AT")
    private Instant publishedAt;

    @Column(name = "CANCELLATION_REASON", length = REASON_LENGTH)
    private String cancellationReason;

    @ElementCollection
    @CollectionTable(name = "TND_TENDER_LOG", joinColumns = @JoinColumn(name = "TENDER_ID"))
    @OrderColumn(name = "LOG_INDEX")
    private List<TenderLogEntry> log = new ArrayList<>();

    protected Tender() {
    }

    /**
     * Plans a tender round as a draft: the phase gives the procurement instrument, whether several
     * ranked suppliers may be awarded, and the starting award criteria with sub-criteria drawn from
     * the active templates of {@code library}. Every broken rule is reported at once.
     */
    public static Tender plan(TenderReference reference, String title, Long therapeuticAreaId,
                              Long specialistGroupId, MarketPhase phase, Collection<CriterionTemplate> library,
                              String actor, Clock clock) {
        Validation validation = new Validation();
        validation.required(reference, "reference");
        Tender tender = new Tender();
        tender.reference = reference;
        tender.describe(validation, title, therapeuticAreaId, specialistGroupId, phase);
        tender.instrument = phase.defaultInstrument();
        tender.severalRankedSuppliersAllowed = tender.instrument.allowsSeveralRankedSuppliersByDefault();
        phase.defaultCriteria(library).forEach(tender::addCriterion);
        tender.timeline = Timeline.open();
        tender.procedure = TenderProcedure.OPEN_ABOVE_THRESHOLD;
        tender.status = TenderStatus.DRAFT;
        tender.createdBy = actor;
        tender.createdAt = clock.instant();
        tender.record(actor, clock, "tender.log.planned", reference.value());
        return tender;
    }

    /**
     * Changes what the tender is about and how it is run. Criteria are kept as they are: a changed
     * phase does not overwrite criteria the buyer may have adjusted.
     */
    public void revise(String newTitle, Long newTherapeuticAreaId, Long newSpecialistGroupId, MarketPhase newPhase,
                       ProcurementInstrument newInstrument, boolean severalRankedSuppliers, String actor, Clock clock) {
        requireEditable();
        Validation validation = new Validation();
        validation.required(newInstrument, "instrument");
        describe(validation, newTitle, newTherapeuticAreaId, newSpecialistGroupId, newPhase);
        this.instrument = newInstrument;
        this.severalRankedSuppliersAllowed = severalRankedSuppliers;
        record(actor, clock, "tender.log.detailsRevised", title);
    }

    /**
     * Sets title, therapeutic area, specialist group and phase if they, and whatever else
     * {@code validation} holds, are valid; otherwise throws every violation.
     */
    private void describe(Validation validation, String newTitle, Long newTherapeuticAreaId,
                          Long newSpecialistGroupId, MarketPhase newPhase) {
        String checkedTitle = validation.requiredText("title", newTitle, TITLE_LENGTH);
        validation.required(newTherapeuticAreaId, "therapeuticAreaId");
        validation.required(newSpecialistGroupId, "specialistGroupId");
        validation.required(newPhase, "marketPhase");
        validation.throwIfInvalid();
        this.title = checkedTitle;
        this.therapeuticAreaId = newTherapeuticAreaId;
        this.specialistGroupId = newSpecialistGroupId;
        this.marketPhase = newPhase;
    }

    /** Adds a lot with the next number and returns it. */
    public Lot addLot(LotSpecification specification, String actor, Clock clock) {
        requireEditable();
        Lot lot = new Lot(this, lots.size() + 1, specification);
        lots.add(lot);
        record(actor, clock, "tender.log.lotAdded", lot.toString());
        return lot;
    }

    public void reviseLot(int number, LotSpecification specification, String actor, Clock clock) {
        requireEditable();
        Lot lot = lot(number);
        lot.specify(specification);
        record(actor, clock, "tender.log.lotRevised", lot.toString());
    }

    /** Removes a lot; the lots after it move up a number, so that lots stay numbered 1..n. */
    public void removeLot(int number, String actor, Clock clock) {
        requireEditable();
        Lot lot = lot(number);
        lots.remove(lot);
        for (int i = number - 1; i < lots.size(); i++) {
            lots.get(i).renumber(i + 1);
        }
        record(actor, clock, "tender.log.lotRemoved", lot.toString());
    }

    private Lot lot(int number) {
        if (number < 1 || number > lots.size()) {
            throw new DomainException("lotNumber", "tender.lot.notFound", number);
        }
        return lots.get(number - 1);
    }

    /**
     * Replaces the award criteria. The set must be complete: weights summing to 100, price weighed,
     * one criterion per type, sub-criteria for every weighed scored criterion, and a justification
     * if environment weighs less than {@value #ENVIRONMENT_MAIN_RULE_WEIGHT} %, which is recorded
     * with who gave it and when. A broken rule about criterion {@code i} of {@code defined} names
     * the field {@code criteria[i]...}; all are reported at once.
     */
    public void defineCriteria(List<AwardCriterion> defined, String justification, String actor, Clock clock) {
        requireEditable();
        Validation validation = new Validation();
        validation.check(instrument.isPublishedAsTender(), "criteria", "tender.criteria.notForInstrument");
        String justificationText = validation.optionalText("criteria.environmentJustification", justification,
                EnvironmentJustification.TEXT_LENGTH);
        validation.addAll(criteriaViolations(defined, justificationText));
        validation.throwIfInvalid();
        criteria.removeIf(existing -> defined.stream().noneMatch(c -> c.getType() == existing.getType()));
        for (AwardCriterion criterion : defined) {
            criterion(criterion.getType()).ifPresentOrElse(existing -> existing.reviseTo(criterion),
                    () -> addCriterion(criterion));
        }
        justifyEnvironment(justificationText, actor, clock);
        record(actor, clock, "tender.log.criteriaDefined",
                getCriteria().stream().map(AwardCriterion::toString).collect(Collectors.joining(", ")));
    }

    private void addCriterion(AwardCriterion criterion) {
        criterion.belongTo(this);
        criteria.add(criterion);
    }

    private Optional<AwardCriterion> criterion(CriterionType type) {
        return criteria.stream().filter(c -> c.getType() == type).findFirst();
    }

    private static List<Violation> criteriaViolations(List<AwardCriterion> list, String justification) {
        List<Violation> violations = new ArrayList<>();
        Set<CriterionType> seen = EnumSet.noneOf(CriterionType.class);
        for (int i = 0; i < list.size(); i++) {
            AwardCriterion criterion = list.get(i);
            if (!seen.add(criterion.getType())) {
                violations.add(new Violation("criteria[" + i + "].type", "tender.criteria.duplicateType"));
            }
            if (criterion.getType().isScored() && criterion.getWeight() > 0 && criterion.getSubCriteria().isEmpty()) {
                violations.add(new Violation("criteria[" + i + "].subCriteria", "tender.criteria.subCriteriaRequired"));
            }
        }
        int sum = list.stream().mapToInt(AwardCriterion::getWeight).sum();
        if (sum != 100) {
            violations.add(new Violation("criteria.weights", "tender.criteria.weightsSum", sum));
        }
        if (weightOf(list, CriterionType.PRICE) == 0) {
            violations.add(new Violation("criteria.weights", "tender.criteria.priceRequired"));
        }
        int environment = weightOf(list, CriterionType.ENVIRONMENT);
        if (environment < ENVIRONMENT_MAIN_RULE_WEIGHT && justification == null) {
            violations.add(new Violation("criteria.environmentJustification",
                    "tender.criteria.environmentJustificationRequired", environment, ENVIRONMENT_MAIN_RULE_WEIGHT));
        }
        return violations;
    }

    private static int weightOf(List<AwardCriterion> list, CriterionType type) {
        return list.stream().filter(c -> c.getType() == type).mapToInt(AwardCriterion::getWeight).sum();
    }

    /** Keeps a justification only where environment weighs under the main rule; an unchanged text keeps its author. */
    private void justifyEnvironment(String text, String actor, Clock clock) {
        if (text == null || weightOf(criteria, CriterionType.ENVIRONMENT) >= ENVIRONMENT_MAIN_RULE_WEIGHT) {
            environmentJustification = null;
        } else if (environmentJustification == null || !environmentJustification.getText().equals(text)) {
            environmentJustification = new EnvironmentJustification(text, actor, clock.instant());
        }
    }

    /**
     * Replaces the qualification requirements (kvalifikasjonskrav) suppliers must meet, in the order
     * given; each kind at most once ({@code tender.qualification.kindTwice} under
     * {@code requirements[i].kind}), since suppliers state against each kind in their ESPD. Only a
     * draft: requirements changed after publication would need the round announced again.
     */
    public void defineQualificationRequirements(List<QualificationRequirement> defined, String actor, Clock clock) {
        requireEditable();
        List<Violation> violations = new ArrayList<>();
        Set<QualificationKind> seen = EnumSet.noneOf(QualificationKind.class);
        for (int i = 0; i < defined.size(); i++) {
            if (!seen.add(defined.get(i).getKind())) {
                violations.add(new Violation("requirements[" + i + "].kind", "tender.qualification.kindTwice",
                        defined.get(i).getKind()));
            }
        }
        DomainException.throwIfAny(violations);
        qualificationRequirements.clear();
        qualificationRequirements.addAll(defined);
        record(actor, clock, "tender.log.qualificationDefined",
                defined.stream().map(QualificationRequirement::toString).collect(Collectors.joining(", ")));
    }

    /**
     * Sets what the eForms notices say beyond the rest of the tender: the estimated value of the whole
     * round (NOK excluding VAT, every option included, anskaffelsesforskriften § 5-4), which decides
     * whether the round must be announced in the EEA, and the CPV code of each lot named in
     * {@code cpvByLot} (the others keep theirs). Every broken rule at once: a value above 0 with at
     * most two decimals ({@code tender.estimatedValue.invalid} under {@code estimatedValue}), lots that
     * exist ({@code tender.lot.notFound} under {@code lots[i].cpv}).
     */
    public void prepareNotice(BigDecimal value, Map<Integer, CpvCode> cpvByLot, String actor, Clock clock) {
        requireEditable();
        Validation validation = new Validation();
        checkEstimatedValue(validation, value);
        cpvByLot.keySet().forEach(number -> validation.check(number >= 1 && number <= lots.size(),
                Lot.path(number) + ".cpv", "tender.lot.notFound", number));
        validation.throwIfInvalid();
        this.estimatedValue = value == null ? null : value.setScale(2);
        cpvByLot.forEach((number, code) -> lot(number).classify(code));
        record(actor, clock, "tender.log.noticePrepared", value == null ? null : value.toPlainString());
    }

    /** Checks an estimated value as {@link #prepareNotice} says; null (not yet estimated) passes. */
    public static void checkEstimatedValue(Validation validation, BigDecimal value) {
        if (value != null) {
            validation.check(value.signum() > 0 && value.stripTrailingZeros().scale() <= 2, "estimatedValue",
                    "tender.estimatedValue.invalid");
        }
    }

    /**
     * Records that the contract notice was published in Doffin, before the round is published to
     * suppliers: its publication id there and the day, which cannot be after today (Norwegian time).
     */
    public void recordContractNotice(String publicationId, LocalDate publishedOn, String actor, Clock clock) {
        requireEditable();
        Validation validation = new Validation();
        String id = validation.requiredText("contractNotice.publicationId", publicationId,
                ContractNotice.PUBLICATION_ID_LENGTH);
        if (validation.required(publishedOn, "contractNotice.publishedOn")) {
            validation.check(!publishedOn.isAfter(Timeline.osloDate(clock.instant())), "contractNotice.publishedOn",
                    "tender.contractNotice.publishedInFuture");
        }
        validation.throwIfInvalid();
        this.contractNotice = new ContractNotice(id, publishedOn, actor, clock.instant());
        record(actor, clock, "tender.log.contractNoticeRecorded", id + " " + publishedOn);
    }

    /**
     * Sets the dates of the round under the procedure it has, keeping the justifications it has, by
     * the regulations' own time limits ({@link TimeLimits#STATUTORY}).
     */
    public void reschedule(Timeline newTimeline, String actor, Clock clock) {
        Map<TimeLimitRule, String> kept = new EnumMap<>(TimeLimitRule.class);
        timeLimitJustifications.forEach(j -> kept.put(j.getRule(), j.getText()));
        reschedule(newTimeline, getProcedure(), kept, TimeLimits.STATUTORY, actor, clock);
    }

    /**
     * Sets the dates of the round and the procedure it is run under. What is filled in must be in
     * order and then keep the time limits of {@code limits} for {@code newProcedure}, the tender period
     * judged from the planned publication or, while that is open, from now (publishing later only
     * shortens it). Where the regulations allow a shorter limit, a text in {@code justifications}
     * for its rule allows it; it is recorded with who gave it and when, and kept only while the
     * timeline needs it. The rest of the dates may stay open until publication.
     */
    public void reschedule(Timeline newTimeline, TenderProcedure newProcedure,
                           Map<TimeLimitRule, String> justifications, TimeLimits limits, String actor, Clock clock) {
        requireEditable();
        Validation validation = new Validation();
        validation.required(newProcedure, "procedure");
        Map<TimeLimitRule, String> texts = new EnumMap<>(TimeLimitRule.class);
        justifications.forEach((rule, text) -> {
            String checked = validation.optionalText(rule.justificationField(), text, TimeLimitJustification.TEXT_LENGTH);
            if (checked != null) {
                texts.put(rule, checked);
            }
        });
        List<Violation> order = newTimeline.violations();
        validation.addAll(order);
        Timeline judged = newTimeline.publishedAt(clock.instant());
        if (newProcedure != null && order.isEmpty()) {
            validation.addAll(limits.violations(newProcedure, judged, texts.keySet()));
        }
        validation.throwIfInvalid();
        this.timeline = newTimeline;
        this.procedure = newProcedure;
        Set<TimeLimitRule> needed = limits.needingJustification(newProcedure, judged);
        timeLimitJustifications.removeIf(j -> !needed.contains(j.getRule()) || !j.getText().equals(texts.get(j.getRule())));
        texts.forEach((rule, text) -> {
            if (needed.contains(rule) && timeLimitJustifications.stream().noneMatch(j -> j.getRule() == rule)) {
                timeLimitJustifications.add(new TimeLimitJustification(rule, text, actor, clock.instant()));
            }
        });
        record(actor, clock, "tender.log.rescheduled", newTimeline.getSubmissionDeadline() == null ? null
                : Formats.BOKMAL.dateTime(newTimeline.getSubmissionDeadline()));
    }

    /** {@link #publish(String, Clock, TimeLimits, EeaThreshold)} by the regulations' own time limits. */
    public void publish(String actor, Clock clock, EeaThreshold threshold) {
        publish(actor, clock, TimeLimits.STATUTORY, threshold);
    }

    /**
     * Publishes the draft to suppliers. Refused, with every reason at once, unless the instrument is
     * a tender (not horizon scanning or a price negotiation), there is a lot, the criteria hold, and
     * the timeline is complete and in order with the submission deadline still ahead, it keeps the
     * time limits of {@code limits} from the publication on, save where justified, the value is
     * estimated, and, where it is at or above the EEA threshold, the contract notice has been recorded
     * as published ({@code tender.publish.contractNoticeRequired} under {@code contractNotice}). The
     * publication time becomes now unless one was planned.
     */
    public void publish(String actor, Clock clock, TimeLimits limits, EeaThreshold threshold) {
        status.moveTo(TenderStatus.PUBLISHED); // only a draft gets this far
        Instant now = clock.instant();
        List<Violation> violations = new ArrayList<>();
        if (instrument.isPublishedAsTender()) {
            violations.addAll(criteriaViolations(getCriteria(),
                    environmentJustification == null ? null : environmentJustification.getText()));
        } else {
            violations.add(new Violation("instrument", "tender.publish.notATender"));
        }
        if (lots.isEmpty()) {
            violations.add(new Violation("lots", "tender.publish.lotsRequired"));
        }
        if (estimatedValue == null) {
            violations.add(new Violation("estimatedValue", "tender.publish.estimatedValueRequired"));
        } else if (threshold.requiresNotice(estimatedValue) && contractNotice == null) {
            violations.add(new Violation("contractNotice", "tender.publish.contractNoticeRequired", estimatedValue,
                    threshold.value()));
        }
        Timeline published = getTimeline().publishedAt(now);
        violations.addAll(published.violationsForPublication(now));
        if (published.violations().isEmpty()) {
            violations.addAll(limits.violations(getProcedure(), published, justifiedRules()));
        }
        DomainException.throwIfAny(violations);
        this.timeline = published;
        this.publishedBy = actor;
        this.publishedAt = now;
        moveTo(TenderStatus.PUBLISHED, actor, clock, reference.value());
    }

    /** Closes submission once the submission deadline is reached; the application does it by itself. */
    public void closeSubmission(Clock clock) {
        status.moveTo(TenderStatus.SUBMISSION_CLOSED); // only a published tender gets this far
        Instant deadline = getTimeline().getSubmissionDeadline();
        if (!getTimeline().submissionDeadlineReached(clock.instant())) {
            throw new DomainException("timeline.submissionDeadline", "tender.submission.deadlineNotReached",
                    deadline);
        }
        moveTo(TenderStatus.SUBMISSION_CLOSED, TenderLogEntry.SYSTEM, clock, null);
    }

    /** Cancels the round at any point before its agreement is active; the reason is required and kept. */
    public void cancel(String reason, String actor, Clock clock) {
        status.moveTo(TenderStatus.CANCELLED); // refuses a tender whose agreement is active, expired or cancelled
        Validation validation = new Validation();
        String checkedReason = validation.requiredText("cancellationReason", reason, REASON_LENGTH);
        validation.throwIfInvalid();
        this.cancellationReason = checkedReason;
        moveTo(TenderStatus.CANCELLED, actor, clock, checkedReason);
    }

    public void markOpened(String actor, Clock clock) {
        moveTo(TenderStatus.OPENED, actor, clock, null);
    }

    public void markEvaluated(String actor, Clock clock) {
        moveTo(TenderStatus.EVALUATED, actor, clock, null);
    }

    public void markAwarded(String actor, Clock clock) {
        moveTo(TenderStatus.AWARDED, actor, clock, null);
    }

    public void startStandstill(String actor, Clock clock) {
        moveTo(TenderStatus.STANDSTILL, actor, clock, null);
    }

    public void activateAgreement(String actor, Clock clock) {
        moveTo(TenderStatus.AGREEMENT_ACTIVE, actor, clock, null);
    }

    public void expire(String actor, Clock clock) {
        moveTo(TenderStatus.EXPIRED, actor, clock, null);
    }

    private void moveTo(TenderStatus next, String actor, Clock clock, String detail) {
        TenderStatus previous = status;
        status = status.moveTo(next);
        record(actor, clock, "tender.log.statusChanged",
                previous + " → " + next + (detail == null ? "" : ": " + detail));
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new DomainException("status", "tender.notEditable", status);
        }
    }

    private void record(String actor, Clock clock, String action, String detail) {
        log.add(new TenderLogEntry(clock.instant(), actor, action, detail));
    }

    public TenderReference getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public Long getTherapeuticAreaId() {
        return therapeuticAreaId;
    }

    public Long getSpecialistGroupId() {
        return specialistGroupId;
    }

    public MarketPhase getMarketPhase() {
        return marketPhase;
    }

    public ProcurementInstrument getInstrument() {
        return instrument;
    }

    public boolean isSeveralRankedSuppliersAllowed() {
        return severalRankedSuppliersAllowed;
    }

    /** The lots by number. */
    public List<Lot> getLots() {
        return List.copyOf(lots);
    }

    /** The award criteria in the order of {@link CriterionType}: price, quality, environment, supply security. */
    public List<AwardCriterion> getCriteria() {
        return criteria.stream().sorted(Comparator.comparing(AwardCriterion::getType)).toList();
    }

    /** Why environment weighs less than the main rule, or null where it does not. */
    public EnvironmentJustification getEnvironmentJustification() {
        return environmentJustification;
    }

    public Timeline getTimeline() {
        return timeline == null ? Timeline.open() : timeline;
    }

    /** The procedure of the regulations the round is run under, which sets its minimum time limits. */
    public TenderProcedure getProcedure() {
        return procedure == null ? TenderProcedure.OPEN_ABOVE_THRESHOLD : procedure;
    }

    /** Why the timeline departs from a time limit, where it does, in the order of {@link TimeLimitRule}. */
    public List<TimeLimitJustification> getTimeLimitJustifications() {
        return timeLimitJustifications.stream().sorted(Comparator.comparing(TimeLimitJustification::getRule)).toList();
    }

    private Set<TimeLimitRule> justifiedRules() {
        Set<TimeLimitRule> rules = EnumSet.noneOf(TimeLimitRule.class);
        timeLimitJustifications.forEach(j -> rules.add(j.getRule()));
        return rules;
    }

    /** The estimated value of the whole round, NOK excluding VAT; null until estimated. */
    public BigDecimal getEstimatedValue() {
        return estimatedValue;
    }

    /** The recorded publication of the contract notice, or empty if none is recorded. */
    public Optional<ContractNotice> getContractNotice() {
        return Optional.ofNullable(contractNotice);
    }

    /** The qualification requirements in the buyer's order; none if the round sets none. */
    public List<QualificationRequirement> getQualificationRequirements() {
        return List.copyOf(qualificationRequirements);
    }

    public TenderStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /**
     * Whether suppliers may see the round: once it has been published, whatever became of it after.
     * A draft never is, nor a draft cancelled before it was published: that round never existed for them.
     */
    public boolean isVisibleToSuppliers() {
        return publishedAt != null;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    /** Every recorded step, oldest first. */
    public List<TenderLogEntry> getLog() {
        return List.copyOf(log);
    }

    @Override
    protected Object[] businessKey() {
        return new Object[] {reference};
    }

    @Override
    public String toString() {
        return reference + " " + title;
    }
}
