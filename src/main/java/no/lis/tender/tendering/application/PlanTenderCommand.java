package no.lis.tender.tendering.application;

import java.math.BigDecimal;

/**
 * Plans a new tender round as a draft. {@code marketPhase} is 0 to 6; {@code estimatedValue} (NOK
 * excluding VAT, options included) may be left for later.
 */
public record PlanTenderCommand(String reference, String title, Long therapeuticAreaId, Long specialistGroupId,
                                Integer marketPhase, BigDecimal estimatedValue) {
}
