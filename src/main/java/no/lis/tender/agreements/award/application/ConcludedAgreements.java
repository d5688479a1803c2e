package no.lis.tender.agreements.award.application;

import java.util.Map;

/**
 * The framework agreements concluded from a tender's award, so that the award page can show which
 * markets are done. The {@code framework} part implements it: an agreement depends on its award,
 * never the other way round.
 */
public interface ConcludedAgreements {

    /** The id of the agreement concluded for each market of tender {@code tenderId}, keyed by {@link #key}. */
    Map<String, Long> byMarket(Long tenderId);

    /** The key of lot {@code lotNumber}'s market {@code marketCode} in {@link #byMarket}. */
    static String key(int lotNumber, String marketCode) {
        return lotNumber + " " + marketCode;
    }
}
