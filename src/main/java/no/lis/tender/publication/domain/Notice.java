package no.lis.tender.publication.domain;

/** A generated eForms notice: its kind, the file name to download it as, and the UBL XML (UTF-8). */
public record Notice(NoticeKind kind, String fileName, byte[] xml) {
}
