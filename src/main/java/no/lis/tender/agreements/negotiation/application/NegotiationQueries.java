package no.lis.tender.agreements.negotiation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.agreements.award.domain.Standstill;
import no.lis.tender.agreements.negotiation.domain.CaseClock;
import no.lis.tender.agreements.negotiation.domain.HealthEconomics;
import no.lis.tender.agreements.negotiation.domain.NegotiationCase;
import no.lis.tender.agreements.negotiation.domain.NegotiationCaseRepository;
import no.lis.tender.agreements.negotiation.domain.PriceNote;
import no.lis.tender.agreements.negotiation.domain.PriceOffer;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.domain.Formats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Reads the negotiation workspace for buyers: the list of cases and one case with its price note. */
@ApplicationScoped
@Transactional
public class NegotiationQueries {

    private final NegotiationCaseRepository negotiations;
    private final Clock clock;

    @Inject
    public NegotiationQueries(NegotiationCaseRepository negotiations, Clock clock) {
        this.negotiations = negotiations;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected NegotiationQueries() {
        this(null, null);
    }

    /** Today in Norway: the day a form proposes for what happens now. */
    public LocalDate today() {
        return Standstill.today(clock);
    }

    /** Every case, the open ones first, the last received first among them. */
    public List<NegotiationRows.Summary> cases() {
        return negotiations.findAll().stream()
                .sorted(Comparator.comparing((NegotiationCase n) -> n.getStatus().isClosed()))
                .map(this::summary).toList();
    }

    /** The case with id {@code id} ({@code negotiation.notFound}); the computation as {@code locale} writes numbers. */
    public NegotiationRows.Details details(Long id, Locale locale) {
        NegotiationCase negotiation = Existing.require(id, negotiations::findById, "negotiation.notFound");
        HealthEconomics economics = negotiation.getEconomics();
        CaseClock caseClock = negotiation.clock(clock);
        PriceNote note = negotiation.priceNote();
        return new NegotiationRows.Details(negotiation.getId(), negotiation.getVersion(),
                negotiation.getCaseId().value(), negotiation.getTitle(), negotiation.getVarenummer().value(),
                negotiation.getProductName(), negotiation.getSupplierName(), negotiation.getMaximumPrice(),
                new NegotiationRows.Economics(economics.incrementalQalys(), economics.otherIncrementalCosts(),
                        economics.packsPerPatientYear(), economics.absoluteShortfall(), economics.severity().number(),
                        economics.severity().willingnessToPay()),
                negotiation.getOffers().stream().map(offer -> offer(negotiation, offer)).toList(),
                note == null ? null : note(note, Formats.of(locale)), negotiation.getPriceNoteRound(),
                new NegotiationRows.ClockRow(caseClock.daysUsed(), caseClock.daysStopped(), caseClock.daysLeft(),
                        caseClock.targetDays(), caseClock.running(), caseClock.isOverTarget()),
                negotiation.timeline().entrySet().stream()
                        .map(step -> new NegotiationRows.Step(step.getKey(), step.getValue())).toList(),
                negotiation.isWaitingForSupplier(), negotiation.getStatus(), negotiation.getDirectAgreementId(),
                negotiation.getRefusalReason());
    }

    private NegotiationRows.Summary summary(NegotiationCase negotiation) {
        CaseClock caseClock = negotiation.clock(clock);
        PriceNote note = negotiation.priceNote();
        return new NegotiationRows.Summary(negotiation.getId(), negotiation.getCaseId().value(), negotiation.getTitle(),
                negotiation.getProductName(), negotiation.getSupplierName(), negotiation.getStatus(),
                negotiation.getReceivedOn(), negotiation.getOffers().size(), caseClock.daysUsed(),
                caseClock.daysLeft(), caseClock.running(), note == null ? null : note.meetsLimit());
    }

    private static NegotiationRows.Offer offer(NegotiationCase negotiation, PriceOffer offer) {
        PriceNote note = negotiation.priceNoteAt(offer.netPriceOff(negotiation.getMaximumPrice()));
        return new NegotiationRows.Offer(offer.getRound(), offer.getReceivedOn(), offer.getRebatePercent(),
                note.netPrice(), note.icer(), note.meetsLimit());
    }

    private static NegotiationRows.Note note(PriceNote note, Formats formats) {
        return new NegotiationRows.Note(note.netPrice(), note.yearlyDrugCost(), note.incrementalCost(), note.icer(),
                note.severity().number(), note.willingnessToPay(), note.meetsLimit(), note.highestYearlyDrugCost(),
                note.breakEvenNetPrice(), note.lowestRebatePercent(), note.reductionNeeded(),
                note.computation(formats));
    }
}
