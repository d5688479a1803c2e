package no.lis.tender.agreements.framework.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The framework agreement of one market of one lot, as the buyer enters it after the standstill. */
public record ConcludeAgreementCommand(Long tenderId, int lotNumber, String marketCode, List<Price> prices,
                                       LocalDate start, LocalDate end, List<Option> options) {

    public ConcludeAgreementCommand {
        prices = prices == null ? List.of() : List.copyOf(prices);
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** An awarded supplier's product with its agreed price per pack in NOK, as typed. */
    public record Price(Long supplierId, String varenummer, String productName, BigDecimal pricePerPack) {
    }

    /** An option: how many months it extends the agreement, and the last day to decide it. */
    public record Option(int months, LocalDate decideBy) {
    }
}
