package no.lis.tender.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import no.lis.tender.shared.domain.Stamp;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Versioned;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * A specialist group member's declaration of impartiality (habilitet) for one tender, made before
 * she sees any offer: either no ties to the suppliers, or the ties described, which bars her from
 * scoring that tender. One per tender and member; recorded once, never changed or deleted.
 */
@Entity
@Table(name = "EVA_IMPARTIALITY", uniqueConstraints = @UniqueConstraint(
        name = "UQ_EVA_IMPARTIALITY_TENDER_MEMBER", columnNames = {"TENDER_ID", "MEMBER_USERNAME"}))
@NamedQuery(name = "ImpartialityDeclaration.findByTenderAndMember", query = "SELECT d FROM ImpartialityDeclaration d"
        + " WHERE d.tenderId = :tenderId AND d.member = :member")
@NamedQuery(name = "ImpartialityDeclaration.findByTender", query = "SELECT d FROM ImpartialityDeclaration d"
        + " WHERE d.tenderId = :tenderId ORDER BY d.member")
@NamedQuery(name = "ImpartialityDeclaration.findByMember", query = "SELECT d FROM ImpartialityDeclaration d"
        + " WHERE d.member = :member ORDER BY d.tenderId")
public class ImpartialityDeclaration extends Versioned {

    public static final int TIES_LENGTH = 4000;
    static final int USERNAME_LENGTH = Stamp.USERNAME_LENGTH;

    @Column(name = "TENDER_ID", nullable = false)
    private Long tenderId;

    @Column(name = "MEMBER_USERNAME", nullable = false, length = USERNAME_LENGTH)
    private String member;

    @Column(name = "IMPARTIAL", nullable = false)
    private boolean impartial;

    @Column(name = "TIES", length = TIES_LENGTH)
    private String ties;

    @Column(name = "DECLARED_AT", nullable = false)
    private Instant declaredAt;

    protected ImpartialityDeclaration() {
    }

    /**
     * {@code member} declares for tender {@code tenderId}: impartial, or not, in which case the ties
     * to the suppliers must be described ({@code validation.required} under {@code ties}). Ties may
     * be described by an impartial member too (e.g. a past tie she judges harmless).
     */
    public static ImpartialityDeclaration declare(Long tenderId, String member, boolean impartial, String ties,
                                                  Clock clock) {
        Objects.requireNonNull(tenderId, "tenderId");
        Objects.requireNonNull(member, "member");
        Validation validation = new Validation();
        String described = impartial ? validation.optionalText("ties", ties, TIES_LENGTH)
                : validation.requiredText("ties", ties, TIES_LENGTH);
        validation.throwIfInvalid();
        ImpartialityDeclaration declaration = new ImpartialityDeclaration();
        declaration.tenderId = tenderId;
        declaration.member = member;
        declaration.impartial = impartial;
        declaration.ties = described;
        declaration.declaredAt = clock.instant();
        return declaration;
    }

    public Long getTenderId() {
        return tenderId;
    }

    /** The username of the member who declared. */
    public String getMember() {
        return member;
    }

    /** Whether she declared no ties that bar her; false means a conflict of interest. */
    public boolean isImpartial() {
        return impartial;
    }

    /** The ties described, or null; always present when not impartial. */
    public String getTies() {
        return ties;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }

    @Override
    protected Object[] businessKey() {
        return new Object[] {tenderId, member};
    }

    @Override
    public String toString() {
        return member + (impartial ? " impartial" : " conflict") + " for tender " + tenderId;
    }
}
