package no.lis.tender.agreements.award.application;

/** An award letter's PDF and the name to save it under. */
public record LetterFile(String fileName, byte[] pdf) {
}
