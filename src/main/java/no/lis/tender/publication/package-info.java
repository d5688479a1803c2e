/**
 * Publication: the eForms notices of the EU's procurement notices (the contract notice before a
 * round is published, the contract award notice after the award, and the voluntary ex-ante
 * transparency notice of a direct agreement), built from the other contexts' domains as UBL XML for
 * the buyer to download and send to Doffin. Downstream of every other context; nothing depends on it.
 */
package no.lis.tender.publication;
