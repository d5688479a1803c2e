package no.lis.tender.agreements.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.agreements.application.AwardLot;
import no.lis.tender.agreements.application.AwardOverview;
import no.lis.tender.agreements.application.AwardOverview.Candidate;
import no.lis.tender.agreements.application.AwardOverview.ComplaintRow;
import no.lis.tender.agreements.application.AwardOverview.MarketAward;
import no.lis.tender.agreements.application.AwardQueries;
import no.lis.tender.agreements.application.ConcludeAgreementCommand;
import no.lis.tender.agreements.application.ConcludeFrameworkAgreement;
import no.lis.tender.agreements.application.IssueAwardLetters;
import no.lis.tender.agreements.application.RecordComplaint;
import no.lis.tender.agreements.application.ResolveComplaint;
import no.lis.tender.agreements.application.SetStandstillDays;
import no.lis.tender.agreements.domain.AgreementOption;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.shared.application.PricedRead;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.shared.web.FormatView;
import no.lis.tender.shared.web.Pages;
import no.lis.tender.shared.web.PricedPages;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The buyer's award of one tender ({@code ?tender=id}): per lot and market she ticks the winner(s)
 * in the ranking, sets the standstill, issues the letters, records and resolves complaints, and
 * once the standstill has ended concludes the framework agreement of each market. Administrators
 * may look, not act.
 */
@Named
@ViewScoped
@PricedRead("tender:{tender}")
public class AwardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AwardQueries queries;
    @Inject
    AwardLot awardLot;
    @Inject
    SetStandstillDays setStandstillDays;
    @Inject
    IssueAwardLetters issueLetters;
    @Inject
    RecordComplaint recordComplaint;
    @Inject
    ResolveComplaint resolveComplaint;
    @Inject
    ConcludeFrameworkAgreement concludeFramework;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;
    @Inject
    FormatView format;
    @Inject
    PricedPages pricedPages;

    private Long tenderId;
    private AwardOverview award;
    /** Per "lot market offer", whether the buyer ticked the offer for the market. */
    private final Map<String, Boolean> chosen = new HashMap<>();
    private int standstillDays;
    private String complaintText;
    private ComplaintRow resolving;
    private String resolutionText;

    private MarketAward concluding;
    private List<PriceInput> prices = new ArrayList<>();
    private LocalDate start;
    private LocalDate end;
    private List<OptionInput> options = new ArrayList<>();

    /** Loads the tender named by the {@code tender} parameter; an unknown id shows the not-found page. */
    public void load() throws IOException {
        if (award != null) {
            return;
        }
        tenderId = Pages.idParameter("tender").orElse(null);
        if (!queries.exists(tenderId)) {
            Pages.respondNotFound();
            return;
        }
        refresh();
        pricedPages.shown(this);
    }

    private void refresh() {
        award = queries.award(tenderId);
        standstillDays = award.standstillDays();
        chosen.clear();
        for (MarketAward market : award.markets()) {
            market.candidates().forEach(c -> chosen.put(key(market, c), c.isAwarded()));
        }
    }

    /** The key of {@link #getChosen()} for offer {@code candidate} in {@code market}. */
    public String key(MarketAward market, Candidate candidate) {
        return market.lotNumber() + " " + market.marketCode() + " " + candidate.offerId();
    }

    public boolean isBuyer() {
        return user.has(Role.BUYER);
    }

    public void saveAward(MarketAward market) {
        List<Long> offerIds = market.candidates().stream()
                .filter(c -> Boolean.TRUE.equals(chosen.get(key(market, c)))).map(Candidate::offerId).toList();
        if (isBuyer() && messages.attempt("award", () -> awardLot.award(tenderId, market.lotNumber(),
                market.marketCode(), offerIds, user.username()))) {
            messages.info("agreements.award.saved", market.lotNumber(), market.marketName());
        }
        refresh();
    }

    public void saveStandstill() {
        int days = standstillDays;
        if (isBuyer() && messages.attempt("standstill", () -> setStandstillDays.set(tenderId, days, user.username()))) {
            messages.info("agreements.award.standstillSaved", days);
        }
        refresh();
    }

    public void issue() {
        if (isBuyer() && messages.attempt("standstill", () -> issueLetters.issue(tenderId, user.username()))) {
            refresh();
            messages.info("agreements.award.issued", award.letters().size(), format.date(award.standstillAnnouncedEnd()));
        }
        refresh();
    }

    public void recordComplaint() {
        if (isBuyer() && messages.attempt("complaint", () -> recordComplaint.record(tenderId, complaintText,
                user.username()))) {
            messages.info("agreements.award.complaintRecorded");
            complaintText = null;
        }
        refresh();
    }

    public void startResolve(ComplaintRow complaint) {
        resolving = complaint;
        resolutionText = null;
    }

    public void resolve() {
        if (isBuyer() && messages.attempt("resolveForm", () -> resolveComplaint.resolve(tenderId, resolving.number(),
                resolutionText, user.username()))) {
            messages.info("agreements.award.complaintResolved", resolving.number());
            refresh();
        }
    }

    /**
     * Opens the agreement of {@code market} with what is known: the awarded offers' packs at their
     * offered prices, the tender's planned period, and its option years as the agreement proposes them
     * ({@link AgreementOption#proposals}).
     */
    public void startConclude(MarketAward market) {
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

    public void conclude() {
        if (!isBuyer()) {
            return;
        }
        ConcludeAgreementCommand command = new ConcludeAgreementCommand(tenderId, concluding.lotNumber(),
                concluding.marketCode(), prices.stream().map(p -> new ConcludeAgreementCommand.Price(p.getSupplierId(),
                p.getVarenummer(), p.getProductName(), p.getPrice())).toList(), start, end, options.stream()
                .map(o -> new ConcludeAgreementCommand.Option(o.getMonths(), o.getDecideBy())).toList());
        if (messages.attempt("concludeForm", () -> concludeFramework.conclude(command, user.username()))) {
            messages.info("agreements.award.agreementSaved", concluding.lotNumber(), concluding.marketName());
            refresh();
        }
    }

    public AwardOverview getAward() {
        return award;
    }

    public Map<String, Boolean> getChosen() {
        return chosen;
    }

    public int getStandstillDays() {
        return standstillDays;
    }

    public void setStandstillDays(int standstillDays) {
        this.standstillDays = standstillDays;
    }

    public String getComplaintText() {
        return complaintText;
    }

    public void setComplaintText(String complaintText) {
        this.complaintText = complaintText;
    }

    public ComplaintRow getResolving() {
        return resolving;
    }

    public String getResolutionText() {
        return resolutionText;
    }

    public void setResolutionText(String resolutionText) {
        this.resolutionText = resolutionText;
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
