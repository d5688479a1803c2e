/**
 * The LIS recommendation: drugs ranked per indication from the agreements, in versions that a
 * specialist group approves and a buyer publishes; the public edition without prices, the priced
 * edition with a record of every view.
 */
package no.lis.tender.agreements.recommendations.domain;
