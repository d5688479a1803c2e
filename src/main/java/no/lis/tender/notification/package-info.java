/**
 * Notification: e-mail to the users of LIS Tender about what happened in the other contexts (an answer
 * published, a document amended, an award letter ready, scoring open). The other contexts fire CDI events
 * and know nothing of this one; each notice becomes rows of a transactional outbox, written in the
 * transaction of the change it tells of, and a sender delivers them through the server's mail session.
 */
package no.lis.tender.notification;
