package no.lis.tender.tendering.application;

/** Plans a new tender round as a draft. {@code marketPhase} is 0 to 6. */
public record PlanTenderCommand(String reference, String title, Long therapeuticAreaId, Long specialistGroupId,
                                Integer marketPhase) {
}
