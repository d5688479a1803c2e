/**
 * The award: per lot and market the winners taken from the evaluation's ranking, the award letters,
 * the standstill period and the complaints recorded during it.
 */
package no.lis.tender.agreements.award.domain;
