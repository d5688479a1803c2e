package no.lis.tender.agreements.recommendations.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import no.lis.tender.catalogue.domain.HospitalTrust;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Stamp;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Versioned;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/**
 * A hospital employee's access to the priced edition of the recommendations (tjenstlig behov): asked
 * for with a reason, for her hospital trust; granted by a buyer or an administrator until a last day
 * (12 months by default, 24 at the most), or refused with a reason. It ends by itself after its last
 * day, and its holder is warned {@value #WARNING_DAYS} days before.
 */
@Entity
@Table(name = "AGR_PRICE_ACCESS")
@NamedQuery(name = "PriceAccess.findAll", query = "SELECT a FROM PriceAccess a ORDER BY a.hospitalTrust, a.requestedAt DESC, a.id DESC")
@NamedQuery(name = "PriceAccess.findByUsername", query = "SELECT a FROM PriceAccess a WHERE a.username = :username"
        + " ORDER BY a.requestedAt DESC, a.id DESC")
@NamedQuery(name = "PriceAccess.findByStatus", query = "SELECT a FROM PriceAccess a WHERE a.status = :status ORDER BY a.id")
public class PriceAccess extends Versioned {

    public static final int REASON_LENGTH = 1000;
    public static final Period DEFAULT_VALIDITY = Period.ofMonths(12);
    public static final Period LONGEST_VALIDITY = Period.ofMonths(24);
    public static final int WARNING_DAYS = 30;

    @Column(name = "USERNAME", nullable = false, length = 60)
    private String username;

    @Column(name = "FULL_NAME", nullable = false, length = 200)
    private String fullName;

    @Column(name = "HOSPITAL_TRUST", nullable = false, length = 100)
    private String hospitalTrust;

    @Column(name = "REASON", nullable = false, length = REASON_LENGTH)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private PriceAccessStatus status;

    @Column(name = "REQUESTED_AT", nullable = false)
    private Instant requestedAt;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "DECIDED_BY", length = 60))
    @AttributeOverride(name = "at", column = @Column(name = "DECIDED_AT"))
    private Stamp decided;

    @Column(name = "VALID_UNTIL")
    private LocalDate validUntil;

    @Column(name = "REFUSAL_REASON", length = REASON_LENGTH)
    private String refusalReason;

    @Column(name = "WARNED_AT")
    private Instant warnedAt;

    protected PriceAccess() {
    }

    private PriceAccess(String username, String fullName, String hospitalTrust, String reason, Instant now) {
        this.username = username;
        this.fullName = fullName;
        this.hospitalTrust = hospitalTrust;
        this.reason = reason;
        this.status = PriceAccessStatus.REQUESTED;
        this.requestedAt = now;
    }

    /**
     * {@code username} asks for the priced edition for {@code trustName} (a known hospital trust),
     * saying why she needs it; every broken rule is named at once.
     */
    public static PriceAccess request(String username, String fullName, String trustName, String reason, Instant now) {
        Validation validation = new Validation();
        HospitalTrust trust = null;
        if (validation.required(trustName, "hospitalTrust")) {
            trust = HospitalTrust.named(trustName).orElse(null);
            validation.check(trust != null, "hospitalTrust", "priceAccess.trust.unknown", trustName);
        }
        String why = validation.requiredSafeText("reason", reason, REASON_LENGTH, true);
        validation.throwIfInvalid();
        return new PriceAccess(username, fullName, trust.name(), why, now);
    }

    /**
     * Grants the access until {@code lastDay} (none: {@link #DEFAULT_VALIDITY} from {@code today}), which
     * must be after today and at most {@link #LONGEST_VALIDITY} away.
     */
    public void grant(String decider, LocalDate lastDay, LocalDate today, Instant now) {
        requireOpen();
        LocalDate until = lastDay == null ? today.plus(DEFAULT_VALIDITY) : lastDay;
        if (!until.isAfter(today)) {
            throw new DomainException("validUntil", "priceAccess.validUntil.notAfterToday");
        }
        if (until.isAfter(today.plus(LONGEST_VALIDITY))) {
            throw new DomainException("validUntil", "priceAccess.validUntil.tooLate", LONGEST_VALIDITY.toTotalMonths());
        }
        status = PriceAccessStatus.GRANTED;
        validUntil = until;
        decided(decider, now);
    }

    /** Refuses the request, with the reason the employee reads. */
    public void refuse(String decider, String why, Instant now) {
        requireOpen();
        Validation validation = new Validation();
        String text = validation.requiredSafeText("refusalReason", why, REASON_LENGTH, true);
        validation.throwIfInvalid();
        status = PriceAccessStatus.REFUSED;
        refusalReason = text;
        decided(decider, now);
    }

    /** Ends a grant whose last day is before {@code today}; returns whether it ended now. */
    public boolean expireIfDue(LocalDate today) {
        if (status == PriceAccessStatus.GRANTED && validUntil.isBefore(today)) {
            status = PriceAccessStatus.EXPIRED;
            return true;
        }
        return false;
    }

    /**
     * Notes at {@code now} that the holder was warned the access ends soon, if it does ({@link #endsSoon})
     * and she was not warned before; returns whether she is to be warned now.
     */
    public boolean warnIfEndingSoon(LocalDate today, Instant now) {
        if (warnedAt != null || !endsSoon(today)) {
            return false;
        }
        warnedAt = now;
        return true;
    }

    /** Whether the holder may read prices on {@code day}. */
    public boolean isValidOn(LocalDate day) {
        return status == PriceAccessStatus.GRANTED && !validUntil.isBefore(day);
    }

    /** Whether the access ends within {@value #WARNING_DAYS} days of {@code today}: its holder is to be warned. */
    public boolean endsSoon(LocalDate today) {
        return isValidOn(today) && !validUntil.isAfter(today.plusDays(WARNING_DAYS));
    }

    /** Whether this still counts against a new request for the same trust: open, or granted and valid. */
    public boolean isOpenOrValidOn(LocalDate day) {
        return status == PriceAccessStatus.REQUESTED || isValidOn(day);
    }

    private void requireOpen() {
        if (status != PriceAccessStatus.REQUESTED) {
            throw new DomainException(null, "priceAccess.decided");
        }
    }

    private void decided(String decider, Instant now) {
        decided = Stamp.of(decider, now);
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getHospitalTrust() {
        return hospitalTrust;
    }

    public String getReason() {
        return reason;
    }

    public PriceAccessStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return Stamp.actorOf(decided);
    }

    public Instant getDecidedAt() {
        return Stamp.atOf(decided);
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    /** When the holder was warned that the access ends soon; {@code null} if not (yet). */
    public Instant getWarnedAt() {
        return warnedAt;
    }
}
