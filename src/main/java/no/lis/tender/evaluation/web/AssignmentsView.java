package no.lis.tender.evaluation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.evaluation.application.EvaluationQueries;
import no.lis.tender.evaluation.application.ScoringAssignment;
import no.lis.tender.identity.application.CurrentUser;

import java.io.Serializable;
import java.util.List;

/** A specialist group member's start page: the tenders her groups evaluate, with her declaration and progress. */
@Named
@ViewScoped
public class AssignmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EvaluationQueries queries;
    @Inject
    CurrentUser user;

    private List<ScoringAssignment> assignments;

    @PostConstruct
    void load() {
        assignments = queries.assignments(user.username());
    }

    public List<ScoringAssignment> getAssignments() {
        return assignments;
    }
}
