package no.lis.tender.agreements.adherence.domain;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The savings realised in one therapeutic area in one period, a point of the chart; {@code period} labels it. */
public record SavingsPoint(YearMonth periodStart, String period, Long therapeuticAreaId, BigDecimal savings) {
}
