package no.lis.tender.evaluation.domain;

/** Prints the evaluation report as PDF, in bokmål, with instants in Norwegian time. */
public interface EvaluationReportRenderer {

    byte[] render(EvaluationReport report);
}
