package no.lis.tender.agreements.adherence.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Adherence to the LIS recommendations for months {@code from} to {@code to} ({@code YYYY-MM}):
 * per hospital trust and therapeutic area the share of packs on the first choice (per cent, one
 * decimal; {@code null} when nothing was used) and the savings realised and missed in NOK; and the
 * use no recommendation in force that month names, per trust and pack; and, where the consumption
 * was imported per department or indication, the figures at that level.
 */
public record AdherenceOverview(String from, String to, List<Row> rows, List<UnplacedUse> unplaced,
                                BigDecimal realisedTotal, BigDecimal missedTotal, List<DepartmentRow> departments)
        implements Serializable {

    public AdherenceOverview {
        rows = List.copyOf(rows);
        unplaced = List.copyOf(unplaced);
        departments = List.copyOf(departments);
    }

    /**
     * The same figures per department and indication within a trust, from the consumption imported
     * with them (issue 16 item 5); {@code department} or {@code indication} null where the file did not tell.
     */
    public record DepartmentRow(String hospitalTrust, String department, String indication, Long therapeuticAreaId,
                                String areaName, BigDecimal packs, BigDecimal firstChoicePacks,
                                BigDecimal firstChoiceShare, BigDecimal realisedSavings, BigDecimal missedSavings)
            implements Serializable {
    }

    public record Row(String hospitalTrust, Long therapeuticAreaId, String areaName, BigDecimal packs,
                      BigDecimal firstChoicePacks, BigDecimal firstChoiceShare, BigDecimal realisedSavings,
                      BigDecimal missedSavings) implements Serializable {
    }

    /** Packs of one drug a trust used in the period that no applicable recommendation names. */
    public record UnplacedUse(String hospitalTrust, String varenummer, String productName, BigDecimal packs) implements Serializable {
    }
}
