package no.lis.tender.agreements.award.domain;

/**
 * Prints an award letter as PDF. The content comes ready to print; the renderer lays it out in
 * bokmål, with numbers and dates as Norwegians read them.
 */
public interface AwardLetterRenderer {

    byte[] render(AwardLetterContent content);
}
