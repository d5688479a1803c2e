package no.lis.tender.agreements.adherence.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Adherence to the LIS recommendations for months {@code from} to {@code to} ({@code YYYY-MM}):
 * per hospital trust and therapeutic area the share of packs on the first choice (per cent, one
 * decimal; {@code null} when nothing was used) and the savings realised and missed in NOK; and the
 * use no recommendation in force that month names, per trust and pack.
 */
public record AdherenceOverview(String from, String to, List<Row> rows, List<UnplacedUse> unplaced,
                                BigDecimal realisedTotal, BigDecimal missedTotal) implements Serializable {

    public AdherenceOverview {
        rows = List.copyOf(rows);
        unplaced = List.copyOf(unplaced);
    }

    public record Row(String hospitalTrust, Long therapeuticAreaId, String areaName, BigDecimal packs,
                      BigDecimal firstChoicePacks, BigDecimal firstChoiceShare, BigDecimal realisedSavings,
                      BigDecimal missedSavings) implements Serializable {
    }

    /** Packs of one drug a trust used in the period that no applicable recommendation names. */
    public record UnplacedUse(String hospitalTrust, String varenummer, String productName, BigDecimal packs) implements Serializable {
    }
}
