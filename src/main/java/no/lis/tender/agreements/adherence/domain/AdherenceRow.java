package no.lis.tender.agreements.adherence.domain;

import java.math.BigDecimal;

/**
 * How one hospital trust followed one therapeutic area's recommendation over the consumption
 * given: packs used of the drugs the recommendation names, how many of them on a first choice, the
 * share on first choice in per cent (one decimal, half up; {@code null} when nothing was used), and
 * the savings realised and missed in NOK (rules in {@link RecommendedUse}: realised = (maximum −
 * agreed price) × packs on agreement drugs; missed = (price − first choice's price) × packs of the
 * other drugs).
 */
public record AdherenceRow(String hospitalTrust, Long therapeuticAreaId, BigDecimal packs,
                           BigDecimal firstChoicePacks, BigDecimal firstChoiceShare, BigDecimal realisedSavings,
                           BigDecimal missedSavings) {
}
