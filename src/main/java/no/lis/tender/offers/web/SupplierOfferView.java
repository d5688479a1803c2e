package no.lis.tender.offers.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.offers.application.AttachToOffer;
import no.lis.tender.offers.application.OfferAttachmentQueries;
import no.lis.tender.offers.application.OfferQueries;
import no.lis.tender.offers.application.OfferReaders;
import no.lis.tender.offers.application.OfferReceipt;
import no.lis.tender.offers.application.OwnOffer;
import no.lis.tender.offers.application.SaveOfferDraft;
import no.lis.tender.offers.application.SaveOfferDraftCommand;
import no.lis.tender.offers.application.SaveOfferDraftCommand.AnswerInput;
import no.lis.tender.offers.application.SaveOfferDraftCommand.LotInput;
import no.lis.tender.offers.application.SaveOfferDraftCommand.ScenarioPriceInput;
import no.lis.tender.offers.domain.ScenarioPrice;
import no.lis.tender.offers.application.SaveOfferDraftCommand.ProductInput;
import no.lis.tender.offers.application.SaveAndSubmitOffer;
import no.lis.tender.shared.application.LockClashRetry;
import no.lis.tender.offers.application.UploadPriceSchedule;
import no.lis.tender.offers.application.WithdrawOffer;
import no.lis.tender.offers.application.WithdrawOfferCommand;
import no.lis.tender.offers.domain.CriterionAnswer;
import no.lis.tender.offers.domain.LotOffer;
import no.lis.tender.offers.domain.OfferContent;
import no.lis.tender.offers.domain.OfferStatus;
import no.lis.tender.offers.domain.Reader;
import no.lis.tender.shared.application.PdfScreening;
import no.lis.tender.shared.application.PricedRead;
import no.lis.tender.shared.application.UploadLimits;
import no.lis.tender.shared.domain.CheckedPdf;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.shared.web.Pages;
import no.lis.tender.shared.web.Uploads;
import no.lis.tender.tendering.application.TenderQueries;
import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.Lot;
import no.lis.tender.tendering.domain.SubCriterion;
import no.lis.tender.tendering.domain.Tender;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The supplier's own offer on a tender: one row per lot (product, unit price per pack excl. VAT,
 * answers to the sub-criteria), saved as a draft, submitted, withdrawn and submitted again until
 * the deadline; every submission gives a receipt.
 */
