package no.lis.tender.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.lis.tender.agreements.framework.domain.NyeMetoderId;
import no.lis.tender.agreements.negotiation.domain.CaseOpening;
import no.lis.tender.agreements.negotiation.domain.HealthEconomics;
import no.lis.tender.agreements.negotiation.domain.NegotiationCase;
import no.lis.tender.agreements.negotiation.domain.NegotiationCaseRepository;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.tendering.domain.Timeline;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Two phase-1 negotiations for the demo: one under way, with a second offer that still does not meet
 * the willingness to pay, so that the page shows how far the price must come down; and one ended
 * without agreement. The figures are made up but of the right order for a new indication.
 */
@ApplicationScoped
class DemoNegotiations {

    private static final String BUYER = "kari";

    @Inject
    ProductRepository products;

    @Inject
    NegotiationCaseRepository negotiations;

    @Inject
    Clock clock;

    void load() {
        LocalDate today = LocalDate.now(clock.withZone(Timeline.OSLO));
        // Simponi 11 315,00 per pack, 12 a year; 0,25 QALYs gained, 25 000 NOK other costs, class 3 (495 000):
        // the highest yearly drug cost is 98 750, the break-even net price 8 229,16 per pack (rebate 27,28 %).
        NegotiationCase underWay = open("ID2026_012", "Golimumab ved ikke-radiografisk aksial spondyloartritt",
                "095436", today.minusDays(70), new HealthEconomics(new BigDecimal("0.25"), new BigDecimal("25000"),
                        new BigDecimal("12"), new BigDecimal("10.5")));
        underWay.recordOffer(new BigDecimal("15"), null, today.minusDays(50), clock);
        underWay.waitForSupplier(today.minusDays(45), clock);
        underWay.recordOffer(new BigDecimal("22"), null, today.minusDays(20), clock);
        negotiations.save(underWay);

        NegotiationCase refused = open("ID2025_198", "Sertolizumabpegol ved hidrosadenitt", "172930",
                today.minusDays(230), new HealthEconomics(new BigDecimal("0.12"), new BigDecimal("60000"),
                        new BigDecimal("13"), new BigDecimal("6.2")));
        refused.recordOffer(new BigDecimal("5"), null, today.minusDays(200), clock);
        refused.sendPriceNote(today.minusDays(190), clock);
        refused.scheduleDecisionForum(today.minusDays(150));
        refused.refuse("Beslutningsforum innførte ikke metoden: ingen pris leverandøren tilbød oppfylte "
                + "betalingsviljen for alvorlighetsklasse 2.", today.minusDays(150), clock);
        negotiations.save(refused);
    }

    private NegotiationCase open(String caseId, String title, String varenummer, LocalDate receivedOn,
                                 HealthEconomics economics) {
        Product product = products.findByVarenummer(new Varenummer(varenummer)).orElseThrow();
        return NegotiationCase.open(new CaseOpening(new NyeMetoderId(caseId), title, product.getVarenummer(),
                product.getName(), product.getMarketingAuthorisationHolder().getName(),
                product.getMaximumPricePerPack(), receivedOn, economics), BUYER, clock);
    }
}
