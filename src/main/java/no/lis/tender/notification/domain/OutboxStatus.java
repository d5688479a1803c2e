package no.lis.tender.notification.domain;

/** Where a mail of the outbox is: waiting (perhaps for a retry), claimed by a sender, or handed to the SMTP server. */
public enum OutboxStatus {
    PENDING, SENDING, SENT
}
