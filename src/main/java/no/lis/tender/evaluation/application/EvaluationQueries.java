package no.lis.tender.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.catalogue.domain.GroupMember;
import no.lis.tender.catalogue.domain.SpecialistGroup;
import no.lis.tender.catalogue.domain.SpecialistGroupRepository;
import no.lis.tender.evaluation.application.BuyerEvaluation.ConsensusLine;
import no.lis.tender.evaluation.application.BuyerEvaluation.LotName;
import no.lis.tender.evaluation.application.BuyerEvaluation.Declared;
import no.lis.tender.evaluation.application.BuyerEvaluation.MemberProgress;
import no.lis.tender.evaluation.application.BuyerEvaluation.MemberScore;
import no.lis.tender.evaluation.application.BuyerEvaluation.OfferQualification;
import no.lis.tender.evaluation.application.MemberWorkspace.LotLine;
import no.lis.tender.evaluation.application.MemberWorkspace.OfferToScore;
import no.lis.tender.evaluation.application.MemberWorkspace.OtherScore;
import no.lis.tender.evaluation.application.MemberWorkspace.SubCriterionToScore;
import no.lis.tender.evaluation.domain.ConsensusScore;
import no.lis.tender.evaluation.domain.ConsensusScoreRepository;
import no.lis.tender.evaluation.domain.ImpartialityDeclaration;
import no.lis.tender.evaluation.domain.ImpartialityDeclarationRepository;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.evaluation.domain.MemberScoreSheet;
import no.lis.tender.evaluation.domain.MemberScoreSheetRepository;
import no.lis.tender.evaluation.domain.Qualification;
import no.lis.tender.evaluation.domain.QualificationRepository;
import no.lis.tender.evaluation.domain.ScoreSheetStatus;
import no.lis.tender.evaluation.domain.ScoredSubCriteria;
import no.lis.tender.evaluation.domain.ScoringRights;
import no.lis.tender.evaluation.domain.SubCriterionRef;
import no.lis.tender.evaluation.domain.SubCriterionScore;
import no.lis.tender.evaluation.domain.TenderEvaluation;
import no.lis.tender.evaluation.domain.TenderEvaluationRepository;
import no.lis.tender.evaluation.domain.TenderRankingRepository;
import no.lis.tender.offers.domain.CriterionAnswer;
import no.lis.tender.offers.domain.LotOffer;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.tendering.domain.Lot;
import no.lis.tender.tendering.domain.SubCriterion;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;
import no.lis.tender.tendering.domain.TenderStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the evaluation pages and the API read; changes nothing. The member's view applies the
 * scoring rules itself: nothing before her declaration, no prices unless the buyer lifted that, no
 * other member's scores before she has submitted her own.
 */
@ApplicationScoped
@Transactional
public class EvaluationQueries {

    private static final Set<TenderStatus> IN_OR_AFTER_EVALUATION = Set.of(TenderStatus.OPENED, TenderStatus.EVALUATED,
            TenderStatus.AWARDED, TenderStatus.STANDSTILL, TenderStatus.AGREEMENT_ACTIVE, TenderStatus.EXPIRED);

    private final TenderRepository tenders;
    private final SpecialistGroupRepository groups;
    private final OpenedOfferReader offers;
    private final QualificationRepository qualifications;
    private final ImpartialityDeclarationRepository declarations;
    private final MemberScoreSheetRepository sheets;
    private final ConsensusScoreRepository consensus;
    private final TenderEvaluationRepository evaluations;
    private final TenderRankingRepository rankings;

    @Inject
    public EvaluationQueries(TenderRepository tenders, SpecialistGroupRepository groups, OpenedOfferReader offers,
                             QualificationRepository qualifications, ImpartialityDeclarationRepository declarations,
                             MemberScoreSheetRepository sheets, ConsensusScoreRepository consensus,
                             TenderEvaluationRepository evaluations, TenderRankingRepository rankings) {
        this.tenders = tenders;
        this.groups = groups;
        this.offers = offers;
        this.qualifications = qualifications;
        this.declarations = declarations;
        this.sheets = sheets;
        this.consensus = consensus;
        this.evaluations = evaluations;
        this.rankings = rankings;
    }

