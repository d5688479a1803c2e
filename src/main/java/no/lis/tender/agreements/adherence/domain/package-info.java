/**
 * Following the recommendation up in the hospitals: consumption imported per health trust, the
 * share that follows the first choice, the savings over time and the agreements' outlook.
 */
package no.lis.tender.agreements.adherence.domain;
