package no.lis.tender.tendering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import no.lis.tender.shared.domain.Validation;

import java.util.Objects;

/**
 * One thing the specialist group scores under a quality, environment or supply-security criterion,
 * on a whole-number scale; taken from the criteria library (then carrying its code) or written for
 * this tender alone.
 */
@Embeddable
public class SubCriterion {

    static final int TITLE_LENGTH = 200;
    static final int DESCRIPTION_LENGTH = 2000;

    @Column(name = "TITLE", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "DESCRIPTION", length = DESCRIPTION_LENGTH)
    private String description;

    @Embedded
    private Scale scale;

    @Column(name = "LIBRARY_CODE", length = CriterionTemplate.CODE_LENGTH)
    private String libraryCode;

    protected SubCriterion() {
    }

    /** A sub-criterion; a broken rule names the field ({@code title}, {@code description}, {@code scale}). */
    public SubCriterion(String title, String description, Scale scale, String libraryCode) {
        Validation validation = new Validation();
        this.title = validation.requiredText("title", title, TITLE_LENGTH);
        this.description = validation.optionalText("description", description, DESCRIPTION_LENGTH);
        validation.required(scale, "scale");
        validation.throwIfInvalid();
        this.scale = scale;
        this.libraryCode = libraryCode == null || libraryCode.isBlank() ? null : libraryCode.strip();
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Scale getScale() {
        return scale;
    }

    /** The code of the library template it was taken from, or null if written for this tender. */
    public String getLibraryCode() {
        return libraryCode;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubCriterion s && title.equals(s.title) && Objects.equals(description, s.description)
                && scale.equals(s.scale) && Objects.equals(libraryCode, s.libraryCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, description, scale, libraryCode);
    }
}
