package no.lis.tender.tendering.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * Adds a lot to a draft tender ({@code lotNumber} null) or changes lot {@code lotNumber}.
 * {@code atcCodes} are level-5 ATC codes; {@code volumeUnit}, {@code comparisonBasis} and
 * {@code marketSplit} name constants of {@link no.lis.tender.tendering.domain.VolumeUnit},
 * {@link no.lis.tender.tendering.domain.ComparisonBasis} and {@link no.lis.tender.tendering.domain.MarketSplit};
 * {@code scenarios} the names of the price scenarios, none for one price.
 */
public record SaveLotCommand(Long tenderId, Long version, Integer lotNumber, String title, String indication,
                             List<String> atcCodes, BigDecimal estimatedAnnualVolume, String volumeUnit,
                             String comparisonBasis, Integer treatmentPeriodDays, String marketSplit,
                             List<String> scenarios) {

    /** A lot with one price, no scenarios. */
    public SaveLotCommand(Long tenderId, Long version, Integer lotNumber, String title, String indication,
                          List<String> atcCodes, BigDecimal estimatedAnnualVolume, String volumeUnit,
                          String comparisonBasis, Integer treatmentPeriodDays, String marketSplit) {
        this(tenderId, version, lotNumber, title, indication, atcCodes, estimatedAnnualVolume, volumeUnit,
                comparisonBasis, treatmentPeriodDays, marketSplit, List.of());
    }
}
