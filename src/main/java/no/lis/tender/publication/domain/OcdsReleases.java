package no.lis.tender.publication.domain;

import no.lis.tender.agreements.award.domain.AwardDecision;
import no.lis.tender.agreements.award.domain.AwardResult;
import no.lis.tender.agreements.award.domain.LotAward;
import no.lis.tender.agreements.framework.domain.AgreementOption;
import no.lis.tender.agreements.framework.domain.DirectAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreement;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementLine;
import no.lis.tender.agreements.framework.domain.FrameworkAgreementStatus;
import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.catalogue.domain.OrganisationNumber;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.Lot;
import no.lis.tender.tendering.domain.Market;
import no.lis.tender.tendering.domain.ProcurementInstrument;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderLogEntry;
import no.lis.tender.tendering.domain.TenderStatus;
import no.lis.tender.tendering.domain.Timeline;
import no.lis.tender.tendering.domain.VolumeUnit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns a tender round (with its award decision and framework agreements) or a direct agreement into
 * an OCDS release, with the OCDS codelists' codes. What is published is what the procedure makes
 * public anyway: the tender as announced (lots, drugs by ATC code, volumes, criteria and weights,
 * dates), the awarded suppliers per lot and market once the award letters are out, and the
 * agreements' periods and products. Never a price, a rebate, a score or an offer that was not awarded.
 */
public final class OcdsReleases {

    /** Pharmaceutical products, the CPV code of every drug bought. */
    static final OcdsRelease.Classification PHARMACEUTICALS =
            new OcdsRelease.Classification("CPV", "33600000", "Farmasøytiske produkter");
    private static final String ATC_SCHEME = "ATC";
    private static final String GOODS = "goods";
    private static final DateTimeFormatter RELEASE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private OcdsReleases() {
    }

    /**
     * The release of {@code tender}, which suppliers can see (it has been published). The awards are
     * published once the award letters are issued; {@code decision} may be null, or not yet issued.
     * {@code organisationNumbers} gives an awarded supplier's organisation number by its id.
     */
    public static OcdsRelease ofTender(OcdsPublisher publisher, Tender tender, AwardDecision decision,
                                       List<FrameworkAgreement> agreements,
                                       Function<Long, Optional<OrganisationNumber>> organisationNumbers,
                                       LocalDate today) {
        if (!tender.isVisibleToSuppliers()) {
            throw new IllegalArgumentException(tender + " was never published");
        }
        String reference = tender.getReference().value();
        Instant changed = lastChange(tender, decision, agreements, today);
        AwardDecision issued = decision != null && decision.areLettersIssued() ? decision : null;
        Parties parties = new Parties(publisher, organisationNumbers);
        List<OcdsRelease.Award> awards = issued == null ? List.of()
                : issued.getLotAwards().stream().map(lotAward -> award(tender, issued, lotAward, agreements, parties))
                .toList();
        List<OcdsRelease.Contract> contracts = agreements.stream().map(agreement -> contract(agreement, today)).toList();
        List<String> tags = new ArrayList<>(List.of("tender"));
        if (tender.getStatus() == TenderStatus.CANCELLED) {
            tags.add("tenderCancellation");
        }
        if (!awards.isEmpty()) {
            tags.add("award");
        }
        if (!contracts.isEmpty()) {
            tags.add("contract");
        }
        return new OcdsRelease(publisher.ocid(reference), releaseId(reference, changed), OcdsDates.dateTime(changed),
                tags, "tender", "nb", parties.all(), publisher.buyer(), tender(publisher, tender, issued, agreements),
                nullIfEmpty(awards), nullIfEmpty(contracts));
    }

