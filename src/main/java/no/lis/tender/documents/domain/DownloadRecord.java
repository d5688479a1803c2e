package no.lis.tender.documents.domain;

import java.time.Instant;

/**
 * Who downloaded which version of a tender document, and when, as the buyers' pages list it.
 *
 * @param supplierId the supplier the user acted for; null for a buyer
 */
public record DownloadRecord(Long documentId, DocumentKind kind, String title, int versionNumber, String username,
                             Long supplierId, Instant downloadedAt) {
}