    /** For the CDI proxy. */
    protected EvaluationQueries() {
        this(null, null, null, null, null, null, null, null, null);
    }

    /** The opened offers the opening did not find intact: shown to the buyers, never evaluated. */
    public List<OpenedOfferReader.UnreadableOffer> unreadableOffers(Long tenderId) {
        return offers.unreadable(tenderId);
    }

    /** Whether there is a tender {@code tenderId}. */
    public boolean exists(Long tenderId) {
        return tenderId != null && tenders.exists(tenderId);
    }

    /** Whether {@code username} belongs to the specialist group of the tender. */
    public boolean isMember(Long tenderId, String username) {
        Tender tender = EvaluationAccess.tender(tenders, tenderId);
        return group(tender).map(group -> group.isMember(username)).orElse(false);
    }

    /** The tenders in or after evaluation for the groups {@code member} belongs to, newest first. */
    public List<ScoringAssignment> assignments(String member) {
        Map<Long, ImpartialityDeclaration> declarationsOf = declarations.findByMember(member).stream()
                .collect(Collectors.toMap(ImpartialityDeclaration::getTenderId, Function.identity(), (a, b) -> a));
        Map<Long, List<MemberScoreSheet>> sheetsOf = sheets.findByMember(member).stream()
                .collect(Collectors.groupingBy(MemberScoreSheet::getTenderId));
        List<ScoringAssignment> assignments = new ArrayList<>();
        for (SpecialistGroup group : groups.findByMember(member)) {
            for (Tender tender : tenders.findBySpecialistGroup(group.getId())) {
                if (!IN_OR_AFTER_EVALUATION.contains(tender.getStatus())) {
                    continue;
                }
                Optional<ImpartialityDeclaration> declared = Optional.ofNullable(declarationsOf.get(tender.getId()));
                Set<Long> toScore = declared.filter(ImpartialityDeclaration::isImpartial).isPresent()
                        ? scorableIds(tender) : Set.of();
                int submitted = (int) sheetsOf.getOrDefault(tender.getId(), List.of()).stream()
                        .filter(sheet -> sheet.isSubmitted() && toScore.contains(sheet.getOfferId())).count();
                assignments.add(new ScoringAssignment(tender.getId(), tender.getReference().value(), tender.getTitle(),
                        tender.getStatus(), group.getName(), declared.map(ImpartialityDeclaration::isImpartial).orElse(null),
                        toScore.size(), submitted));
            }
        }
        assignments.sort(Comparator.comparing(ScoringAssignment::tenderId).reversed());
        return assignments;
    }

    /** The ids of {@link #scorable} without opening the offers: the intact ones of the opening, less those rejected. */
    private Set<Long> scorableIds(Tender tender) {
        Set<Long> intact = offers.intactOfferIds(tender.getId());
        if (intact.isEmpty()) {
            return Set.of();
        }
        Set<Long> ids = new HashSet<>(intact);
        qualifications.findByTender(tender.getId()).stream().filter(Qualification::excludesFromScoring)
                .map(Qualification::getOfferId).forEach(ids::remove);
        return ids;
    }

    /**
     * What {@code member} sees of the tender while she scores. Refused to anyone outside its
     * specialist group ({@code evaluation.notMember}).
     */
    public MemberWorkspace workspace(Long tenderId, String member) {
        Tender tender = EvaluationAccess.tender(tenders, tenderId);
        SpecialistGroup group = group(tender).filter(g -> g.isMember(member))
                .orElseThrow(() -> new DomainException(null, "evaluation.notMember", member));
        Optional<ImpartialityDeclaration> declaration = declarations.findByTenderAndMember(tender.getId(), member);
        boolean pricesVisible = ScoringRights.pricesVisible(evaluations.findByTender(tender.getId())
                .map(TenderEvaluation::isPricesVisibleToMembers).orElse(false));
        List<OfferToScore> toScore = new ArrayList<>();
        if (declaration.filter(ImpartialityDeclaration::isImpartial).isPresent()) {
            List<MemberScoreSheet> all = sheets.findByTender(tender.getId());
            Map<SubCriterionRef, SubCriterion> subCriteria = ScoredSubCriteria.of(tender);
            for (OfferUnderEvaluation offer : scorable(tender)) {
                toScore.add(offerToScore(tender, offer, member, all, subCriteria, pricesVisible));
            }
        }
        return new MemberWorkspace(tender.getId(), tender.getReference().value(), tender.getTitle(), tender.getStatus(),
                group.getName(), declaration.map(ImpartialityDeclaration::isImpartial).orElse(null),
                declaration.map(ImpartialityDeclaration::getTies).orElse(null),
                declaration.map(ImpartialityDeclaration::getDeclaredAt).orElse(null), pricesVisible, toScore);
    }

