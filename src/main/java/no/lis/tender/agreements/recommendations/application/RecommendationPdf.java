package no.lis.tender.agreements.recommendations.application;

/** A recommendation as a PDF file, with the name it is saved under. */
public record RecommendationPdf(byte[] content, String fileName) {
}