    /**
     * The release of a direct agreement from a phase-1 price negotiation: a process of its own, with
     * the procurement method {@code direct} and the Nye metoder decision as its rationale.
     */
    public static OcdsRelease ofDirectAgreement(OcdsPublisher publisher, DirectAgreement agreement,
                                                Optional<OrganisationNumber> supplierNumber, LocalDate today) {
        String reference = directReference(agreement);
        Instant changed = latest(Stream.concat(Stream.of(agreement.getConcluded().at()),
                calendarChanges(agreement.getValidFrom(), agreement.getValidTo(), null, today)));
        Parties parties = new Parties(publisher, id -> supplierNumber);
        OcdsRelease.OrganizationReference supplier = parties.supplier(agreement.getPack().getSupplierId(),
                agreement.getPack().getSupplierName());
        OcdsRelease.Period period = new OcdsRelease.Period(OcdsDates.startOf(agreement.getValidFrom()),
                OcdsDates.endOf(agreement.getValidTo()), null);
        List<OcdsRelease.Item> items = List.of(product(agreement.getPack().getVarenummer().value(), agreement.getPack().getProductName()));
        String decision = agreement.getDecision().value();
        OcdsRelease.Tender tender = new OcdsRelease.Tender(reference, agreement.getPack().getProductName(),
                Messages.format(Messages.BOKMAL, "publication.ocds.direct.description", decision), "complete",
                publisher.buyer(), items, "direct", label(ProcurementInstrument.PRICE_NEGOTIATION),
                Messages.format(Messages.BOKMAL, "publication.ocds.direct.rationale", decision), GOODS,
                null, null, null, null, null, null, period, null);
        OcdsRelease.Award award = new OcdsRelease.Award("award", agreement.getPack().getProductName(), null, "active",
                OcdsDates.dateTime(agreement.getConcluded().at()), List.of(supplier), period, null);
        OcdsRelease.Contract contract = new OcdsRelease.Contract("contract", "award", agreement.getPack().getProductName(),
                null, contractStatus(statusOn(agreement, today)), period, items,
                OcdsDates.dateTime(agreement.getConcluded().at()));
        return new OcdsRelease(publisher.ocid(reference), releaseId(reference, changed), OcdsDates.dateTime(changed),
                List.of("tender", "award", "contract"), "tender", "nb", parties.all(), publisher.buyer(), tender,
                List.of(award), List.of(contract));
    }

