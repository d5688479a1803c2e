package no.lis.tender.tendering.application;

/** Removes lot {@code lotNumber} from a draft tender; the lots after it move up a number. */
public record RemoveLotCommand(Long tenderId, Long version, Integer lotNumber) {
}
