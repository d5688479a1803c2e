package no.lis.tender.agreements.adherence.domain;

import java.time.YearMonth;
import java.util.List;

public interface ConsumptionRecordRepository {

    /**
     * Stores an import as a whole: first removes what was stored before for each hospital trust and
     * month in {@code records}, then stores them all. Call it in one transaction, so that nothing is
     * half-imported.
     */
    void replace(List<ConsumptionRecord> records);

    /** The consumption from month {@code from} to month {@code to}, both inclusive, by trust and month. */
    List<ConsumptionRecord> findBetween(YearMonth from, YearMonth to);
}
