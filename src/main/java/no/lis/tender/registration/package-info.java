/**
 * Supplier registration (issue 12): a company registers itself with its organisation number and its first
 * user. Downstream of catalogue (the supplier, its organisation number) and identity (the user, her token);
 * one use case makes both in one transaction, so that neither exists without the other.
 */
package no.lis.tender.registration;
