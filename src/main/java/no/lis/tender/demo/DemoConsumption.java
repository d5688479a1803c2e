package no.lis.tender.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.lis.tender.agreements.adherence.application.ImportConsumption;
import no.lis.tender.tendering.domain.Timeline;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * Six months of TNF-alpha inhibitor consumption (the six before this one) for four hospital
 * trusts, imported as a buyer would import the file. Pack counts are of the right order for the
 * trusts' sizes: adalimumab and etanercept in packs of pens for four weeks, infliximab in vials, the
 * biosimilars dominating and a tail of originators; each month varies by a few per cent.
 */
@ApplicationScoped
class DemoConsumption {

    static final int MONTHS = 6;

    /** The trusts with their size relative to the largest. */
    private static final List<Trust> TRUSTS = List.of(
            new Trust("Oslo universitetssykehus HF", 1.0),
            new Trust("Helse Bergen HF", 0.6),
            new Trust("St. Olavs hospital HF", 0.45),
            new Trust("Universitetssykehuset Nord-Norge HF", 0.3));

    /** Packs a month at the largest trust, by varenummer of the demo catalogue. */
    private static final List<Use> USES = List.of(
            new Use("183264", 420), // Hyrimoz (adalimumab)
            new Use("167853", 160), // Amgevita
            new Use("590216", 60),  // Yuflyma
            new Use("137705", 40),  // Imraldi
            new Use("411872", 25),  // Humira penn
            new Use("423890", 210), // Benepali (etanercept)
            new Use("508117", 40),  // Erelzi
            new Use("074812", 12),  // Enbrel
            new Use("379321", 380), // Remsima (infliximab), vials
            new Use("451268", 90),  // Inflectra
            new Use("128904", 30),  // Zessly
            new Use("066513", 8));  // Remicade

    private record Trust(String name, double size) {
    }

    private record Use(String varenummer, int packsAtLargest) {
    }

    @Inject
    ImportConsumption importConsumption;

    @Inject
    Clock clock;

    void load() {
        importConsumption.importFile(csv(YearMonth.from(Timeline.osloDate(clock.instant()))), "kari");
    }

    static byte[] csv(YearMonth thisMonth) {
        StringBuilder csv = new StringBuilder("helseforetak;varenummer;maaned;pakninger\n");
        for (int t = 0; t < TRUSTS.size(); t++) {
            Trust trust = TRUSTS.get(t);
            for (int m = MONTHS; m >= 1; m--) {
                YearMonth month = thisMonth.minusMonths(m);
                for (int u = 0; u < USES.size(); u++) {
                    Use use = USES.get(u);
                    double variation = 1 + 0.02 * ((m * 7 + u * 3 + t) % 5 - 2);
                    long packs = Math.max(1, Math.round(use.packsAtLargest() * trust.size() * variation));
                    csv.append(trust.name()).append(';').append(use.varenummer()).append(';').append(month)
                            .append(';').append(packs).append('\n');
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
