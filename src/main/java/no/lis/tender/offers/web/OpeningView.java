package no.lis.tender.offers.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.offers.application.ConfirmOpening;
import no.lis.tender.offers.application.ConfirmOpeningCommand;
import no.lis.tender.offers.application.OfferQueries;
import no.lis.tender.offers.application.OfferReaders;
import no.lis.tender.offers.application.OpenedOffer;
import no.lis.tender.offers.application.StartOpening;
import no.lis.tender.offers.application.StartOpeningCommand;
import no.lis.tender.offers.domain.TenderOpening;
import no.lis.tender.shared.application.PricedRead;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.shared.web.Pages;
import no.lis.tender.shared.web.PricedPages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The buyers' view of the offers on a tender: before the opening only how many offers each lot
 * has; the opening itself (one buyer starts, another confirms); after it, the offers.
 */
@Named
@ViewScoped
@PricedRead("tender:{id}")
public class OpeningView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OfferQueries offers;
    @Inject
    StartOpening startOpening;
    @Inject
    ConfirmOpening confirmOpening;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;
    @Inject
    PricedPages pricedPages;

    private Long tenderId;
    private Map<Integer, Long> counts;
    // transient: the opening is an entity, and opened offers hold prices, which are not written to the
    // session table in the database; both are loaded again on the node that reads the session back
    private transient TenderOpening opening;
    private transient List<OpenedOffer> opened;
    private boolean pricesLogged;

    @PostConstruct
    void load() {
        tenderId = Pages.idParameter("id").orElse(null);
        refresh();
    }

    /** Only buyers see offers at all; an administrator sees the page without them. */
    private void refresh() {
        if (!OfferReaders.of(user).isBuyer()) {
            counts = Map.of();
            opened = List.of();
            return;
        }
        counts = offers.submittedPerLot(tenderId, OfferReaders.of(user));
        opening = offers.opening(tenderId).orElse(null);
        opened = opening != null && opening.getConfirmedAt() != null ? offers.openedOffers(tenderId, OfferReaders.of(user)) : List.of();
        if (!opened.isEmpty() && !pricesLogged) {
            // the opened offers show their prices: a read of prices, logged once for the page
            pricedPages.shown(this);
            pricesLogged = true;
        }
    }

    public void start() {
        if (messages.attempt(() -> startOpening.start(new StartOpeningCommand(tenderId), OfferReaders.of(user)))) {
            messages.info("opening.started");
            refresh();
        }
    }

    public void confirm() {
        if (messages.attempt(() -> confirmOpening.confirm(
                new ConfirmOpeningCommand(tenderId, getOpening().getVersion()), OfferReaders.of(user)))) {
            messages.info("opening.confirmed");
            refresh();
        }
    }

    /** After the session moved to another node, the transient state is loaded again. */
    private void loaded() {
        if (opened == null) {
            refresh();
        }
    }

    public boolean isStarted() {
        loaded();
        return opening != null;
    }

    public boolean isOpened() {
        loaded();
        return opening != null && opening.getConfirmedAt() != null;
    }

    public List<Map.Entry<Integer, Long>> getCounts() {
        return List.copyOf(counts.entrySet());
    }

    public TenderOpening getOpening() {
        loaded();
        return opening;
    }

    public List<OpenedOffer> getOpenedOffers() {
        loaded();
        return opened;
    }

    /** The ESPD of each opened offer, for the qualification table. */
    public List<OfferQualification> getQualification() {
        return getOpenedOffers().stream().map(OfferQualification::of).toList();
    }
}
