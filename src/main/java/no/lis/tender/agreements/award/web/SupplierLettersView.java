package no.lis.tender.agreements.award.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.award.application.AwardQueries;
import no.lis.tender.agreements.award.application.SupplierLetter;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.offers.application.OfferReaders;

import java.util.List;

/** A supplier's award letters, newest first, each downloaded from the API as PDF. */
@Named
@RequestScoped
public class SupplierLettersView {

    @Inject
    AwardQueries queries;
    @Inject
    CurrentUser user;

    private List<SupplierLetter> letters;

    public List<SupplierLetter> getLetters() {
        if (letters == null) {
            letters = queries.lettersOf(OfferReaders.of(user));
        }
        return letters;
    }
}
