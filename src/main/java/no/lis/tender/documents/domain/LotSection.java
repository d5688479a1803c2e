package no.lis.tender.documents.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One lot (delkontrakt) as the invitation and the price form describe it.
 *
 * @param indication      the indication or patient group; null if none is stated
 * @param volumeUnit      the unit label of the estimated annual volume, e.g. "DDD"
 * @param comparisonBasis how prices are compared, with the length of a treatment period where it has one
 * @param markets         the names of the markets the lot is awarded in
 */
public record LotSection(int number, String title, String indication, List<SubstanceLine> substances,
                         BigDecimal estimatedAnnualVolume, String volumeUnit, String comparisonBasis,
                         List<String> markets) {

    public LotSection {
        substances = List.copyOf(substances);
        markets = List.copyOf(markets);
    }
}
