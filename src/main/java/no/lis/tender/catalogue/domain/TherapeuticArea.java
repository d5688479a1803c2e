package no.lis.tender.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Versioned;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A therapeutic area (terapiområde), e.g. rheumatology: the scope of one specialist group and of
 * one LIS recommendation. Known by a short upper-case code such as {@code REUMA}.
 */
@Entity
@Table(name = "CAT_THERAPEUTIC_AREA", uniqueConstraints = @UniqueConstraint(
        name = "UQ_CAT_THERAPEUTIC_AREA_CODE", columnNames = "CODE"))
@NamedQuery(name = "TherapeuticArea.findByCode", query = "SELECT t FROM TherapeuticArea t WHERE t.code = :code")
@NamedQuery(name = "TherapeuticArea.findAll", query = "SELECT t FROM TherapeuticArea t ORDER BY t.name, t.id")
public class TherapeuticArea extends Versioned {

    public static final int CODE_LENGTH = 20;
    public static final int NAME_LENGTH = 200;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{1," + (CODE_LENGTH - 1) + "}");

    @Column(name = "CODE", nullable = false, length = CODE_LENGTH)
    private String code;

    @Column(name = "NAME", nullable = false, length = NAME_LENGTH)
    private String name;

    protected TherapeuticArea() {
    }

    /** The code is taken as typed, upper-cased: 2 to 20 letters A-Z, digits, '-' or '_', a letter first. */
    public TherapeuticArea(String code, String name) {
        this.code = codeOf(code);
        rename(name);
    }

    private static String codeOf(String typed) {
        String code = Checks.required(typed).toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new DomainException(null, "therapeuticArea.code.invalid", CODE_LENGTH);
        }
        return code;
    }

    public void rename(String newName) {
        this.name = Checks.text(newName, NAME_LENGTH);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
