package no.lis.tender.agreements.framework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.award.application.AwardOverview.MarketAward;
import no.lis.tender.agreements.award.application.AwardOverview;
import no.lis.tender.agreements.framework.application.ConcludeAgreementCommand;
import no.lis.tender.agreements.framework.application.ConcludeFrameworkAgreement;
import no.lis.tender.agreements.framework.domain.AgreementOption;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.shared.application.PricedRead;
import no.lis.tender.shared.web.FacesMessages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dialog on the award page in which the buyer concludes the framework agreement of one market
 * once the standstill has ended: the awarded offers' packs at their offered prices, the tender's
 * planned period and its option years as the agreement proposes them, all of which she may correct.
 */
@Named
@ViewScoped
@PricedRead("tender:{tender}")
public class ConcludeAgreementView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConcludeFrameworkAgreement concludeFramework;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;

    private Long tenderId;
    private MarketAward concluding;
    private List<PriceInput> prices = new ArrayList<>();
    private LocalDate start;
    private LocalDate end;
    private List<OptionInput> options = new ArrayList<>();

    /** Opens the agreement of {@code market} in {@code award} ({@link AgreementOption#proposals} for its options). */
    public void start(AwardOverview award, MarketAward market) {
        tenderId = award.tenderId();
        concluding = market;
        prices = new ArrayList<>(market.getAwarded().stream().map(c -> new PriceInput(c.supplierId(),
                c.supplierName(), c.varenummer(), c.productName(), c.packPrice())).toList());
        start = award.agreementStart();
        end = award.agreementEnd();
        options = new ArrayList<>();
        for (AgreementOption.Proposal proposal : AgreementOption.proposals(end, award.optionYears())) {
            OptionInput option = new OptionInput();
            option.setMonths(proposal.months());
            option.setDecideBy(proposal.decideBy());
            options.add(option);
        }
    }

    /** Concludes the agreement; a broken rule stays in the dialog beside its field. */
    public void conclude() {
        if (!user.has(Role.BUYER) || concluding == null) {
            return;
        }
        ConcludeAgreementCommand command = new ConcludeAgreementCommand(tenderId, concluding.lotNumber(),
                concluding.marketCode(), prices.stream().map(p -> new ConcludeAgreementCommand.Price(p.getSupplierId(),
                p.getVarenummer(), p.getProductName(), p.getPrice())).toList(), start, end, options.stream()
                .map(o -> new ConcludeAgreementCommand.Option(o.getMonths(), o.getDecideBy())).toList());
        if (messages.attempt(() -> concludeFramework.conclude(command, user.username()))) {
            messages.info("agreements.award.agreementSaved", concluding.lotNumber(), concluding.marketName());
        }
    }

    public MarketAward getConcluding() {
        return concluding;
    }

    public List<PriceInput> getPrices() {
        return prices;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public List<OptionInput> getOptions() {
        return options;
    }

    /** One awarded supplier's product in the agreement being concluded, prefilled from its offer. */
    public static final class PriceInput implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Long supplierId;
        private final String supplierName;
        private String varenummer;
        private String productName;
        private BigDecimal price;

        PriceInput(Long supplierId, String supplierName, String varenummer, String productName, BigDecimal price) {
            this.supplierId = supplierId;
            this.supplierName = supplierName;
            this.varenummer = varenummer;
            this.productName = productName;
            this.price = price;
        }

        public Long getSupplierId() {
            return supplierId;
        }

        public String getSupplierName() {
            return supplierName;
        }

        public String getVarenummer() {
            return varenummer;
        }

        public void setVarenummer(String varenummer) {
            this.varenummer = varenummer;
        }

        public String getProductName() {
            return productName;
        }

        public void setProductName(String productName) {
            this.productName = productName;
        }

        public BigDecimal getPrice() {
            return price;
        }

        public void setPrice(BigDecimal price) {
            this.price = price;
        }
    }

    /** An option of the agreement being concluded: months and the date by which to decide it. */
    public static final class OptionInput implements Serializable {

        private static final long serialVersionUID = 1L;

        private int months;
        private LocalDate decideBy;

        public int getMonths() {
            return months;
        }

        public void setMonths(int months) {
            this.months = months;
        }

        public LocalDate getDecideBy() {
            return decideBy;
        }

        public void setDecideBy(LocalDate decideBy) {
            this.decideBy = decideBy;
        }
    }
}
