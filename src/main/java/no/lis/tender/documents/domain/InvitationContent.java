package no.lis.tender.documents.domain;

import java.util.List;

/**
 * What the tender invitation (konkurransegrunnlag) says, ready to print.
 *
 * @param marketPhase the phase's label, e.g. "Fase 3: generisk eller biotilsvarende konkurranse"
 * @param instrument  the procurement instrument's label, e.g. "Åpent anbud"
 * @param timeline    the dates of the round, each as it is to be read
 * @param howToSubmit how and by when offers and questions are delivered
 * @param contact     how suppliers reach the buyer
 * @param environmentJustification why climate and environment weigh less than the main rule's 30 %, or
 *                    null where they do not
 * @param timeLimitJustifications why the timeline departs from a time limit: the rule's name and the
 *                    buyer's justification, one row per rule departed from
 * @param qualificationRequirements the qualification requirements: the kind with its threshold, if it
 *                    has one, and the buyer's text; none if the round sets none
 */
public record InvitationContent(String reference, String title, String marketPhase, String instrument,
                                List<LotSection> lots, List<CriterionSection> criteria, List<TimelineRow> timeline,
                                String howToSubmit, String contact, String environmentJustification,
                                List<TimelineRow> timeLimitJustifications,
                                List<TimelineRow> qualificationRequirements) {

    public InvitationContent {
        lots = List.copyOf(lots);
        criteria = List.copyOf(criteria);
        timeline = List.copyOf(timeline);
        timeLimitJustifications = List.copyOf(timeLimitJustifications);
        qualificationRequirements = List.copyOf(qualificationRequirements);
    }
}
