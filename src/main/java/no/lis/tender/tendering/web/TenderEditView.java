package no.lis.tender.tendering.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.shared.web.Pages;
import no.lis.tender.tendering.application.AnswerQuestion;
import no.lis.tender.tendering.application.DefineAwardCriteria;
import no.lis.tender.tendering.application.DefineAwardCriteriaCommand;
import no.lis.tender.tendering.application.DefineAwardCriteriaCommand.CriterionInput;
import no.lis.tender.tendering.application.DefineAwardCriteriaCommand.SubCriterionInput;
import no.lis.tender.tendering.application.PublishTender;
import no.lis.tender.tendering.application.QuestionQueries;
import no.lis.tender.tendering.application.PublishTenderCommand;
import no.lis.tender.tendering.application.RemoveLot;
import no.lis.tender.tendering.application.RemoveLotCommand;
import no.lis.tender.tendering.application.ReviseTenderDetails;
import no.lis.tender.tendering.application.ReviseTenderDetailsCommand;
import no.lis.tender.tendering.application.SaveLot;
import no.lis.tender.tendering.application.SaveLotCommand;
import no.lis.tender.tendering.application.ScheduleTimeline;
import no.lis.tender.tendering.application.ScheduleTimelineCommand;
import no.lis.tender.tendering.application.TenderQueries;
import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.CriterionTemplate;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.Lot;
import no.lis.tender.tendering.domain.MarketPhase;
import no.lis.tender.tendering.domain.MarketSplit;
import no.lis.tender.tendering.domain.PriceFormula;
import no.lis.tender.tendering.domain.ProcurementInstrument;
import no.lis.tender.tendering.domain.Question;
import no.lis.tender.tendering.domain.SubCriterion;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderProcedure;
import no.lis.tender.tendering.domain.TimeLimitJustification;
import no.lis.tender.tendering.domain.TimeLimitRule;
import no.lis.tender.tendering.domain.TimeLimits;
import no.lis.tender.tendering.domain.Timeline;
import no.lis.tender.tendering.domain.VolumeUnit;
import org.primefaces.PrimeFaces;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The tender editor: details, lots, award criteria and timeline of a draft, and the publish step.
 * Each part is saved by its own use case; a refused save keeps what the buyer typed and shows
 * every broken rule beside its field.
 */
