package no.lis.tender.tendering.api;

import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.ContractNotice;
import no.lis.tender.tendering.domain.Lot;
import no.lis.tender.tendering.domain.Market;
import no.lis.tender.tendering.domain.QualificationRequirement;
import no.lis.tender.tendering.domain.SubCriterion;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderLogEntry;
import no.lis.tender.tendering.domain.TenderSummary;
import no.lis.tender.tendering.domain.TimeLimits;
import no.lis.tender.tendering.domain.Timeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON shapes of tender rounds. {@code marketPhase} is the category plan's number 0-6 and
 * {@code marketPhaseName} the phase by meaning (e.g. {@code LOWEST_PRICE_COMPETITION}); times are
 * ISO-8601 instants.
 */
public final class TenderJson {

    private TenderJson() {
    }

    public record Summary(Long id, String reference, String title, int marketPhase, String marketPhaseName,
                   String instrument, String status, Long therapeuticAreaId, Long specialistGroupId,
                   Instant submissionDeadline, long version) {

        static Summary of(TenderSummary s) {
            return new Summary(s.id(), s.reference().value(), s.title(), s.marketPhase().number(),
                    s.marketPhase().name(), s.instrument().name(), s.status().name(), s.therapeuticAreaId(), s.specialistGroupId(),
                    s.submissionDeadline(), s.version());
        }
    }

    public record Detail(Long id, String reference, String title, int marketPhase, String marketPhaseName,
                  String instrument, boolean severalRankedSuppliersAllowed, String status, Long therapeuticAreaId,
                  Long specialistGroupId, List<LotJson> lots, List<CriterionJson> criteria,
                  JustificationJson environmentJustification, String procedure, TimelineJson timeline,
                  List<TimeLimitJustificationJson> timeLimitJustifications, BigDecimal estimatedValue,
                  ContractNoticeJson contractNotice, List<RequirementJson> qualificationRequirements, String createdBy,
                  Instant createdAt, String publishedBy, Instant publishedAt, List<LogJson> log, long version) {

        static Detail of(Tender t) {
            return new Detail(t.getId(), t.getReference().value(), t.getTitle(), t.getMarketPhase().number(),
                    t.getMarketPhase().name(), t.getInstrument().name(), t.isSeveralRankedSuppliersAllowed(), t.getStatus().name(),
                    t.getTherapeuticAreaId(), t.getSpecialistGroupId(),
                    t.getLots().stream().map(LotJson::of).toList(),
                    t.getCriteria().stream().map(CriterionJson::of).toList(),
                    t.getEnvironmentJustification() == null ? null : new JustificationJson(
                            t.getEnvironmentJustification().getText(), t.getEnvironmentJustification().getGivenBy(),
                            t.getEnvironmentJustification().getGivenAt()),
                    t.getProcedure().name(), TimelineJson.of(t.getTimeline()),
                    t.getTimeLimitJustifications().stream().map(j -> new TimeLimitJustificationJson(j.getRule().name(),
                            j.getText(), j.getGiven().actor(), j.getGiven().at())).toList(), t.getEstimatedValue(),
                    t.getContractNotice().map(ContractNoticeJson::of).orElse(null),
                    t.getQualificationRequirements().stream().map(RequirementJson::of).toList(), t.getCreatedBy(), t.getCreatedAt(), t.getPublishedBy(),
                    t.getPublishedAt(), t.getLog().stream().map(LogJson::of).toList(), t.getVersion());
        }
    }

    public record LotJson(int number, String title, String indication, List<String> atcCodes,
                   BigDecimal estimatedAnnualVolume, String volumeUnit, String comparisonBasis,
                   Integer treatmentPeriodDays, String marketSplit, List<MarketJson> markets, String cpvCode,
                   List<String> scenarios) {

        static LotJson of(Lot lot) {
            return new LotJson(lot.getNumber(), lot.getTitle(), lot.getIndication(),
                    lot.getSubstances().stream().map(AtcCode::value).sorted().toList(),
                    lot.getEstimatedAnnualVolume(), lot.getVolumeUnit().name(), lot.getComparisonBasis().name(),
                    lot.getTreatmentPeriodDays(), lot.getMarketSplit() == null ? null : lot.getMarketSplit().name(),
                    lot.getMarkets().stream().map(MarketJson::of).toList(), lot.getCpvCode().value(),
                    lot.getScenarios());
        }
    }

    /** The recorded publication of the contract notice in Doffin. */
    public record ContractNoticeJson(String publicationId, LocalDate publishedOn, String recordedBy, Instant recordedAt) {
        static ContractNoticeJson of(ContractNotice n) {
            return new ContractNoticeJson(n.getPublicationId(), n.getPublishedOn(), n.getRecordedBy(), n.getRecordedAt());
        }
    }

    /** A qualification requirement: its {@code QualificationKind}, the buyer's text, the threshold where it has one. */
    public record RequirementJson(String kind, String text, BigDecimal threshold) {
        static RequirementJson of(QualificationRequirement r) {
            return new RequirementJson(r.getKind().name(), r.getText(), r.getThreshold());
        }
    }

    public record MarketJson(String code, String name) {
        static MarketJson of(Market m) {
            return new MarketJson(m.getCode(), m.getName());
        }
    }

    public record CriterionJson(String type, int weight, String priceFormula, Integer maxPoints,
                         List<SubCriterionJson> subCriteria) {

        static CriterionJson of(AwardCriterion c) {
            return new CriterionJson(c.getType().name(), c.getWeight(),
                    c.getPriceFormula() == null ? null : c.getPriceFormula().name(), c.getMaxPoints(),
                    c.getSubCriteria().stream().map(SubCriterionJson::of).toList());
        }
    }

    public record SubCriterionJson(String title, String description, int scaleMin, int scaleMax, String libraryCode) {
        static SubCriterionJson of(SubCriterion s) {
            return new SubCriterionJson(s.getTitle(), s.getDescription(), s.getScale().getMin(), s.getScale().getMax(),
                    s.getLibraryCode());
        }
    }

    public record JustificationJson(String text, String givenBy, Instant givenAt) {
    }

    /** Why the timeline departs from the time limit {@code rule} ({@code TimeLimitRule}). */
    public record TimeLimitJustificationJson(String rule, String text, String givenBy, Instant givenAt) {
    }

    public record TimelineJson(Instant publication, Instant questionDeadline, Instant submissionDeadline,
                        LocalDate plannedAward, LocalDate agreementStart, LocalDate agreementEnd,
                        List<Integer> optionYears, LocalDate answerDeadline) {

        static TimelineJson of(Timeline t) {
            return t == null ? null : new TimelineJson(t.getPublication(), t.getQuestionDeadline(),
                    t.getSubmissionDeadline(), t.getPlannedAward(), t.getAgreementStart(), t.getAgreementEnd(),
                    t.getOptionYears(), TimeLimits.answerDeadline(t));
        }
    }

    public record LogJson(Instant at, String actor, String action, String detail) {
        static LogJson of(TenderLogEntry e) {
            return new LogJson(e.getAt(), e.getActor(), e.getAction(), e.getDetail());
        }
    }
}
