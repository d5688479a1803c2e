package no.lis.tender.documents.domain;

/** One date of a tender round as it is read, e.g. "Tilbudsfrist" and "01.03.2026 12:00". */
public record TimelineRow(String label, String value) {
}