@Named
@ViewScoped
public class TenderEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenderQueries queries;
    @Inject
    ReviseTenderDetails reviseDetails;
    @Inject
    SaveLot saveLot;
    @Inject
    RemoveLot removeLot;
    @Inject
    DefineAwardCriteria defineCriteria;
    @Inject
    ScheduleTimeline scheduleTimeline;
    @Inject
    PublishTender publishTender;
    @Inject
    QuestionQueries questionQueries;
    @Inject
    AnswerQuestion answerQuestion;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;

    private Long id;
    // The tender and its questions are entities: transient, not written with the session, and loaded again
    // (tender(), getQuestions()) on the node that reads the session back. The versions the buyer saw are
    // kept, so that a change made by someone else meanwhile is still refused after a failover.
    private transient Tender tender;
    private Long tenderVersion;

    private String title;
    private Long therapeuticAreaId;
    private Long specialistGroupId;
    private Integer marketPhase;
    private ProcurementInstrument instrument;
    private boolean severalRankedSuppliersAllowed;

    private LotForm lot = new LotForm();
    private List<CriterionRow> criteria = new ArrayList<>();
    private String environmentJustification;

    private transient List<Question> questions;
    private transient Question answering;
    private Long answeringId;
    private Long answeringVersion;
    private String answerText;

    private LocalDateTime publication;
    private LocalDateTime questionDeadline;
    private LocalDateTime submissionDeadline;
    private LocalDate plannedAward;
    private LocalDate agreementStart;
    private LocalDate agreementEnd;
    private String optionYears;
    private TenderProcedure procedure;
    private String tenderPeriodJustification;
    private String questionPeriodJustification;
    private String frameworkLengthJustification;

    /** Loads the tender named by the {@code id} parameter; an unknown id shows the not-found page. */
    public void load() throws IOException {
        if (tenderVersion != null) {
            return;
        }
        reload();
        if (tender == null) {
            Pages.respondNotFound();
            return;
        }
        fillDetails();
        fillCriteria();
        fillTimeline();
        questions = questionQueries.allQuestions(id);
    }

    private void reload() {
        tender = id == null ? null : queries.detail(id).orElse(null);
        tenderVersion = tender == null ? null : tender.getVersion();
    }

    private Tender tender() {
        if (tender == null && id != null) {
            tender = queries.detail(id).orElse(null);
        }
        return tender;
    }

    private void fillDetails() {
        title = tender.getTitle();
        therapeuticAreaId = tender.getTherapeuticAreaId();
        specialistGroupId = tender.getSpecialistGroupId();
        marketPhase = tender.getMarketPhase().number();
        instrument = tender.getInstrument();
        severalRankedSuppliersAllowed = tender.isSeveralRankedSuppliersAllowed();
    }

    private void fillCriteria() {
        criteria = new ArrayList<>();
        for (CriterionType type : CriterionType.values()) {
            AwardCriterion existing = tender.getCriteria().stream().filter(c -> c.getType() == type).findFirst().orElse(null);
            criteria.add(existing == null ? CriterionRow.empty(type) : CriterionRow.of(existing));
        }
        environmentJustification = tender.getEnvironmentJustification() == null ? null
                : tender.getEnvironmentJustification().getText();
    }

    /** The saved timeline, with a proposal for the dates not yet set that the buyer can change before saving. */
    private void fillTimeline() {
        Timeline shown = queries.proposedTimeline(tender);
        publication = shown.getPublication() == null ? null : Timeline.inOslo(shown.getPublication());
        questionDeadline = Timeline.inOslo(shown.getQuestionDeadline());
        submissionDeadline = Timeline.inOslo(shown.getSubmissionDeadline());
        plannedAward = shown.getPlannedAward();
        agreementStart = shown.getAgreementStart();
        agreementEnd = shown.getAgreementEnd();
        optionYears = shown.getOptionYears().stream().map(String::valueOf).collect(Collectors.joining(","));
        procedure = tender.getProcedure();
        tenderPeriodJustification = justification(TimeLimitRule.TENDER_PERIOD);
        questionPeriodJustification = justification(TimeLimitRule.QUESTION_PERIOD);
        frameworkLengthJustification = justification(TimeLimitRule.FRAMEWORK_LENGTH);
    }

    private String justification(TimeLimitRule rule) {
        return tender.getTimeLimitJustifications().stream().filter(j -> j.getRule() == rule).findFirst()
                .map(TimeLimitJustification::getText).orElse(null);
    }

    public void saveDetails() {
        if (messages.attempt("tabs:details", () -> reviseDetails.revise(new ReviseTenderDetailsCommand(id, version(), title,
                therapeuticAreaId, specialistGroupId, marketPhase, instrument == null ? null : instrument.name(),
                severalRankedSuppliersAllowed), user.username()))) {
            reload();
            fillDetails();
            fillCriteria();
            messages.info("tender.saved.details");
        }
    }

    public void newLot() {
        lot = new LotForm();
    }

    public void editLot(int number) {
        tender().getLots().stream().filter(l -> l.getNumber() == number).findFirst().ifPresent(l -> lot = LotForm.of(l));
    }

    public void saveLot() {
        LotForm form = lot;
        if (messages.attempt("tabs:lotForm", () -> saveLot.save(new SaveLotCommand(id, version(), form.number, form.title,
                form.indication, form.atcCodes, form.volume, name(form.volumeUnit), name(form.comparisonBasis),
                form.treatmentPeriodDays, name(form.marketSplit)), user.username()))) {
            reload();
            messages.info("tender.saved.lot");
            PrimeFaces.current().executeScript("PF('lotDialog').hide()");
        }
    }

    public void removeLot(int number) {
        if (messages.attempt("tabs:lots", () -> removeLot.remove(new RemoveLotCommand(id, version(), number), user.username()))) {
            reload();
            messages.info("tender.saved.lotRemoved", number);
        }
    }

    public void addSubCriterion(CriterionRow row) {
        if (row.templateToAdd == null) {
            row.subCriteria.add(new SubRow(null, null, 0, 10, null));
            return;
        }
        queries.activeCriterionTemplates().stream().filter(t -> t.getCode().equals(row.templateToAdd)).findFirst()
                .ifPresent(t -> row.subCriteria.add(SubRow.of(t.toSubCriterion())));
        row.templateToAdd = null;
    }

    public void removeSubCriterion(CriterionRow row, int index) {
        row.subCriteria.remove(index);
    }

    public void saveCriteria() {
        List<CriterionInput> inputs = criteria.stream().filter(CriterionRow::isUsed).map(CriterionRow::toInput).toList();
        if (messages.attempt("tabs:criteria", () -> defineCriteria.define(new DefineAwardCriteriaCommand(id, version(), inputs,
                environmentJustification), user.username()))) {
            reload();
            fillCriteria();
            messages.info("tender.saved.criteria");
        }
    }

    public void saveTimeline() {
        if (messages.attempt("tabs:timeline", () -> scheduleTimeline.schedule(new ScheduleTimelineCommand(id, version(),
                instant(publication), instant(questionDeadline), instant(submissionDeadline), plannedAward,
                agreementStart, agreementEnd, optionYears, name(procedure), tenderPeriodJustification,
                questionPeriodJustification, frameworkLengthJustification), user.username()))) {
            reload();
            fillTimeline();
            messages.info("tender.saved.timeline");
        }
    }

    public void publish() {
        if (messages.attempt("actions", () -> publishTender.publish(new PublishTenderCommand(id, version()),
                user.username()))) {
            reload();
            fillTimeline();
            messages.info("tender.published", tender().getReference().value());
        }
    }

    public void startAnswer(Question question) {
        answering = question;
        answeringId = question.getId();
        answeringVersion = question.getVersion();
        answerText = question.getAnswer();
    }

    public void answer() {
        Question question = getAnswering();
        if (messages.attempt("answerForm", () -> answerQuestion.answer(id, answeringId, answeringVersion,
                answerText, user.username()))) {
            questions = questionQueries.allQuestions(id);
            messages.info("question.answered", question.getNumber());
            PrimeFaces.current().executeScript("PF('answerDialog').hide()");
        }
    }

    public List<Question> getQuestions() {
        if (questions == null && id != null) {
            questions = questionQueries.allQuestions(id);
        }
        return questions;
    }

    public Question getAnswering() {
        if (answering == null && answeringId != null) {
            answering = getQuestions().stream().filter(q -> q.getId().equals(answeringId)).findFirst().orElse(null);
        }
        return answering;
    }

    public String getAnswerText() {
        return answerText;
    }

    public void setAnswerText(String answerText) {
        this.answerText = answerText;
    }

    /** The sum of the weights as typed, shown beside the criteria before they are saved. */
    public int getWeightSum() {
        return criteria.stream().map(r -> r.weight).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
    }

    public boolean isEnvironmentBelowMainRule() {
        return criteria.stream().anyMatch(r -> r.type == CriterionType.ENVIRONMENT
                && (r.weight == null || r.weight < Tender.ENVIRONMENT_MAIN_RULE_WEIGHT));
    }

    public int getEnvironmentMainRule() {
        return Tender.ENVIRONMENT_MAIN_RULE_WEIGHT;
    }

    public List<CriterionTemplate> library(CriterionType type) {
        return queries.activeCriterionTemplates().stream().filter(t -> t.getType() == type).toList();
    }

    public boolean isEditable() {
        return tender() != null && tender().getStatus().isEditable();
    }

    private Long version() {
        return tenderVersion;
    }

    private static Instant instant(LocalDateTime osloTime) {
        return osloTime == null ? null : Timeline.atOslo(osloTime);
    }

    private static String name(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }

    public MarketPhase[] getPhases() {
        return MarketPhase.values();
    }

    public TenderProcedure[] getProcedures() {
        return TenderProcedure.values();
    }

    /** The last day answers to questions must reach the suppliers, from the saved submission deadline. */
    public LocalDate getAnswerDeadline() {
        return tender() == null ? null : TimeLimits.answerDeadline(tender().getTimeline());
    }

    public TenderProcedure getProcedure() {
        return procedure;
    }

    public void setProcedure(TenderProcedure procedure) {
        this.procedure = procedure;
    }

    public String getTenderPeriodJustification() {
        return tenderPeriodJustification;
    }

    public void setTenderPeriodJustification(String tenderPeriodJustification) {
        this.tenderPeriodJustification = tenderPeriodJustification;
    }

    public String getQuestionPeriodJustification() {
        return questionPeriodJustification;
    }

    public void setQuestionPeriodJustification(String questionPeriodJustification) {
        this.questionPeriodJustification = questionPeriodJustification;
    }

    public String getFrameworkLengthJustification() {
        return frameworkLengthJustification;
    }

    public void setFrameworkLengthJustification(String frameworkLengthJustification) {
        this.frameworkLengthJustification = frameworkLengthJustification;
    }

    public ProcurementInstrument[] getInstruments() {
        return ProcurementInstrument.values();
    }

    public VolumeUnit[] getVolumeUnits() {
        return VolumeUnit.values();
    }

    public ComparisonBasis[] getComparisonBases() {
        return ComparisonBasis.values();
    }

    public MarketSplit[] getMarketSplits() {
        return MarketSplit.values();
    }

    public PriceFormula[] getPriceFormulas() {
        return PriceFormula.values();
    }

    // --- plain accessors for the page ---

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Tender getTender() {
        return tender();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getTherapeuticAreaId() {
        return therapeuticAreaId;
    }

    public void setTherapeuticAreaId(Long therapeuticAreaId) {
        this.therapeuticAreaId = therapeuticAreaId;
    }

    public Long getSpecialistGroupId() {
        return specialistGroupId;
    }

    public void setSpecialistGroupId(Long specialistGroupId) {
        this.specialistGroupId = specialistGroupId;
    }

    public Integer getMarketPhase() {
        return marketPhase;
    }

    public void setMarketPhase(Integer marketPhase) {
        this.marketPhase = marketPhase;
    }

    public ProcurementInstrument getInstrument() {
        return instrument;
    }

    public void setInstrument(ProcurementInstrument instrument) {
        this.instrument = instrument;
    }

    public boolean isSeveralRankedSuppliersAllowed() {
        return severalRankedSuppliersAllowed;
    }

    public void setSeveralRankedSuppliersAllowed(boolean severalRankedSuppliersAllowed) {
        this.severalRankedSuppliersAllowed = severalRankedSuppliersAllowed;
    }

    public LotForm getLot() {
        return lot;
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public String getEnvironmentJustification() {
        return environmentJustification;
    }

    public void setEnvironmentJustification(String environmentJustification) {
        this.environmentJustification = environmentJustification;
    }

    public LocalDateTime getPublication() {
        return publication;
    }

    public void setPublication(LocalDateTime publication) {
        this.publication = publication;
    }

    public LocalDateTime getQuestionDeadline() {
        return questionDeadline;
    }

    public void setQuestionDeadline(LocalDateTime questionDeadline) {
        this.questionDeadline = questionDeadline;
    }

    public LocalDateTime getSubmissionDeadline() {
        return submissionDeadline;
    }

    public void setSubmissionDeadline(LocalDateTime submissionDeadline) {
        this.submissionDeadline = submissionDeadline;
    }

    public LocalDate getPlannedAward() {
        return plannedAward;
    }

    public void setPlannedAward(LocalDate plannedAward) {
        this.plannedAward = plannedAward;
    }

    public LocalDate getAgreementStart() {
        return agreementStart;
    }

    public void setAgreementStart(LocalDate agreementStart) {
        this.agreementStart = agreementStart;
    }

    public LocalDate getAgreementEnd() {
        return agreementEnd;
    }

    public void setAgreementEnd(LocalDate agreementEnd) {
        this.agreementEnd = agreementEnd;
    }

    public String getOptionYears() {
        return optionYears;
    }

    public void setOptionYears(String optionYears) {
        this.optionYears = optionYears;
    }

    /** The lot dialog's fields. */
    public static final class LotForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private Integer number;
        private String title;
        private String indication;
        private List<String> atcCodes = new ArrayList<>();
        private BigDecimal volume;
        private VolumeUnit volumeUnit = VolumeUnit.DDD;
        private ComparisonBasis comparisonBasis = ComparisonBasis.PER_DDD;
        private Integer treatmentPeriodDays;
        private MarketSplit marketSplit = MarketSplit.NONE;

        static LotForm of(Lot lot) {
            LotForm form = new LotForm();
            form.number = lot.getNumber();
            form.title = lot.getTitle();
            form.indication = lot.getIndication();
            form.atcCodes = lot.getSubstances().stream().map(AtcCode::value).sorted().collect(Collectors.toCollection(ArrayList::new));
            form.volume = lot.getEstimatedAnnualVolume();
            form.volumeUnit = lot.getVolumeUnit();
            form.comparisonBasis = lot.getComparisonBasis();
            form.treatmentPeriodDays = lot.getTreatmentPeriodDays();
            form.marketSplit = lot.getMarketSplit();
            return form;
        }

        public boolean isNew() {
            return number == null;
        }

        public Integer getNumber() {
            return number;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getIndication() {
            return indication;
        }

        public void setIndication(String indication) {
            this.indication = indication;
        }

        public List<String> getAtcCodes() {
            return atcCodes;
        }

        public void setAtcCodes(List<String> atcCodes) {
            this.atcCodes = atcCodes == null ? new ArrayList<>() : new ArrayList<>(atcCodes);
        }

        public BigDecimal getVolume() {
            return volume;
        }

        public void setVolume(BigDecimal volume) {
            this.volume = volume;
        }

        public VolumeUnit getVolumeUnit() {
            return volumeUnit;
        }

        public void setVolumeUnit(VolumeUnit volumeUnit) {
            this.volumeUnit = volumeUnit;
        }

        public ComparisonBasis getComparisonBasis() {
            return comparisonBasis;
        }

        public void setComparisonBasis(ComparisonBasis comparisonBasis) {
            this.comparisonBasis = comparisonBasis;
        }

        public Integer getTreatmentPeriodDays() {
            return treatmentPeriodDays;
        }

        public void setTreatmentPeriodDays(Integer treatmentPeriodDays) {
            this.treatmentPeriodDays = treatmentPeriodDays;
        }

        public MarketSplit getMarketSplit() {
            return marketSplit;
        }

        public void setMarketSplit(MarketSplit marketSplit) {
            this.marketSplit = marketSplit;
        }
    }

    /** One award criterion as edited: its weight, and its formula (price) or sub-criteria (the others). */
    public static final class CriterionRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private CriterionType type;
        private Integer weight;
        private PriceFormula priceFormula;
        private Integer maxPoints;
        private List<SubRow> subCriteria = new ArrayList<>();
        private String templateToAdd;

        static CriterionRow empty(CriterionType type) {
            CriterionRow row = new CriterionRow();
            row.type = type;
            row.weight = 0;
            if (!type.isScored()) {
                row.priceFormula = PriceFormula.LOWEST_PRICE_RATIO;
                row.maxPoints = AwardCriterion.DEFAULT_PRICE_POINTS;
            }
            return row;
        }

        static CriterionRow of(AwardCriterion criterion) {
            CriterionRow row = empty(criterion.getType());
            row.weight = criterion.getWeight();
            if (criterion.getPriceFormula() != null) {
                row.priceFormula = criterion.getPriceFormula();
                row.maxPoints = criterion.getMaxPoints();
            }
            criterion.getSubCriteria().forEach(s -> row.subCriteria.add(SubRow.of(s)));
            return row;
        }

        boolean isUsed() {
            return weight != null && (weight > 0 || !subCriteria.isEmpty());
        }

        CriterionInput toInput() {
            return new CriterionInput(type.name(), weight, priceFormula == null ? null : priceFormula.name(), maxPoints,
                    subCriteria.stream().map(SubRow::toInput).toList());
        }

        public boolean isScored() {
            return type.isScored();
        }

        public CriterionType getType() {
            return type;
        }

        public Integer getWeight() {
            return weight;
        }

        public void setWeight(Integer weight) {
            this.weight = weight;
        }

        public PriceFormula getPriceFormula() {
            return priceFormula;
        }

        public void setPriceFormula(PriceFormula priceFormula) {
            this.priceFormula = priceFormula;
        }

        public Integer getMaxPoints() {
            return maxPoints;
        }

        public void setMaxPoints(Integer maxPoints) {
            this.maxPoints = maxPoints;
        }

        public List<SubRow> getSubCriteria() {
            return subCriteria;
        }

        public String getTemplateToAdd() {
            return templateToAdd;
        }

        public void setTemplateToAdd(String templateToAdd) {
            this.templateToAdd = templateToAdd;
        }
    }

    /** One sub-criterion as edited. */
    public static final class SubRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String title;
        private String description;
        private Integer scaleMin;
        private Integer scaleMax;
        private final String libraryCode;

        SubRow(String title, String description, Integer scaleMin, Integer scaleMax, String libraryCode) {
            this.title = title;
            this.description = description;
            this.scaleMin = scaleMin;
            this.scaleMax = scaleMax;
            this.libraryCode = libraryCode;
        }

        static SubRow of(SubCriterion s) {
            return new SubRow(s.getTitle(), s.getDescription(), s.getScale().getMin(), s.getScale().getMax(),
                    s.getLibraryCode());
        }

        SubCriterionInput toInput() {
            return new SubCriterionInput(title, description, scaleMin, scaleMax, libraryCode);
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public Integer getScaleMin() {
            return scaleMin;
        }

        public void setScaleMin(Integer scaleMin) {
            this.scaleMin = scaleMin;
        }

        public Integer getScaleMax() {
            return scaleMax;
        }

        public void setScaleMax(Integer scaleMax) {
            this.scaleMax = scaleMax;
        }

        public String getLibraryCode() {
            return libraryCode;
        }
    }
}
