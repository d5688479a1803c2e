package no.lis.tender.evaluation.application;

/** A member's declaration of impartiality for tender {@code tenderId}, as typed. */
public record DeclareImpartialityCommand(Long tenderId, boolean impartial, String ties) {
}