    private OfferToScore offerToScore(Tender tender, OfferUnderEvaluation offer, String member,
                                      List<MemberScoreSheet> all, Map<SubCriterionRef, SubCriterion> subCriteria,
                                      boolean pricesVisible) {
        Optional<MemberScoreSheet> own = all.stream()
                .filter(sheet -> sheet.getOfferId() == offer.offerId() && sheet.getMember().equals(member)).findFirst();
        List<LotLine> lots = offer.content().lots().stream().map(lot -> new LotLine(lot.lotNumber(),
                lotTitle(tender, lot.lotNumber()), products(lot), pricesVisible ? lot.unitPricePerPack() : null)).toList();
        List<SubCriterionToScore> toScore = new ArrayList<>();
        subCriteria.forEach((ref, sub) -> {
            Optional<SubCriterionScore> score = own.flatMap(sheet -> sheet.scoreOf(ref));
            toScore.add(new SubCriterionToScore(ref, sub.getDescription(), sub.getScale().getMin(),
                    sub.getScale().getMax(), answers(offer, ref), score.map(SubCriterionScore::getValue).orElse(null),
                    score.map(SubCriterionScore::getJustification).orElse(null)));
        });
        List<OtherScore> others = new ArrayList<>();
        if (ScoringRights.mayViewOthers(own)) {
            all.stream().filter(sheet -> sheet.getOfferId() == offer.offerId() && !sheet.getMember().equals(member)
                            && sheet.isSubmitted())
                    .forEach(sheet -> sheet.getScores().forEach(score -> others.add(new OtherScore(score.ref(),
                            new MemberScore(sheet.getMember(), score.getValue(), score.getJustification())))));
        }
        return new OfferToScore(offer.offerId(), offer.supplierName(), lots, toScore,
                own.map(MemberScoreSheet::getVersion).orElse(null), own.map(MemberScoreSheet::getStatus).orElse(null),
                others);
    }

    private static String products(LotOffer lot) {
        return lot.products().stream().map(p -> p.varenummer().value() + " " + p.productName() + " " + p.packDescription())
                .collect(Collectors.joining("; "));
    }

    private static List<String> answers(OfferUnderEvaluation offer, SubCriterionRef ref) {
        Set<String> texts = new LinkedHashSet<>();
        for (LotOffer lot : offer.content().lots()) {
            for (CriterionAnswer answer : lot.answers()) {
                if (answer.criterion() == ref.type() && answer.subCriterion().equals(ref.title()) && answer.text() != null) {
                    texts.add(answer.text());
                }
            }
        }
        return List.copyOf(texts);
    }

    /** The opened offers that were not rejected: those the group scores. Empty before the opening. */
    private List<OfferUnderEvaluation> scorable(Tender tender) {
        if (!offers.isOpened(tender.getId())) {
            return List.of();
        }
        Set<Long> rejected = qualifications.findByTender(tender.getId()).stream()
                .filter(Qualification::excludesFromScoring).map(Qualification::getOfferId).collect(Collectors.toSet());
        return offers.opened(tender.getId()).stream().filter(offer -> !rejected.contains(offer.offerId())).toList();
    }

    /**
     * What the buyer sees of the evaluation: qualification, the members' progress, consensus, ranking
     * state. Before the opening is confirmed there are no offers in it.
     */
    public BuyerEvaluation buyerEvaluation(Long tenderId) {
        Tender tender = EvaluationAccess.tender(tenders, tenderId);
        return buyerEvaluation(tender, offers.isOpened(tender.getId()) ? offers.opened(tender.getId()) : List.of());
    }

