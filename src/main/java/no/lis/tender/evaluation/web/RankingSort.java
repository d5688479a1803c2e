package no.lis.tender.evaluation.web;

/** The ranking table is read in lot order only. */
public enum RankingSort {
    LOT_NUMBER
}
