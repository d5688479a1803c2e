/**
 * Framework agreements concluded from an award (lines, prices, options and their decisions), and
 * direct agreements concluded without a competition.
 */
package no.lis.tender.agreements.framework.domain;
