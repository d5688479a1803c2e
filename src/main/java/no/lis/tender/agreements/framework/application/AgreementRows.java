package no.lis.tender.agreements.framework.application;

import no.lis.tender.agreements.framework.domain.AgreementOption;
import no.lis.tender.agreements.framework.domain.AgreementOptionStatus;
import no.lis.tender.agreements.framework.domain.DirectAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementLine;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** The agreements as buyers read them, with prices: framework agreements by tender, lot and market, then direct ones. */
public record AgreementRows(List<Framework> framework, List<Direct> direct) implements Serializable {

    /**
     * A framework agreement on {@code today}.
     *
     * @param end        the end as it stands, options used so far included
     * @param nextOption the number of the option to decide next, or null if none is open
     */
    public record Framework(Long id, Long tenderId, String tenderReference, int lotNumber, String lotTitle,
                            String marketCode, String marketName, List<Line> lines, LocalDate start,
                            LocalDate agreedEnd, LocalDate end, LocalDate latestPossibleEnd,
                            FrameworkAgreementStatus status, List<Option> options, Integer nextOption,
                            LocalDate terminatedOn, String terminationReason, long version) implements Serializable {

        static Framework of(FrameworkAgreement agreement, LocalDate today) {
            List<AgreementOption> options = agreement.getOptions();
            return new Framework(agreement.getId(), agreement.getTenderId(), agreement.getTenderReference(),
                    agreement.getLotNumber(), agreement.getLotTitle(), agreement.getMarketCode(),
                    agreement.getMarketName(), agreement.getLines().stream().map(Line::of).toList(),
                    agreement.getStart(), agreement.getAgreedEnd(), agreement.getEnd(), agreement.latestPossibleEnd(),
                    agreement.statusOn(today), IntStream.range(0, options.size())
                    .mapToObj(i -> Option.of(i + 1, options.get(i))).toList(),
                    agreement.nextOptionNumber().orElse(null), agreement.getTerminatedOn(),
                    agreement.getTerminationReason(), agreement.getVersion());
        }

        /** Whether option {@code number} is the one to decide now. */
        public boolean isNext(int number) {
            return nextOption != null && nextOption == number;
        }
    }

    /** One supplier's product in a framework agreement, with its rank (1 is used first) and agreed price. */
    public record Line(int supplierRank, Long supplierId, String supplierName, String varenummer, String productName,
                       BigDecimal pricePerPack) implements Serializable {

        static Line of(FrameworkAgreementLine line) {
            return new Line(line.getSupplierRank(), line.getPack().getSupplierId(), line.getPack().getSupplierName(),
                    line.getPack().getVarenummer().value(), line.getPack().getProductName(), line.getPricePerPack());
        }
    }

    /** Option {@code number} (1 for the first): its months, the date by which to decide, and where it stands. */
    public record Option(int number, int months, LocalDate decideBy, AgreementOptionStatus status, String decidedBy,
                         Instant decidedAt) implements Serializable {

        static Option of(int number, AgreementOption option) {
            return new Option(number, option.getMonths(), option.getDecideBy(), option.getStatus(),
                    option.getDecidedBy(), option.getDecidedAt());
        }
    }

    /**
     * A direct agreement of a phase-1 negotiation on {@code today}.
     *
     * @param effectivePrice the agreed price, or the maximum price less the rebate
     */
    public record Direct(Long id, String nyeMetoderId, Long supplierId, String supplierName, String varenummer,
                         String productName, BigDecimal maximumPrice, BigDecimal agreedPrice, BigDecimal rebatePercent,
                         BigDecimal effectivePrice, LocalDate validFrom, LocalDate validTo, boolean valid,
                         String legalGround, String legalGroundProvision, String groundReason) implements Serializable {

        static Direct of(DirectAgreement agreement, LocalDate today) {
            return new Direct(agreement.getId(), agreement.getDecision().value(), agreement.getPack().getSupplierId(),
                    agreement.getPack().getSupplierName(), agreement.getPack().getVarenummer().value(), agreement.getPack().getProductName(),
                    agreement.getMaximumPrice(), agreement.getAgreedPrice(), agreement.getRebatePercent(),
                    agreement.effectivePrice(), agreement.getValidFrom(), agreement.getValidTo(),
                    agreement.isValidOn(today),
                    agreement.getLegalGround() == null ? null : agreement.getLegalGround().name(),
                    agreement.getLegalGround() == null ? null : agreement.getLegalGround().provision(),
                    agreement.getGroundReason());
        }
    }
}
