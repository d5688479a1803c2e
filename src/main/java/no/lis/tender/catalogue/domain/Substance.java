package no.lis.tender.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import no.lis.tender.shared.domain.Versioned;

import java.time.LocalDate;

/**
 * An active substance (virkestoff) by its international non-proprietary name, e.g. adalimumab,
 * known by its ATC code, which no other substance may have. Products of it are compared per DDD.
 */
@Entity
@Table(name = "CAT_SUBSTANCE", uniqueConstraints = @UniqueConstraint(
        name = "UQ_CAT_SUBSTANCE_ATC_CODE", columnNames = "ATC_CODE"))
@NamedQuery(name = "Substance.findByAtcCode", query = "SELECT s FROM Substance s WHERE s.atcCode = :atcCode")
@NamedQuery(name = "Substance.findAll", query = "SELECT s FROM Substance s ORDER BY s.name, s.id")
public class Substance extends Versioned {

    public static final int NAME_LENGTH = 200;

    @Column(name = "ATC_CODE", nullable = false, length = AtcCode.LENGTH)
    private AtcCode atcCode;

    @Column(name = "NAME", nullable = false, length = NAME_LENGTH)
    private String name;

    @Embedded
    private Ddd ddd;

    @Column(name = "PATENT_EXPIRY")
    private LocalDate patentExpiry;

    @ManyToOne
    @JoinColumn(name = "THERAPEUTIC_AREA_ID", foreignKey = @ForeignKey(name = "FK_CAT_SUBSTANCE_AREA"))
    private TherapeuticArea therapeuticArea;

    protected Substance() {
    }

    public Substance(AtcCode atcCode, String name) {
        reclassify(atcCode);
        rename(name);
    }

    /** Moves the substance to another ATC code (the WHO reclassifies now and then, or a typing error is put right). */
    public void reclassify(AtcCode newAtcCode) {
        this.atcCode = Checks.present(newAtcCode);
    }

    public void rename(String newName) {
        this.name = Checks.text(newName, NAME_LENGTH);
    }

    /** Sets the DDD; {@code null} where the WHO has assigned none (as for many antineoplastic agents). */
    public void defineDdd(Ddd newDdd) {
        this.ddd = newDdd;
    }

    /** The day the last patent protecting the substance runs out; {@code null} if unknown or none. */
    public void changePatentExpiry(LocalDate newPatentExpiry) {
        this.patentExpiry = newPatentExpiry;
    }

    /** Places the substance in a therapeutic area, or in none with {@code null}. */
    public void assignTo(TherapeuticArea area) {
        this.therapeuticArea = area;
    }

    public AtcCode getAtcCode() {
        return atcCode;
    }

    public String getName() {
        return name;
    }

    /** The DDD, or {@code null} where the substance has none. */
    public Ddd getDdd() {
        return ddd;
    }

    public LocalDate getPatentExpiry() {
        return patentExpiry;
    }

    public TherapeuticArea getTherapeuticArea() {
        return therapeuticArea;
    }
}
