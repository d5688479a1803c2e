package no.lis.tender.agreements.recommendations.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import no.lis.tender.catalogue.domain.SpecialistGroup;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Stamp;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Versioned;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of the LIS recommendation of a therapeutic area: for each indication or patient group
 * the drugs in ranked order, with a comment per line and the agreed prices, valid from one day to
 * another (both inclusive).
 *
 * <p>Life: a buyer drafts it and edits the lines (only while a {@link RecommendationStatus#DRAFT});
 * a member of the area's specialist group {@linkplain #approve approves} it; a buyer
 * {@linkplain #publish publishes} it, which supersedes the version published before, whose validity
 * then ends the day before this one starts. When an agreement changes, {@link #nextVersion} copies
 * the lines into a new draft with the next version number. Every version stays readable.
 */
@Entity
@Table(name = "AGR_REC", uniqueConstraints = @UniqueConstraint(
        name = "UQ_AGR_REC_AREA_VERSION", columnNames = {"THERAPEUTIC_AREA_ID", "VERSION_NUMBER"}))
@NamedQuery(name = "Recommendation.findByTherapeuticArea", query = "SELECT r FROM Recommendation r"
        + " WHERE r.therapeuticAreaId = :areaId ORDER BY r.versionNumber")
@NamedQuery(name = "Recommendation.findByTherapeuticAreaAndStatus", query = "SELECT r FROM Recommendation r"
        + " WHERE r.therapeuticAreaId = :areaId AND r.status = :status ORDER BY r.versionNumber DESC")
@NamedQuery(name = "Recommendation.findByAreaAndVersion", query = "SELECT r FROM Recommendation r"
        + " WHERE r.therapeuticAreaId = :areaId AND r.versionNumber = :versionNumber")
@NamedQuery(name = "Recommendation.findPublishedOverlapping", query = "SELECT r FROM Recommendation r"
        + " WHERE r.status IN :statuses AND r.validFrom <= :to AND r.validTo >= :from"
        + " ORDER BY r.therapeuticAreaId, r.versionNumber")
@NamedQuery(name = "Recommendation.findByStatus", query = "SELECT r FROM Recommendation r"
        + " WHERE r.status = :status ORDER BY r.therapeuticAreaId, r.versionNumber")
public class Recommendation extends Versioned {

    public static final int USERNAME_LENGTH = Stamp.USERNAME_LENGTH;
    /** Who made a version proposed by itself ({@link #proposeAfter}). */
    public static final String PROPOSER = "system";
    public static final int NOTE_LENGTH = 1000;

    @Column(name = "THERAPEUTIC_AREA_ID", nullable = false)
    private Long therapeuticAreaId;

    @Column(name = "VERSION_NUMBER", nullable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private RecommendationStatus status;

    @Column(name = "VALID_FROM", nullable = false)
    private LocalDate validFrom;

    @Column(name = "VALID_TO", nullable = false)
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANGE_REASON", length = 30)
    private ChangeReason changeReason;

    @Column(name = "CHANGE_NOTE", length = NOTE_LENGTH)
    private String changeNote;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "CREATED_BY", nullable = false, length = USERNAME_LENGTH))
    @AttributeOverride(name = "at", column = @Column(name = "CREATED_AT", nullable = false))
    private Stamp created;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "APPROVED_BY", length = USERNAME_LENGTH))
    @AttributeOverride(name = "at", column = @Column(name = "APPROVED_AT"))
    private Stamp approved;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "PUBLISHED_BY", length = USERNAME_LENGTH))
    @AttributeOverride(name = "at", column = @Column(name = "PUBLISHED_AT"))
    private Stamp published;

    @Column(name = "SUPERSEDED_AT")
    private Instant supersededAt;

    /** The agreement whose end or change made the system propose this version; null if a buyer started it. */
    @Column(name = "PROPOSED_FOR_AGREEMENT_ID")
    private Long proposedForAgreementId;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "CONFIRMED_BY", length = USERNAME_LENGTH))
    @AttributeOverride(name = "at", column = @Column(name = "CONFIRMED_AT"))
    private Stamp confirmed;

    @ElementCollection
    @CollectionTable(name = "AGR_REC_LINE", joinColumns = @JoinColumn(name = "RECOMMENDATION_ID"))
    @OrderColumn(name = "LINE_INDEX")
    private List<RecommendationLine> lines = new ArrayList<>();

    protected Recommendation() {
    }

    /**
     * The first version of the recommendation of area {@code therapeuticAreaId}, an empty draft
     * valid from {@code validFrom} to {@code validTo} (both required, {@code validation.required};
     * the end not before the start, {@code recommendation.validity.endBeforeStart} under {@code validTo}).
     */
    public static Recommendation draft(Long therapeuticAreaId, LocalDate validFrom, LocalDate validTo,
                                       String buyer, Clock clock) {
        Recommendation recommendation = new Recommendation();
        recommendation.therapeuticAreaId = Objects.requireNonNull(therapeuticAreaId, "therapeuticAreaId");
        recommendation.versionNumber = 1;
        recommendation.status = RecommendationStatus.DRAFT;
        recommendation.setValidity(validFrom, validTo);
        recommendation.created = Stamp.now(buyer, clock);
        return recommendation;
    }

    /**
     * The next version, made when an agreement changes: a draft with the next version number and
     * a copy of this version's lines, valid from {@code validFrom} to {@code validTo}, saying why
     * ({@code reason} required, {@code note} optional, at most {@value #NOTE_LENGTH} characters).
     * Only from the version in force ({@code recommendation.nextVersion.notPublished}).
     */
    public Recommendation nextVersion(ChangeReason reason, String note, LocalDate validFrom, LocalDate validTo,
                                      String buyer, Clock clock) {
        if (status != RecommendationStatus.PUBLISHED) {
            throw new DomainException(null, "recommendation.nextVersion.notPublished", versionNumber, status);
        }
        Validation validation = new Validation();
        validation.required(reason, "changeReason");
        String trimmedNote = note == null || note.isBlank() ? null : note.strip();
        validation.check(trimmedNote == null || trimmedNote.length() <= NOTE_LENGTH, "changeNote", "text.tooLong",
                NOTE_LENGTH);
        validation.throwIfInvalid();
        Recommendation next = draft(therapeuticAreaId, validFrom, validTo, buyer, clock);
        next.versionNumber = versionNumber + 1;
        next.changeReason = reason;
        next.changeNote = trimmedNote;
        next.lines.addAll(lines);
        return next;
    }

    /**
     * The next version the system proposes by itself (issue 16 item 5) when agreement
     * {@code agreementId}, which lines of this version in force rest on, ends on {@code lastDay}
     * (terminated, option declined, expired) or is changed ({@code lastDay} null, the day after
     * {@code today} then): a draft valid from the day after until this version's end, with the lines of
     * an agreement that ends left out. The buyer {@linkplain #confirm confirms} it before it goes to
     * approval. None when this version does not rest on the agreement, is not the one in force, or
     * ends before the proposal would start.
     */
    public Optional<Recommendation> proposeAfter(Long agreementId, ChangeReason reason, LocalDate lastDay,
                                                 LocalDate today, Clock clock) {
        if (status != RecommendationStatus.PUBLISHED || lines.stream()
                .noneMatch(line -> agreementId.equals(line.getFrameworkAgreementId()))) {
            return Optional.empty();
        }
        LocalDate from = (lastDay == null ? today : lastDay).plusDays(1);
        if (!from.isAfter(validFrom)) {
            from = validFrom.plusDays(1);
        }
        if (from.isAfter(validTo)) {
            return Optional.empty();
        }
        Recommendation next = nextVersion(reason, null, from, validTo, PROPOSER, clock);
        if (lastDay != null) {
            next.lines.removeIf(line -> agreementId.equals(line.getFrameworkAgreementId()));
        }
        next.proposedForAgreementId = agreementId;
        return Optional.of(next);
    }

    /**
     * {@code buyer} confirms a version the system proposed, which may then be approved and published
     * as any draft; only once, and only a proposal ({@code recommendation.proposal.notPending}).
     */
    public void confirm(String buyer, Clock clock) {
        requireDraft();
        if (!isAwaitingConfirmation()) {
            throw new DomainException(null, "recommendation.proposal.notPending", versionNumber);
        }
        confirmed = Stamp.now(buyer, clock);
    }

    /** Whether the system proposed this version and no buyer has confirmed it yet. */
    public boolean isAwaitingConfirmation() {
        return proposedForAgreementId != null && confirmed == null;
    }

    /** The agreement whose end or change made the system propose this version, or null. */
    public Long getProposedForAgreementId() {
        return proposedForAgreementId;
    }

    public String getConfirmedBy() {
        return Stamp.actorOf(confirmed);
    }

    public Instant getConfirmedAt() {
        return Stamp.atOf(confirmed);
    }

    /** Moves the validity of a draft (rules as in {@link #draft}). */
    public void changeValidity(LocalDate newValidFrom, LocalDate newValidTo) {
        requireDraft();
        setValidity(newValidFrom, newValidTo);
    }

    private void setValidity(LocalDate from, LocalDate to) {
        Validation validation = new Validation();
        validation.required(from, "validFrom");
        if (validation.required(to, "validTo") && from != null) {
            validation.check(!to.isBefore(from), "validTo", "recommendation.validity.endBeforeStart");
        }
        validation.throwIfInvalid();
        validFrom = from;
        validTo = to;
    }

    /**
     * Adds {@code line} to a draft ({@code recommendation.notDraft}); the same drug may appear once
     * per indication ({@code recommendation.line.duplicate}, naming varenummer and indication).
     */
    public void addLine(RecommendationLine line) {
        Objects.requireNonNull(line, "line");
        requireDraft();
        requireNoOtherLineLike(line, null);
        lines.add(line);
    }

    /**
     * Replaces the line of {@code varenummer} for {@code indication} of a draft with
     * {@code replacement}, in its place ({@code recommendation.line.notFound} if there is none); the
     * replacement may not be a drug another line already has for its indication.
     */
    public void replaceLine(String indication, Varenummer varenummer, RecommendationLine replacement) {
        Objects.requireNonNull(replacement, "replacement");
        requireDraft();
        int index = indexOf(indication, varenummer);
        requireNoOtherLineLike(replacement, lines.get(index));
        lines.set(index, replacement);
    }

    /** Gives the line of {@code varenummer} for {@code indication} another rank, as {@link #replaceLine}. */
    public void rerank(String indication, Varenummer varenummer, int newRank) {
        replaceLine(indication, varenummer, line(indication, varenummer).rankedAs(newRank));
    }

    /** Removes the line of {@code varenummer} for {@code indication} from a draft ({@code recommendation.line.notFound}). */
    public void removeLine(String indication, Varenummer varenummer) {
        requireDraft();
        lines.remove(indexOf(indication, varenummer));
    }

    /**
     * A member of the area's specialist group approves the draft: the group must be this area's
     * ({@code recommendation.approve.otherArea}) and {@code member} one of it
     * ({@code recommendation.approve.notMember}); the draft must have lines
     * ({@code recommendation.empty}) and a first choice for every indication, in each market it has lines for
     * ({@code recommendation.noFirstChoice}, naming those without, with the market); a version the system
     * proposed must first be confirmed by a buyer ({@code recommendation.proposal.unconfirmed}). Who and when
     * are recorded.
     */
    public void approve(SpecialistGroup group, String member, Clock clock) {
        requireDraft();
        Objects.requireNonNull(member, "member");
        if (group.getTherapeuticArea() == null
                || !therapeuticAreaId.equals(group.getTherapeuticArea().getId())) {
            throw new DomainException(null, "recommendation.approve.otherArea", group.getName());
        }
        if (!group.isMember(member)) {
            throw new DomainException(null, "recommendation.approve.notMember", member, group.getName());
        }
        if (isAwaitingConfirmation()) {
            throw new DomainException(null, "recommendation.proposal.unconfirmed", versionNumber);
        }
        if (lines.isEmpty()) {
            throw new DomainException(null, "recommendation.empty");
        }
        List<String> withoutFirstChoice = indications().stream()
                .flatMap(indication -> linesFor(indication).stream().map(RecommendationLine::getMarketCode).distinct()
                        .filter(market -> linesFor(indication).stream().noneMatch(line -> line.isFirstChoice()
                                && Objects.equals(line.getMarketCode(), market)))
                        .map(market -> market == null ? indication : indication + " (" + market + ")"))
                .toList();
        if (!withoutFirstChoice.isEmpty()) {
            throw new DomainException(null, "recommendation.noFirstChoice", String.join(", ", withoutFirstChoice));
        }
        status = RecommendationStatus.APPROVED;
        approved = Stamp.now(member, clock);
    }

    /** Takes an approved version back to draft for changes; the approval is cleared and must be given anew. */
    public void reopen() {
        if (status != RecommendationStatus.APPROVED) {
            throw new DomainException(null, "recommendation.reopen.notApproved", status);
        }
        status = RecommendationStatus.DRAFT;
        approved = null;
    }

    /**
     * {@code buyer} publishes the approved version ({@code recommendation.publish.notApproved}).
     * {@code inForce} is the area's version published so far, or {@code null} if none: it becomes
     * {@link RecommendationStatus#SUPERSEDED}, its validity cut to end the day before this one
     * starts. This version must be later than it ({@code recommendation.publish.stale}) and start
     * after it started ({@code recommendation.publish.startsTooEarly}, naming its start).
     */
    public void publish(String buyer, Recommendation inForce, Clock clock) {
        Objects.requireNonNull(buyer, "buyer");
        if (status != RecommendationStatus.APPROVED) {
            throw new DomainException(null, "recommendation.publish.notApproved", status);
        }
        if (inForce != null) {
            if (!therapeuticAreaId.equals(inForce.therapeuticAreaId) || inForce.status != RecommendationStatus.PUBLISHED) {
                throw new IllegalArgumentException("version " + inForce + " is not the one in force for " + this);
            }
            if (inForce.versionNumber >= versionNumber) {
                throw new DomainException(null, "recommendation.publish.stale", versionNumber, inForce.versionNumber);
            }
            if (!validFrom.isAfter(inForce.validFrom)) {
                throw new DomainException("validFrom", "recommendation.publish.startsTooEarly", inForce.validFrom);
            }
        }
        Instant now = clock.instant();
        if (inForce != null) {
            inForce.supersededBy(this, now);
        }
        status = RecommendationStatus.PUBLISHED;
        published = Stamp.of(buyer, now);
    }

    private void supersededBy(Recommendation next, Instant now) {
        status = RecommendationStatus.SUPERSEDED;
        supersededAt = now;
        LocalDate dayBefore = next.validFrom.minusDays(1);
        if (validTo.isAfter(dayBefore)) {
            validTo = dayBefore;
        }
    }

    /** Whether the version was the published one on {@code date}: published (now or before) and within its validity. */
    public boolean isValidOn(LocalDate date) {
        return status.hasBeenPublished() && !date.isBefore(validFrom) && !date.isAfter(validTo);
    }

    /** Whether the version has been published and its validity shares at least one day with {@code from}..{@code to}. */
    public boolean isValidDuring(LocalDate from, LocalDate to) {
        return status.hasBeenPublished() && !validFrom.isAfter(to) && !validTo.isBefore(from);
    }

    /** The indications in the order their first line appears. */
    public List<String> indications() {
        Map<String, String> seen = new LinkedHashMap<>();
        for (RecommendationLine line : lines) {
            seen.putIfAbsent(line.getIndication().toLowerCase(Locale.ROOT), line.getIndication());
        }
        return List.copyOf(seen.values());
    }

    /**
     * The lines for {@code indication}, first choice first (equal ranks in the order they were added); where
     * the indication is ranked per market, market by market in the order the markets first appear.
     */
    public List<RecommendationLine> linesFor(String indication) {
        List<RecommendationLine> forIndication = lines.stream()
                .filter(line -> line.getIndication().equalsIgnoreCase(indication)).toList();
        List<String> markets = forIndication.stream().map(RecommendationLine::getMarketCode).distinct().toList();
        return forIndication.stream().sorted(Comparator.comparingInt((RecommendationLine line) ->
                markets.indexOf(line.getMarketCode())).thenComparingInt(RecommendationLine::getRank)).toList();
    }

    /**
     * The line that decides how {@code varenummer} counts in follow-up: of the lines naming it, the
     * one with the best rank (the first such in the recommendation), if any.
     */
    public Optional<RecommendationLine> bestLineOf(Varenummer varenummer) {
        return lines.stream().filter(line -> line.getVarenummer().equals(varenummer))
                .min(Comparator.comparingInt(RecommendationLine::getRank));
    }

    /** The first choice for {@code indication}: its best-ranked line (the first such). */
    public Optional<RecommendationLine> firstChoiceFor(String indication) {
        return linesFor(indication).stream().findFirst();
    }

    /**
     * The first choice for {@code indication} where a reader in {@code markets} stands (issue 16 item 4):
     * {@code markets} are the market codes that apply to her, most specific first (a trust in Helse Vest:
     * {@code HV}, {@code NO}, {@code NORDIC}). The lines of the most specific of them that has lines for the
     * indication decide (a region's own lines replace the national ones for its trusts); lines without a
     * market count as Norway's. Empty when no line of the indication applies.
     */
    public Optional<RecommendationLine> firstChoiceFor(String indication, List<String> markets) {
        return linesFor(indication).stream().filter(line -> specificity(line, markets) >= 0)
                .min(Comparator.comparingInt((RecommendationLine line) -> specificity(line, markets))
                        .thenComparingInt(RecommendationLine::getRank));
    }

    /**
     * The line that decides how {@code varenummer} counts for a reader in {@code markets}: of the lines naming
     * it that apply there, the most specific market's best-ranked; if none applies there (the drug is
     * recommended only in another region), its best-ranked line anywhere.
     */
    public Optional<RecommendationLine> bestLineOf(Varenummer varenummer, List<String> markets) {
        List<RecommendationLine> naming = lines.stream().filter(line -> line.getVarenummer().equals(varenummer)).toList();
        return naming.stream().filter(line -> specificity(line, markets) >= 0)
                .min(Comparator.comparingInt((RecommendationLine line) -> specificity(line, markets))
                        .thenComparingInt(RecommendationLine::getRank))
                .or(() -> naming.stream().min(Comparator.comparingInt(RecommendationLine::getRank)));
    }

    /**
     * The line of {@code varenummer} for {@code indication} where a reader in {@code markets} stands: the most
     * specific market's best-ranked, then lines of markets that do not apply to her; empty where the version
     * does not have the drug for the indication.
     */
    public Optional<RecommendationLine> lineOf(Varenummer varenummer, String indication, List<String> markets) {
        return linesFor(indication).stream().filter(line -> line.getVarenummer().equals(varenummer))
                .min(Comparator.comparingInt((RecommendationLine line) -> {
                    int specificity = specificity(line, markets);
                    return specificity >= 0 ? specificity : markets.size();
                }).thenComparingInt(RecommendationLine::getRank));
    }

    /**
     * 0 for the most specific of {@code markets}; -1 where the line does not apply. A line without market is
     * for all of Norway and stands with the lines of Norway's market ({@value #NORWAY}), so that lines typed by
     * the buyer and lines proposed from a lot that was not split rank together.
     */
    private static int specificity(RecommendationLine line, List<String> markets) {
        if (line.getMarketCode() == null) {
            int norway = markets.indexOf(NORWAY);
            return norway >= 0 ? norway : markets.size();
        }
        return markets.indexOf(line.getMarketCode());
    }

    /** The market code of Norway as a whole: a lot that is not split, or Norway's own market in a Nordic lot. */
    public static final String NORWAY = "NO";

    /** The line of {@code varenummer} for {@code indication} ({@code recommendation.line.notFound}). */
    public RecommendationLine line(String indication, Varenummer varenummer) {
        return lines.get(indexOf(indication, varenummer));
    }

    private int indexOf(String indication, Varenummer varenummer) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).is(indication, varenummer)) {
                return i;
            }
        }
        throw new DomainException(null, "recommendation.line.notFound", varenummer, indication);
    }

    private void requireNoOtherLineLike(RecommendationLine line, RecommendationLine except) {
        for (RecommendationLine existing : lines) {
            if (existing != except && existing.sameDrugFor(line)) {
                throw new DomainException("varenummer", "recommendation.line.duplicate", line.getVarenummer(),
                        line.getIndication());
            }
        }
    }

    private void requireDraft() {
        if (status != RecommendationStatus.DRAFT) {
            throw new DomainException(null, "recommendation.notDraft", versionNumber, status);
        }
    }

    public boolean isDraft() {
        return status == RecommendationStatus.DRAFT;
    }

    public Long getTherapeuticAreaId() {
        return therapeuticAreaId;
    }

    /** 1 for the first version of the area's recommendation, then 2, 3, ... */
    public int getVersionNumber() {
        return versionNumber;
    }

    public RecommendationStatus getStatus() {
        return status;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    /** The last day of validity (inclusive); cut short when the next version is published. */
    public LocalDate getValidTo() {
        return validTo;
    }

    /** Why this version was made; {@code null} for the first. */
    public ChangeReason getChangeReason() {
        return changeReason;
    }

    public String getChangeNote() {
        return changeNote;
    }

    /** Who created it and when. */
    public Stamp getCreated() {
        return created;
    }

    /** The username of the specialist group member who approved it, or {@code null}. */
    public String getApprovedBy() {
        return Stamp.actorOf(approved);
    }

    public Instant getApprovedAt() {
        return Stamp.atOf(approved);
    }

    /** The username of the buyer who published it, or {@code null}. */
    public String getPublishedBy() {
        return Stamp.actorOf(published);
    }

    public Instant getPublishedAt() {
        return Stamp.atOf(published);
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    /** The lines in the order they were added. */
    public List<RecommendationLine> getLines() {
        return List.copyOf(lines);
    }

    @Override
    protected Object[] businessKey() {
        return new Object[] {therapeuticAreaId, versionNumber};
    }

    @Override
    public String toString() {
        return "recommendation of area " + therapeuticAreaId + " version " + versionNumber + " (" + status + ")";
    }
}
