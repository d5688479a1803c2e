package no.lis.tender.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.util.Arrays;

/**
 * The stored identity every entity of the system shares: a number the database generates (column
 * {@code ID}). Two objects are the same entity when they are of the same class and carry the same
 * stored id; one not stored yet is only itself. Entities whose identity is a business key (a tender's
 * reference, an offer's tender and supplier) name it in {@link #businessKey()}, which then decides
 * {@link #equals} and {@link #hashCode} in place of the id: so an entity read again, or one not stored
 * yet, is the same as the stored one with the same key.
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

    /**
     * The values that make this entity the one it is (null, or absent, values included), in a fixed order;
     * null where the stored id decides. Two entities of the same class are equal when their keys are.
     */
    protected Object[] businessKey() {
        return null;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        Object[] key = businessKey();
        Identified other = (Identified) o;
        return key == null ? id != null && id.equals(other.id) : Arrays.equals(key, other.businessKey());
    }

    @Override
    public int hashCode() {
        Object[] key = businessKey();
        if (key != null) {
            return Arrays.hashCode(key);
        }
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }
}