    /** A direct agreement's own reference: its decision, pack and first day, which identify it. */
    static String directReference(DirectAgreement agreement) {
        return agreement.getDecision().value() + "-" + agreement.getPack().getVarenummer().value() + "-"
                + agreement.getValidFrom().format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    /**
     * When the tender round last changed, as its release says: the latest step in the tender's log,
     * the award letters, an agreement concluded or an option decided, or a day on which an agreement
     * started, expired or ended by termination (up to {@code today}).
     */
    public static Instant lastChange(Tender tender, AwardDecision decision, List<FrameworkAgreement> agreements,
                                     LocalDate today) {
        Stream<Instant> recorded = Stream.concat(Stream.of(tender.getPublishedAt(),
                        decision == null ? null : decision.getLettersIssuedAt()),
                tender.getLog().stream().map(TenderLogEntry::getAt));
        Stream<Instant> agreed = agreements.stream().flatMap(agreement -> Stream.concat(
                Stream.concat(Stream.of(agreement.getConcluded().at()),
                        agreement.getOptions().stream().map(AgreementOption::getDecidedAt)),
                calendarChanges(agreement.getStart(), agreement.getEnd(), agreement.getTerminatedOn(), today)));
        return latest(Stream.concat(recorded, agreed));
    }

    /** The days, up to today, on which a period's status changed by the calendar: its start, the day after its end or termination. */
    private static Stream<Instant> calendarChanges(LocalDate start, LocalDate end, LocalDate terminatedOn,
                                                   LocalDate today) {
        return Stream.of(start, end == null ? null : end.plusDays(1),
                        terminatedOn == null ? null : terminatedOn.plusDays(1))
                .filter(Objects::nonNull).filter(day -> !day.isAfter(today)).map(OcdsDates::dayStarts);
    }

    private static Instant latest(Stream<Instant> instants) {
        return instants.filter(Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow();
    }

    private static String releaseId(String reference, Instant changed) {
        return reference + "-" + RELEASE_TIME.format(changed);
    }

    private static OcdsRelease.Tender tender(OcdsPublisher publisher, Tender tender, AwardDecision issued,
                                             List<FrameworkAgreement> agreements) {
        Timeline timeline = tender.getTimeline();
        String status = tenderStatus(tender.getStatus());
        OcdsRelease.Period contractPeriod = contractPeriod(timeline);
        List<OcdsRelease.Lot> lots = tender.getLots().stream().map(lot -> new OcdsRelease.Lot(lotId(lot.getNumber()),
                lot.getTitle(), lotDescription(lot), lotStatus(status, lot, agreements), contractPeriod)).toList();
        List<OcdsRelease.Item> items = tender.getLots().stream().map(OcdsReleases::item).toList();
        String description = Messages.format(Messages.BOKMAL, "publication.ocds.tender.description",
                tender.getMarketPhase().number(), label(tender.getInstrument()));
        Instant awarded = issued == null ? null : issued.getLettersIssuedAt();
        OcdsRelease.Period awardPeriod = new OcdsRelease.Period(OcdsDates.dateTime(timeline.getSubmissionDeadline()),
                awarded != null ? OcdsDates.dateTime(awarded) : OcdsDates.startOf(timeline.getPlannedAward()), null);
        return new OcdsRelease.Tender(tender.getReference().value(), tender.getTitle(), description, status,
                publisher.buyer(), items, "open", label(tender.getInstrument()), null, GOODS,
                awardCriteria(tender.getCriteria()), criteriaDetails(tender.getCriteria()),
                List.of("electronicSubmission"),
                new OcdsRelease.Period(OcdsDates.dateTime(timeline.getPublication()),
                        OcdsDates.dateTime(timeline.getSubmissionDeadline()), null),
                new OcdsRelease.Period(OcdsDates.dateTime(timeline.getPublication()),
                        OcdsDates.dateTime(timeline.getQuestionDeadline()), null),
                awardPeriod, contractPeriod, lots);
    }

    /**
     * The tender status in OCDS's codelist: active from publication until the agreement (the
     * deadline, the opening, the evaluation, the award and the standstill are all part of the
     * tender process), complete once an agreement is in force or has run out, cancelled.
     */
    static String tenderStatus(TenderStatus status) {
        return switch (status) {
            case DRAFT -> "planning";
            case PUBLISHED, SUBMISSION_CLOSED, OPENED, EVALUATED, AWARDED, STANDSTILL -> "active";
            case AGREEMENT_ACTIVE, EXPIRED -> "complete";
            case CANCELLED -> "cancelled";
        };
    }

    /** A lot is complete once every one of its markets has an agreement; until then it shares the tender's status. */
    private static String lotStatus(String tenderStatus, Lot lot, List<FrameworkAgreement> agreements) {
        boolean concluded = lot.getMarkets().stream().allMatch(market -> agreements.stream().anyMatch(agreement ->
                agreement.getLotNumber() == lot.getNumber() && agreement.getMarketCode().equals(market.getCode())));
        return concluded && "active".equals(tenderStatus) ? "complete" : tenderStatus;
    }

    private static String lotDescription(Lot lot) {
        String markets = lot.getMarkets().stream().map(Market::getName).collect(Collectors.joining(", "));
        String text = Messages.format(Messages.BOKMAL, "publication.ocds.lot.markets", markets);
        return lot.getIndication() == null ? text : lot.getIndication() + ". " + text;
    }

    /** The lot's drugs: CPV pharmaceuticals, its ATC codes, and the estimated yearly volume (published in the invitation). */
    private static OcdsRelease.Item item(Lot lot) {
        List<OcdsRelease.Classification> atc = lot.getSubstances().stream().map(AtcCode::value).sorted()
                .map(code -> new OcdsRelease.Classification(ATC_SCHEME, code, null)).toList();
        String unit = lot.getVolumeUnit() == VolumeUnit.DDD ? "publication.ocds.unit.ddd" : "publication.ocds.unit.packs";
        return new OcdsRelease.Item(lotId(lot.getNumber()), lot.getTitle(), PHARMACEUTICALS, nullIfEmpty(atc),
                lot.getEstimatedAnnualVolume(), new OcdsRelease.Unit(Messages.format(Messages.BOKMAL, unit)),
                lotId(lot.getNumber()));
    }

    private static OcdsRelease.Item product(String varenummer, String productName) {
        return new OcdsRelease.Item(varenummer, productName, PHARMACEUTICALS, null, null, null, null);
    }

    /** Price alone decides only where it weighs 100 %; otherwise the criteria are weighted. */
    private static String awardCriteria(List<AwardCriterion> criteria) {
        if (criteria.isEmpty()) {
            return null;
        }
        boolean priceOnly = criteria.stream().allMatch(c -> c.getType() == CriterionType.PRICE || c.getWeight() == 0);
        return priceOnly ? "priceOnly" : "ratedCriteria";
    }

    /** The criteria with their weights, as the invitation states them: "Pris 60 %, Kvalitet 10 %, ...". */
    private static String criteriaDetails(List<AwardCriterion> criteria) {
        return criteria.isEmpty() ? null : criteria.stream().filter(c -> c.getWeight() > 0)
                .map(c -> label(c.getType()) + " " + c.getWeight() + " %").collect(Collectors.joining(", "));
    }

    private static OcdsRelease.Period contractPeriod(Timeline timeline) {
        LocalDate end = timeline.getAgreementEnd();
        LocalDate extended = end;
        for (int years : timeline.getOptionYears()) {
            extended = extended == null ? null : extended.plusDays(1).plusYears(years).minusDays(1);
        }
        return new OcdsRelease.Period(OcdsDates.startOf(timeline.getAgreementStart()), OcdsDates.endOf(end),
                Objects.equals(extended, end) ? null : OcdsDates.endOf(extended));
    }

    private static OcdsRelease.Award award(Tender tender, AwardDecision decision, LotAward lotAward,
                                           List<FrameworkAgreement> agreements, Parties parties) {
        List<AwardResult> awarded = lotAward.getAwarded();
        List<OcdsRelease.OrganizationReference> suppliers = awarded.stream()
                .map(result -> parties.supplier(result.getSupplierId(), result.getSupplierName())).toList();
        Optional<FrameworkAgreement> agreement = agreementOf(agreements, lotAward.getLotNumber(), lotAward.getMarketCode());
        String status = tender.getStatus() == TenderStatus.CANCELLED ? "cancelled"
                : agreement.isPresent() ? "active" : "pending";
        String ranked = awarded.stream().map(result -> result.getAwardRank() + ". " + result.getSupplierName())
                .collect(Collectors.joining(", "));
        String description = Messages.format(Messages.BOKMAL, "publication.ocds.award.description",
                lotAward.getMarketName(), ranked);
        OcdsRelease.Period period = agreement.map(OcdsReleases::period)
                .orElse(contractPeriod(tender.getTimeline()));
        return new OcdsRelease.Award(awardId(lotAward.getLotNumber(), lotAward.getMarketCode()),
                lotAward.getLotTitle() + " – " + lotAward.getMarketName(), description, status,
                OcdsDates.dateTime(decision.getLettersIssuedAt()), suppliers, period,
                List.of(lotId(lotAward.getLotNumber())));
    }

    private static Optional<FrameworkAgreement> agreementOf(List<FrameworkAgreement> agreements, int lotNumber,
                                                            String marketCode) {
        return agreements.stream().filter(a -> a.getLotNumber() == lotNumber && a.getMarketCode().equals(marketCode))
                .findFirst();
    }

    private static OcdsRelease.Contract contract(FrameworkAgreement agreement, LocalDate today) {
        List<OcdsRelease.Item> items = agreement.getLines().stream()
                .map(line -> product(line.getPack().getVarenummer().value(), line.getPack().getProductName())).distinct().toList();
        String options = agreement.getOptions().stream()
                .map(option -> Messages.format(Messages.BOKMAL, "publication.ocds.option", option.getMonths(),
                        option.getStatus(), SHOWN_DATE.format(option.getDecideBy())))
                .collect(Collectors.joining("; "));
        String suppliers = agreement.getLines().stream().map(x -> x.getPack().getSupplierName()).distinct()
                .collect(Collectors.joining(", "));
        String description = Messages.format(Messages.BOKMAL, "publication.ocds.contract.description", suppliers)
                + (options.isEmpty() ? "" : " " + Messages.format(Messages.BOKMAL, "publication.ocds.contract.options",
                options));
        return new OcdsRelease.Contract(contractId(agreement.getLotNumber(), agreement.getMarketCode()),
                awardId(agreement.getLotNumber(), agreement.getMarketCode()),
                agreement.getLotTitle() + " – " + agreement.getMarketName(), description,
                contractStatus(agreement.statusOn(today)),
                period(agreement), items, OcdsDates.dateTime(agreement.getConcluded().at()));
    }

    /** The agreement's period: from its start to its end as it stands (or its last day if terminated), and how far its open options reach. */
    private static OcdsRelease.Period period(FrameworkAgreement agreement) {
        LocalDate end = agreement.getTerminatedOn() != null ? agreement.getTerminatedOn() : agreement.getEnd();
        LocalDate latest = agreement.latestPossibleEnd();
        return new OcdsRelease.Period(OcdsDates.startOf(agreement.getStart()), OcdsDates.endOf(end),
                latest.equals(end) ? null : OcdsDates.endOf(latest));
    }

    /**
     * The contract status in OCDS's codelist: pending before its first day, active while in force,
     * terminated once it has run out or was ended early.
     */
    static String contractStatus(FrameworkAgreementStatus status) {
        return switch (status) {
            case UPCOMING -> "pending";
            case ACTIVE -> "active";
            case EXPIRED, ENDED -> "terminated";
        };
    }

    private static FrameworkAgreementStatus statusOn(DirectAgreement agreement, LocalDate today) {
        if (today.isBefore(agreement.getValidFrom())) {
            return FrameworkAgreementStatus.UPCOMING;
        }
        return agreement.isValidOn(today) ? FrameworkAgreementStatus.ACTIVE : FrameworkAgreementStatus.EXPIRED;
    }

    private static String lotId(int number) {
        return String.valueOf(number);
    }

    private static String awardId(int lotNumber, String marketCode) {
        return "award-" + lotNumber + "-" + marketCode;
    }

    private static String contractId(int lotNumber, String marketCode) {
        return "contract-" + lotNumber + "-" + marketCode;
    }

    private static String label(Enum<?> constant) {
        return Messages.format(Messages.BOKMAL, constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    private static <T> List<T> nullIfEmpty(List<T> list) {
        return list.isEmpty() ? null : list;
    }

    /** The parties of a release: the buyer first, then each awarded supplier once, by organisation number. */
    private static final class Parties {

        private final OcdsPublisher publisher;
        private final Function<Long, Optional<OrganisationNumber>> organisationNumbers;
        private final Map<Long, OcdsRelease.Party> suppliers = new LinkedHashMap<>();

        Parties(OcdsPublisher publisher, Function<Long, Optional<OrganisationNumber>> organisationNumbers) {
            this.publisher = publisher;
            this.organisationNumbers = organisationNumbers;
        }

        /** A supplier by its catalogue id: its party id is its organisation number where it is known. */
        OcdsRelease.OrganizationReference supplier(Long supplierId, String name) {
            OcdsRelease.Party party = suppliers.computeIfAbsent(supplierId, id -> {
                Optional<OrganisationNumber> number = organisationNumbers.apply(id);
                return new OcdsRelease.Party(number.map(OcdsPublisher::partyId).orElse("LIS-supplier-" + id), name,
                        number.map(n -> new OcdsRelease.Identifier(OcdsPublisher.ORGANISATION_SCHEME, n.value(), name))
                                .orElse(null), List.of("supplier"));
            });
            return new OcdsRelease.OrganizationReference(party.id(), party.name());
        }

        List<OcdsRelease.Party> all() {
            List<OcdsRelease.Party> all = new ArrayList<>();
            all.add(publisher.buyerParty());
            all.addAll(suppliers.values());
            return all;
        }
    }
}