@Named
@ViewScoped
@PricedRead.Exempt("the supplier's own offer, to the supplier alone")
public class SupplierOfferView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenderQueries tenders;
    @Inject
    OfferQueries offers;
    @Inject
    SaveOfferDraft saveDraft;
    @Inject
    SaveAndSubmitOffer saveAndSubmit;
    @Inject
    WithdrawOffer withdrawOffer;
    @Inject
    AttachToOffer attachToOffer;
    @Inject
    OfferAttachmentQueries attachmentQueries;
    @Inject
    PdfScreening pdfScreening;
    @Inject
    UploadPriceSchedule uploadSchedule;
    @Inject
    UploadLimits limits;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;

    private Long tenderId;
    // The offer's content (prices, products, answers) is transient: the session is written to the shared
    // database on two nodes, and the content is sealed there; it is read again through the seal on the node
    // that reads the session back (loaded()). What the supplier types travels with each request. The version
    // the supplier saw is kept, so that a change made meanwhile is still refused after a failover.
    private transient OwnOffer own;
    private transient List<LotForm> lots = new ArrayList<>();
    private transient EspdForm espd;
    private Long ownVersion;
    private OfferReceipt lastReceipt;
    private Map<Long, String> attachmentNames = new HashMap<>();
    private String attachTo;
    private transient UploadedFile file;
    private transient UploadedFile scheduleFile;
    /** Every row and reason of the price schedule last refused; empty when none was. */
    private List<String> scheduleErrors = List.of();
    private boolean scheduleTaken;

    @PostConstruct
    void load() {
        tenderId = Pages.idParameter("id").orElse(null);
        fill();
    }

    private void fill() {
        Optional<Tender> tender = tenders.publishedTender(tenderId);
        if (tender.isEmpty()) {
            return;
        }
        // a sealed value that fails its check is shown as the message it is, not as an error page
        if (!messages.attempt(this::refresh)) {
            return;
        }
        OfferContent shown = own == null ? null : own.draft() != null ? own.draft() : own.submitted();
        lots = new ArrayList<>();
        for (Lot lot : tender.get().getLots()) {
            lots.add(LotForm.of(lot, tender.get().getCriteria(), shown));
        }
        espd = EspdForm.of(tender.get().getQualificationRequirements(), shown == null ? null : shown.espd());
        loadAttachments();
    }

    public void save() {
        if (messages.attempt(() -> saveDraft.save(command(),
                reader()))) {
            messages.info("offer.saved");
            refresh();
        }
    }

    /** Saves what is on the form and submits it, in one transaction: both happen or neither. */
    public void submit() {
        if (messages.attempt(() -> lastReceipt = LockClashRetry.run(() -> saveAndSubmit.saveAndSubmit(command(), reader())))) {
            messages.info("offer.submitted", lastReceipt.submissionNumber());
            refresh();
        }
    }

    public void withdraw() {
        if (messages.attempt(() -> withdrawOffer.withdraw(new WithdrawOfferCommand(getOwn().offerId(), version()),
                reader()))) {
            messages.info("offer.withdrawn");
            refresh();
        }
    }

    /** Attaches the chosen PDF to the chosen answer and saves the draft with it. */
    public void attach() {
        UploadedFile upload = file;
        if (messages.attempt(() -> {
            CheckedPdf checked = Uploads.screenedPdf(pdfScreening, upload);
            Long id = attachToOffer.attach(tenderId, checked, reader());
            answerFor(attachTo).ifPresent(answer -> answer.getAttachmentIds().add(id));
            refresh();
            saveDraft.save(command(), reader());
        })) {
            messages.info("offer.attached");
            refresh();
            loadAttachments();
        }
    }

    /**
     * Reads the filled-in price schedule (XLSX) into the saved draft: taken whole, and the form shows
     * the draft with it; or refused whole, every row and reason listed, and the draft as it was.
     */
    public void uploadSchedule() {
        UploadedFile upload = scheduleFile;
        scheduleErrors = List.of();
        scheduleTaken = false;
        try {
            byte[] xlsx = limits.spreadsheet("file").read(Uploads.stream(upload));
            uploadSchedule.upload(tenderId, version(), xlsx, reader());
        } catch (DomainException e) {
            scheduleErrors = messages.texts(e);
            return;
        }
        scheduleTaken = true;
        fill();
    }

    public UploadedFile getScheduleFile() {
        return scheduleFile;
    }

    public void setScheduleFile(UploadedFile scheduleFile) {
        this.scheduleFile = scheduleFile;
    }

    public List<String> getScheduleErrors() {
        return scheduleErrors;
    }

    public boolean isScheduleTaken() {
        return scheduleTaken;
    }

    private Optional<AnswerForm> answerFor(String key) {
        loaded();
        return lots.stream().flatMap(lot -> lot.answers.stream().filter(a -> a.key(lot.lotNumber).equals(key))).findFirst();
    }

    private void loadAttachments() {
        attachmentNames = new HashMap<>();
        attachmentQueries.ownAttachments(tenderId, reader()).forEach(a -> attachmentNames.put(a.id(), a.fileName()));
    }

    public String attachmentName(Long id) {
        return attachmentNames.getOrDefault(id, "#" + id);
    }

    /** The answers a file can be attached to, keyed for the upload form. */
    public List<Map.Entry<String, String>> getAnswerTargets() {
        List<Map.Entry<String, String>> targets = new ArrayList<>();
        for (LotForm lot : getLots()) {
            for (AnswerForm answer : lot.answers) {
                targets.add(Map.entry(answer.key(lot.lotNumber), lot.lotNumber + ": " + answer.subCriterion));
            }
        }
        return targets;
    }

    public String getAttachTo() {
        return attachTo;
    }

    public void setAttachTo(String attachTo) {
        this.attachTo = attachTo;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    private void refresh() {
        own = offers.ownOffer(tenderId, reader()).orElse(null);
        ownVersion = own == null ? null : own.version();
    }

    /** After the session moved to another node, the transient content is read again. */
    private void loaded() {
        if (lots == null) {
            Long seen = ownVersion;
            fill();
            ownVersion = seen;
        }
    }

    private Long version() {
        return ownVersion;
    }

    /** What is on the form, to save at the version the supplier saw. */
    private SaveOfferDraftCommand command() {
        return new SaveOfferDraftCommand(tenderId, version(),
                getLots().stream().filter(LotForm::isIncluded).map(LotForm::toInput).toList(), getEspd().toInput());
    }

    private Reader reader() {
        return OfferReaders.of(user);
    }

    public OwnOffer getOwn() {
        loaded();
        return own;
    }

    public List<OfferReceipt> getReceipts() {
        return getOwn() == null ? List.of() : own.receipts();
    }

    public OfferReceipt getLastReceipt() {
        return lastReceipt;
    }

    public boolean isSubmitted() {
        return getOwn() != null && own.status() == OfferStatus.SUBMITTED;
    }

    public List<LotForm> getLots() {
        loaded();
        return lots;
    }

    /** The ESPD section: the exclusion grounds, and a statement per qualification requirement of the tender. */
    public EspdForm getEspd() {
        loaded();
        return espd == null ? EspdForm.of(List.of(), null) : espd;
    }

    /** One lot of the tender as the supplier fills it in. */
    public static final class LotForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private int lotNumber;
        private String lotTitle;
        private boolean included;
        private String varenummer;
        private String productName;
        private String packDescription;
        private BigDecimal unitPricePerPack;
        private List<AnswerForm> answers = new ArrayList<>();
        private List<ScenarioPriceForm> scenarioPrices = new ArrayList<>();

        static LotForm of(Lot lot, List<AwardCriterion> criteria, OfferContent shown) {
            LotForm form = new LotForm();
            form.lotNumber = lot.getNumber();
            form.lotTitle = lot.getTitle();
            LotOffer offered = shown == null ? null
                    : shown.lots().stream().filter(l -> l.lotNumber() == lot.getNumber()).findFirst().orElse(null);
            form.included = offered != null;
            if (offered != null && !offered.products().isEmpty()) {
                form.varenummer = offered.products().get(0).varenummer().value();
                form.productName = offered.products().get(0).productName();
                form.packDescription = offered.products().get(0).packDescription();
                form.unitPricePerPack = offered.unitPricePerPack();
            }
            for (String scenario : lot.getScenarios()) {
                form.scenarioPrices.add(new ScenarioPriceForm(scenario, offered == null ? null
                        : offered.scenarioPrices().stream().filter(p -> p.scenario().equals(scenario))
                        .map(ScenarioPrice::unitPricePerPack).findFirst().orElse(null)));
            }
            for (AwardCriterion criterion : criteria) {
                for (SubCriterion sub : criterion.getSubCriteria()) {
                    Optional<CriterionAnswer> given = offered == null ? Optional.empty() : offered.answers().stream()
                            .filter(a -> a.criterion() == criterion.getType() && a.subCriterion().equals(sub.getTitle()))
                            .findFirst();
                    form.answers.add(new AnswerForm(criterion.getType().name(), sub.getTitle(),
                            given.map(CriterionAnswer::text).orElse(null),
                            given.map(CriterionAnswer::attachmentDocumentIds).orElse(List.of())));
                }
            }
            return form;
        }

        LotInput toInput() {
            // on a lot with scenarios the unit price is the first scenario's, which the domain takes from it
            return new LotInput(lotNumber, List.of(new ProductInput(varenummer, productName, packDescription)),
                    scenarioPrices.isEmpty() ? unitPricePerPack : null, answers.stream().filter(AnswerForm::isAnswered)
                    .map(a -> new AnswerInput(a.criterion, a.subCriterion, a.text, a.attachmentIds)).toList(),
                    scenarioPrices.stream().map(p -> new ScenarioPriceInput(p.scenario, p.unitPricePerPack)).toList());
        }

        public int getLotNumber() {
            return lotNumber;
        }

        public String getLotTitle() {
            return lotTitle;
        }

        public boolean isIncluded() {
            return included;
        }

        public void setIncluded(boolean included) {
            this.included = included;
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

        public String getPackDescription() {
            return packDescription;
        }

        public void setPackDescription(String packDescription) {
            this.packDescription = packDescription;
        }

        public BigDecimal getUnitPricePerPack() {
            return unitPricePerPack;
        }

        public void setUnitPricePerPack(BigDecimal unitPricePerPack) {
            this.unitPricePerPack = unitPricePerPack;
        }

        public List<AnswerForm> getAnswers() {
            return answers;
        }

        /** A price per scenario where the lot asks for them; empty otherwise. */
        public List<ScenarioPriceForm> getScenarioPrices() {
            return scenarioPrices;
        }
    }

    /** The price under one of the lot's scenarios. */
    public static final class ScenarioPriceForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String scenario;
        private BigDecimal unitPricePerPack;

        ScenarioPriceForm(String scenario, BigDecimal unitPricePerPack) {
            this.scenario = scenario;
            this.unitPricePerPack = unitPricePerPack;
        }

        public String getScenario() {
            return scenario;
        }

        public BigDecimal getUnitPricePerPack() {
            return unitPricePerPack;
        }

        public void setUnitPricePerPack(BigDecimal unitPricePerPack) {
            this.unitPricePerPack = unitPricePerPack;
        }
    }

    /** The answer to one sub-criterion. */
    public static final class AnswerForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String criterion;
        private final String subCriterion;
        private String text;
        private final List<Long> attachmentIds;

        AnswerForm(String criterion, String subCriterion, String text, List<Long> attachmentIds) {
            this.criterion = criterion;
            this.subCriterion = subCriterion;
            this.text = text;
            this.attachmentIds = new ArrayList<>(attachmentIds);
        }

        /** The key the attachment upload names this answer by: lot, criterion, sub-criterion. */
        String key(int lotNumber) {
            return lotNumber + "|" + criterion + "|" + subCriterion;
        }

        boolean isAnswered() {
            return (text != null && !text.isBlank()) || !attachmentIds.isEmpty();
        }

        public List<Long> getAttachmentIds() {
            return attachmentIds;
        }

        public String getCriterion() {
            return criterion;
        }

        public String getSubCriterion() {
            return subCriterion;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }
}
