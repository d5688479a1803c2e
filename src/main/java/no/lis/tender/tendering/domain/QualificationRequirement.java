package no.lis.tender.tendering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import no.lis.tender.shared.domain.Validation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One qualification requirement (kvalifikasjonskrav) of a tender: its {@link QualificationKind}, what
 * the buyer writes about it and how the supplier documents it, and where the kind takes one, its
 * threshold: the minimum yearly turnover in NOK (required, above 0, whole øre at most) or the least
 * number of references (optional, a whole number from 1). A broken rule names the field
 * ({@code kind}, {@code text}, {@code threshold}). Suppliers state against each in their ESPD.
 */
@Embeddable
public class QualificationRequirement {

    public static final int TEXT_LENGTH = 2000;
    private static final BigDecimal THRESHOLD_LIMIT = BigDecimal.TEN.pow(14);

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 40)
    private QualificationKind kind;

    @Column(name = "DESCRIPTION", nullable = false, length = TEXT_LENGTH)
    private String text;

    @Column(name = "THRESHOLD", precision = 16, scale = 2)
    private BigDecimal threshold;

    protected QualificationRequirement() {
    }

    public QualificationRequirement(QualificationKind kind, String text, BigDecimal threshold) {
        Validation validation = new Validation();
        validation.required(kind, "kind");
        String checkedText = validation.requiredText("text", text, TEXT_LENGTH);
        if (kind != null) {
            checkThreshold(validation, kind, threshold);
        }
        validation.throwIfInvalid();
        this.kind = kind;
        this.text = checkedText;
        this.threshold = threshold == null ? null
                : kind.getThreshold() == QualificationKind.Threshold.OPTIONAL_COUNT ? threshold.setScale(0)
                : threshold.setScale(2);
    }

    private static void checkThreshold(Validation validation, QualificationKind kind, BigDecimal threshold) {
        switch (kind.getThreshold()) {
            case NONE -> validation.check(threshold == null, "threshold", "tender.qualification.noThreshold", kind);
            case REQUIRED_AMOUNT -> {
                if (validation.check(threshold != null, "threshold", "tender.qualification.amountRequired")) {
                    validation.check(threshold.signum() > 0 && threshold.stripTrailingZeros().scale() <= 2
                            && threshold.compareTo(THRESHOLD_LIMIT) < 0, "threshold", "tender.qualification.amountInvalid");
                }
            }
            case OPTIONAL_COUNT -> validation.check(threshold == null || (threshold.signum() > 0
                    && threshold.stripTrailingZeros().scale() <= 0 && threshold.compareTo(THRESHOLD_LIMIT) < 0),
                    "threshold", "tender.qualification.countInvalid");
        }
    }

    public QualificationKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    /** The threshold, or null where the kind takes none or the buyer gave none. */
    public BigDecimal getThreshold() {
        return threshold;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QualificationRequirement r && kind == r.kind && text.equals(r.text)
                && Objects.equals(threshold, r.threshold);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, text, threshold);
    }

    @Override
    public String toString() {
        return kind + (threshold == null ? "" : " " + threshold.toPlainString());
    }
}