    /**
     * The buyer's evaluation page in one transaction: the evaluation, the offers the opening found
     * not intact and what each opened offer offers (with prices: the page is a read of prices), the
     * tender and its opened offers read once for all three.
     */
    public BuyerPage buyerPage(Long tenderId) {
        Tender tender = EvaluationAccess.tender(tenders, tenderId);
        boolean isOpened = offers.isOpened(tender.getId());
        List<OfferUnderEvaluation> opened = isOpened ? offers.opened(tender.getId()) : List.of();
        return new BuyerPage(buyerEvaluation(tender, opened), isOpened ? offers.unreadable(tender.getId()) : List.of(),
                offeredLots(tender, opened));
    }

    /** What the buyer's evaluation page shows, read at once ({@link #buyerPage}). */
    public record BuyerPage(BuyerEvaluation evaluation, List<OpenedOfferReader.UnreadableOffer> unreadable,
                            List<OfferedLot> offered) {
    }

    private BuyerEvaluation buyerEvaluation(Tender tender, List<OfferUnderEvaluation> opened) {
        Map<Long, Qualification> decisions = qualifications.findByTender(tender.getId()).stream()
                .collect(Collectors.toMap(Qualification::getOfferId, Function.identity()));
        List<OfferQualification> offerLines = opened.stream().map(offer -> {
            Qualification decision = decisions.get(offer.offerId());
            return new OfferQualification(offer.offerId(), offer.supplierName(), offer.receivedAt(),
                    offer.content().lotNumbers(), decision == null ? null : decision.getStatus(),
                    decision == null ? null : decision.getReason(), decision == null ? null : decision.getDecided().actor(),
                    decision == null ? null : decision.getDecided().at(), decision == null ? null : decision.getVersion());
        }).toList();
        List<OfferUnderEvaluation> scored = opened.stream().filter(offer -> !decisions.containsKey(offer.offerId())
                || !decisions.get(offer.offerId()).excludesFromScoring()).toList();
        List<MemberScoreSheet> all = sheets.findByTender(tender.getId());
        List<ConsensusScore> agreed = consensus.findByTender(tender.getId());
        Optional<TenderEvaluation> evaluation = evaluations.findByTender(tender.getId());
        Map<SubCriterionRef, SubCriterion> subCriteria = ScoredSubCriteria.of(tender);
        List<MemberProgress> progress = progress(tender, scored, all);
        return new BuyerEvaluation(tender.getId(), tender.getReference().value(), tender.getTitle(), tender.getStatus(),
                group(tender).map(SpecialistGroup::getName).orElse(null),
                evaluation.map(TenderEvaluation::isPricesVisibleToMembers).orElse(false),
                evaluation.map(TenderEvaluation::getVersion).orElse(null),
                evaluation.map(TenderEvaluation::getRankedAt).orElse(null),
                evaluation.map(TenderEvaluation::getRankedBy).orElse(null),
                evaluation.map(TenderEvaluation::getLotsRanked).orElse(0),
                evaluation.map(TenderEvaluation::getLotsWaiting).orElse(0),
                evaluation.map(e -> e.isRankingOutOfDate(all, agreed)).orElse(false),
                tender.getLots().stream().map(lot -> new LotName(lot.getNumber(), lot.getTitle())).toList(),
                List.copyOf(subCriteria.keySet()), offerLines, progress,
                scored.isEmpty() ? List.of() : MemberProgress.waitingFor(progress, scored.size()),
                consensusLines(scored, all, agreed, subCriteria));
    }

    /**
     * What each opened offer offers on each lot, with its price per pack: for the buyer's page, which
     * is a read of prices. Empty before the opening.
     */
    public List<OfferedLot> offeredLots(Long tenderId) {
        Tender tender = EvaluationAccess.tender(tenders, tenderId);
        if (!offers.isOpened(tender.getId())) {
            return List.of();
        }
        return offeredLots(tender, offers.opened(tender.getId()));
    }

