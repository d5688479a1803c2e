package no.lis.tender.tendering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Versioned;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A reusable sub-criterion of the criteria library that buyers maintain: what Nordic medicine
 * tenders score under quality, environment and supply security. Tenders copy it by value (keeping
 * its code), so later edits of the library do not change tenders already planned. Its code never
 * changes; a template no longer wanted is deactivated, not deleted.
 */
@Entity
@Table(name = "TND_CRITERION_TEMPLATE")
@NamedQuery(name = "CriterionTemplate.findByCode",
        query = "SELECT c FROM CriterionTemplate c WHERE c.code = :code")
@NamedQuery(name = "CriterionTemplate.findAll",
        query = "SELECT c FROM CriterionTemplate c ORDER BY c.type, c.code")
@NamedQuery(name = "CriterionTemplate.findActive",
        query = "SELECT c FROM CriterionTemplate c WHERE c.active = TRUE ORDER BY c.type, c.code")
public class CriterionTemplate extends Versioned {

    static final int CODE_LENGTH = 40;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1," + (CODE_LENGTH - 1) + "}");

    @Column(name = "CODE", nullable = false, unique = true, length = CODE_LENGTH)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "CRITERION_TYPE", nullable = false, length = 20)
    private CriterionType type;

    @Column(name = "TITLE", nullable = false, length = SubCriterion.TITLE_LENGTH)
    private String title;

    @Column(name = "DESCRIPTION", length = SubCriterion.DESCRIPTION_LENGTH)
    private String description;

    @Embedded
    private Scale defaultScale;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    protected CriterionTemplate() {
    }

    /**
     * A new template; the code is taken as typed (trimmed, upper-cased). Every broken rule is
     * reported at once.
     */
    public CriterionTemplate(String code, CriterionType type, String title, String description, Scale defaultScale,
                             boolean active) {
        Validation validation = new Validation();
        String normalised = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        if (validation.required(normalised, "code")) {
            validation.check(CODE.matcher(normalised).matches(), "code", "criterionTemplate.code.invalid", normalised);
        }
        this.code = normalised;
        describe(validation, type, title, description, defaultScale, active);
    }

    /** Changes everything but the code; an inactive template is left out of new tenders' defaults and pick lists. */
    public void revise(CriterionType type, String title, String description, Scale defaultScale, boolean active) {
        describe(new Validation(), type, title, description, defaultScale, active);
    }

    private void describe(Validation validation, CriterionType type, String title, String description,
                          Scale defaultScale, boolean active) {
        if (validation.required(type, "type")) {
            validation.check(type.isScored(), "type", "criterionTemplate.type.price");
        }
        String checkedTitle = validation.requiredText("title", title, SubCriterion.TITLE_LENGTH);
        String checkedDescription = validation.optionalText("description", description,
                SubCriterion.DESCRIPTION_LENGTH);
        validation.required(defaultScale, "defaultScale");
        validation.throwIfInvalid();
        this.type = type;
        this.title = checkedTitle;
        this.description = checkedDescription;
        this.defaultScale = defaultScale;
        this.active = active;
    }

    /** A copy for a tender, on the template's default scale, remembering where it came from. */
    public SubCriterion toSubCriterion() {
        return new SubCriterion(title, description, defaultScale, code);
    }

    public String getCode() {
        return code;
    }

    public CriterionType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Scale getDefaultScale() {
        return defaultScale;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    protected Object[] businessKey() {
        return new Object[] {code};
    }
}
