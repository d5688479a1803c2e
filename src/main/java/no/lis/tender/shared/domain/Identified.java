package no.lis.tender.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The stored identity every entity of the system shares: a number the database generates (column
 * {@code ID}). Two objects are the same entity when they are of the same class and carry the same
 * stored id; one not stored yet is only itself. Entities whose identity is a business key (a tender's
 * reference, an offer's tender and supplier) override {@link #equals} and {@link #hashCode}.
 */
@MappedSuperclass
public abstract class Identified {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    /** The stored id, or null before the entity is first stored. */
    public Long getId() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o != null && o.getClass() == getClass() && id != null && id.equals(((Identified) o).id);
    }

    @Override
    public int hashCode() {
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }
}
