package no.lis.tender.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An entity changed by users that may edit it at the same time: its optimistic-lock version (column
 * {@code VERSION}), which {@link Versions#require} compares with the version the user saw.
 */
@MappedSuperclass
public abstract class Versioned extends Identified {

    @Version
    @Column(name = "VERSION")
    private long version;

    public long getVersion() {
        return version;
    }
}
