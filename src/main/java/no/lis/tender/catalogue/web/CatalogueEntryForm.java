package no.lis.tender.catalogue.web;

import java.io.Serializable;

/**
 * The fields every catalogue dialog has: the name typed, and the {@code id} and {@code version} of
 * the entry being changed as read when the dialog was opened (none for a new entry).
 */
public abstract class CatalogueEntryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    protected Long id;
    protected Long version;
    protected String name;

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
