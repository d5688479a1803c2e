package no.lis.tender.tendering.application;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the eForms notices of a draft say beyond the rest of the tender: its estimated value (NOK
 * excluding VAT, options included; null leaves it unestimated) and the CPV code of each lot by lot
 * number, as typed (e.g. {@code 33652300}); lots not named keep theirs.
 */
public record PrepareNoticeCommand(Long tenderId, Long version, BigDecimal estimatedValue, Map<Integer, String> cpvByLot) {

    public PrepareNoticeCommand {
        cpvByLot = cpvByLot == null ? Map.of() : Map.copyOf(cpvByLot);
    }
}
