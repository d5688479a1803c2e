package no.lis.tender.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.notification.application.OutboxQueries;
import no.lis.tender.notification.application.OutboxQueries.OutboxRow;

import java.io.Serializable;
import java.util.List;

/** The administrator's page of the outbox: what was sent, what waits, and in the demo what would have been sent. */
@Named
@ViewScoped
public class OutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutboxQueries queries;

    private List<OutboxRow> mails = List.of();

    @PostConstruct
    void load() {
        mails = queries.newest();
    }

    public List<OutboxRow> getMails() {
        return mails;
    }
}