    private static List<OfferedLot> offeredLots(Tender tender, List<OfferUnderEvaluation> opened) {
        Map<Integer, String> titles = tender.getLots().stream()
                .collect(Collectors.toMap(Lot::getNumber, Lot::getTitle, (a, b) -> a));
        return opened.stream().flatMap(offer -> offer.content().lots().stream()
                .map(lot -> new OfferedLot(offer.offerId(), lot.lotNumber(), titles.getOrDefault(lot.lotNumber(), ""),
                        lot.unitPricePerPack()))).toList();
    }

    private List<MemberProgress> progress(Tender tender, List<OfferUnderEvaluation> scored, List<MemberScoreSheet> all) {
        List<MemberProgress> progress = new ArrayList<>();
        Map<String, ImpartialityDeclaration> declared = declarations.findByTender(tender.getId()).stream()
                .collect(Collectors.toMap(ImpartialityDeclaration::getMember, Function.identity(), (a, b) -> a));
        for (GroupMember member : group(tender).map(SpecialistGroup::getMembers).orElse(List.of())) {
            String username = member.getUsername();
            if (username == null) {
                continue;
            }
            Map<Long, ScoreSheetStatus> byOffer = new HashMap<>();
            all.stream().filter(sheet -> sheet.getMember().equals(username))
                    .forEach(sheet -> byOffer.put(sheet.getOfferId(), sheet.getStatus()));
            long submitted = scored.stream().filter(offer -> byOffer.get(offer.offerId()) == ScoreSheetStatus.SUBMITTED)
                    .count();
            progress.add(new MemberProgress(username, member.getFullName(),
                    Declared.of(declared.get(username)), byOffer,
                    submitted));
        }
        return progress;
    }

    private static List<ConsensusLine> consensusLines(List<OfferUnderEvaluation> scored, List<MemberScoreSheet> all,
                                                      List<ConsensusScore> agreed,
                                                      Map<SubCriterionRef, SubCriterion> subCriteria) {
        Map<Long, Map<SubCriterionRef, ConsensusScore>> set = new HashMap<>();
        agreed.forEach(score ->
                set.computeIfAbsent(score.getOfferId(), id -> new HashMap<>()).put(score.ref(), score));
        List<ConsensusLine> lines = new ArrayList<>();
        for (OfferUnderEvaluation offer : scored) {
            List<MemberScoreSheet> submitted = all.stream()
                    .filter(sheet -> sheet.getOfferId() == offer.offerId() && sheet.isSubmitted()).toList();
            subCriteria.forEach((ref, sub) -> {
                List<MemberScore> scores = submitted.stream().flatMap(sheet -> sheet.scoreOf(ref).stream()
                        .map(score -> new MemberScore(sheet.getMember(), score.getValue(), score.getJustification())))
                        .toList();
                Integer mean = scores.isEmpty() ? null
                        : no.lis.tender.evaluation.domain.Consensus.mean(scores.stream().map(MemberScore::value).toList());
                ConsensusScore chosen = set.getOrDefault(offer.offerId(), Map.of()).get(ref);
                lines.add(new ConsensusLine(offer.offerId(), offer.supplierName(), ref, sub.getScale().getMin(),
                        sub.getScale().getMax(), scores, mean, chosen == null ? null : chosen.getValue(),
                        chosen == null ? null : chosen.getNote(), chosen == null ? null : chosen.getSet().actor(),
                        chosen == null ? null : chosen.getVersion()));
            });
        }
        return lines;
    }

    /** How many lots the stored ranking has; 0 before the first ranking. */
    public long rankedLotCount(Long tenderId) {
        return rankings.count(tenderId);
    }

    /** {@code size} lots of the stored ranking from position {@code first}, by lot number. */
    public List<LotOutcome> rankingPage(Long tenderId, int first, int size) {
        return rankings.page(tenderId, first, size);
    }

    public Optional<LotOutcome> lotOutcome(Long tenderId, int lotNumber) {
        return rankings.lot(tenderId, lotNumber);
    }

    /** The title of lot {@code number} of the tender. */
    static String lotTitle(Tender tender, int number) {
        return tender.getLots().stream().filter(lot -> lot.getNumber() == number).map(Lot::getTitle).findFirst()
                .orElse("");
    }

    private Optional<SpecialistGroup> group(Tender tender) {
        return Optional.ofNullable(tender.getSpecialistGroupId()).flatMap(groups::findById);
    }

}
