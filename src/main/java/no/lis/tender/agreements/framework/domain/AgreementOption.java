package no.lis.tender.agreements.framework.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import no.lis.tender.agreements.award.domain.Complaint;
import no.lis.tender.shared.domain.Stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An option to extend a framework agreement (opsjon): by a number of months, if the buyer decides
 * to use it no later than its decision date. A "2 years + 1 + 1" agreement has two options of 12
 * months. Options are decided in order; see {@link FrameworkAgreement#exerciseOption} and
 * {@link FrameworkAgreement#declineOption}.
 */
@Embeddable
public class AgreementOption {

    public static final int MAX_MONTHS = 60;
    /** An option is proposed to be decided this many months before the end it would extend. */
    public static final int NOTICE_MONTHS = 6;

    /** An option as proposed when the agreement is concluded: its months, and when to decide (unknown without an end). */
    public record Proposal(int months, LocalDate decideBy) {
    }

    @Column(name = "MONTHS", nullable = false)
    private int months;

    @Column(name = "DECIDE_BY", nullable = false)
    private LocalDate decideBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private AgreementOptionStatus status;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "DECIDED_BY", length = Complaint.USERNAME_LENGTH))
    @AttributeOverride(name = "at", column = @Column(name = "DECIDED_AT"))
    private Stamp decided;

    protected AgreementOption() {
    }

    private AgreementOption(int months, LocalDate decideBy) {
        this.months = months;
        this.decideBy = decideBy;
        this.status = AgreementOptionStatus.OPEN;
    }

    /**
     * An open option to extend by {@code months}, to be decided no later than {@code decideBy};
     * checked when the agreement is concluded.
     */
    public static AgreementOption of(int months, LocalDate decideBy) {
        return new AgreementOption(months, decideBy);
    }

    /**
     * The options a tender planned ({@code optionYears}, in order) for an agreement ending on
     * {@code end}: each to be decided {@value #NOTICE_MONTHS} months before the end it would extend,
     * the end that the options before it have reached. Without an end, no decision dates.
     */
    public static List<Proposal> proposals(LocalDate end, List<Integer> optionYears) {
        List<Proposal> proposals = new ArrayList<>();
        LocalDate extended = end;
        for (int years : optionYears) {
            proposals.add(new Proposal(years * 12, extended == null ? null : extended.minusMonths(NOTICE_MONTHS)));
            extended = extended == null ? null : extend(extended, years * 12);
        }
        return List.copyOf(proposals);
    }

    /** The end of the agreement if this option is used: {@code end} moved on by its months (see {@link #extend}). */
    LocalDate extend(LocalDate end) {
        return extend(end, months);
    }

    /**
     * {@code end} moved on by {@code months}, counted from the day after it, so that a period ending on
     * the last day of a month ends on the last day of a month again: 31.08.2028 + 12 months is
     * 31.08.2029, 28.02.2027 + 12 months is 29.02.2028 and 30.04.2026 + 1 month is 31.05.2026.
     */
    static LocalDate extend(LocalDate end, int months) {
        return end.plusDays(1).plusMonths(months).minusDays(1);
    }

    void decide(AgreementOptionStatus decided, String actor, Instant at) {
        status = decided;
        this.decided = Stamp.of(actor, at);
    }

    void lapse() {
        status = AgreementOptionStatus.LAPSED;
    }

    public boolean isOpen() {
        return status == AgreementOptionStatus.OPEN;
    }

    public int getMonths() {
        return months;
    }

    /** The last day on which the buyer may decide to use it. */
    public LocalDate getDecideBy() {
        return decideBy;
    }

    public AgreementOptionStatus getStatus() {
        return status;
    }

    /** Who exercised or declined it; null while open or lapsed. */
    public String getDecidedBy() {
        return Stamp.actorOf(decided);
    }

    public Instant getDecidedAt() {
        return Stamp.atOf(decided);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgreementOption other && months == other.months
                && Objects.equals(decideBy, other.decideBy) && status == other.status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(months, decideBy, status);
    }

    @Override
    public String toString() {
        return "+" + months + " months, decide by " + decideBy + " (" + status + ")";
    }
}
