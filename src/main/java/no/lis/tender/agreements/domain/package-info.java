/**
 * Awards, framework agreements and LIS recommendations: what a tender round ends in. The award
 * decision comes from the evaluation's ranking; the agreements and the recommendations built on
 * them are what the hospitals follow.
 */
package no.lis.tender.agreements.domain;
