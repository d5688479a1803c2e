package no.lis.tender.catalogue.domain;

import java.io.Serializable;

/** A specialist group's id and name, for a choice of one: without its members and area. */
public record SpecialistGroupName(Long id, String name) implements Serializable {
}
