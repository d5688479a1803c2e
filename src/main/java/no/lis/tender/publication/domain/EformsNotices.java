package no.lis.tender.publication.domain;

import no.lis.tender.agreements.award.domain.AwardDecision;
import no.lis.tender.agreements.award.domain.AwardResult;
import no.lis.tender.agreements.award.domain.LotAward;
import no.lis.tender.agreements.framework.domain.DirectAgreement;
import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.catalogue.domain.OrganisationNumber;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.tendering.domain.AwardCriterion;
import no.lis.tender.tendering.domain.CpvCode;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.Lot;
import no.lis.tender.tendering.domain.SubCriterion;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.Timeline;
import no.lis.tender.publication.domain.UblDocument.Node;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import static no.lis.tender.publication.domain.UblDocument.CAC;
import static no.lis.tender.publication.domain.UblDocument.EFAC;
import static no.lis.tender.publication.domain.UblDocument.EFEXT;
import static no.lis.tender.publication.domain.UblDocument.EXT;

/**
 * Builds the eForms notices (SDK 1.13, UBL 2.3) of the buyer's procedures under Directive
 * 2014/24/EU as Doffin takes them: the contract notice of a tender, its contract award notice, and
 * the voluntary ex-ante transparency notice of a direct agreement. Texts are in Norwegian (notice
 * language NOR). Prices are business secrets and appear in none of them: the award notice names the
 * winners, their ranks and the number of offers, not the amounts. Identifiers that eForms wants as
 * UUIDs are derived from the tender reference (or decision), so the same notice is the same XML.
 */
public final class EformsNotices {

    static final String CUSTOMIZATION = "eforms-sdk-1.13";
    static final String DIRECTIVE_2014_24 = "32014L0024";
    static final String LANGUAGE = "NOR";
    static final String COUNTRY = "NOR";
    static final String CURRENCY = "NOK";
    static final String BUYER_ORG = "ORG-0001";
    static final String REVIEW_ORG = "ORG-0002";
    private static final ZoneId OSLO = Timeline.OSLO;
    private static final String CONTRACT_NOTICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2";
    private static final String AWARD_NOTICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:ContractAwardNotice-2";
    /** The Norwegian names of the criteria, as the notice is in Norwegian. */
    private static final Map<CriterionType, String> CRITERION_NAMES = Map.of(CriterionType.PRICE, "Pris",
            CriterionType.QUALITY, "Kvalitet", CriterionType.ENVIRONMENT, "Klima og miljø",
            CriterionType.SUPPLY_SECURITY, "Forsyningssikkerhet");

    private final ContractingAuthority authority;
    private final Clock clock;

    public EformsNotices(ContractingAuthority authority, Clock clock) {
        this.authority = Objects.requireNonNull(authority, "authority");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The contract notice (competition, subtype 16) of a tender with at least one lot
     * ({@code publication.notice.lotsRequired} otherwise): the procedure with its estimated value,
     * each lot with its CPV code, substances, award criteria and weights, the submission deadline and
     * the agreement period with its options.
     */
    public Notice contractNotice(Tender tender) {
        requireLots(tender);
        UblDocument document = UblDocument.of(CONTRACT_NOTICE_NS, "ContractNotice");
        Node root = document.root();
        Node extension = extension(root);
        extension.efac("NoticeSubType").cbc("SubTypeCode", NoticeKind.CONTRACT_NOTICE.subtype(), "listName", "notice-subtype");
        organisations(extension, List.of());
        openProcedure(root, NoticeKind.CONTRACT_NOTICE, tender,
                tender.getEstimatedValue() == null ? null : tender.getEstimatedValue().toPlainString());
        for (Lot lot : tender.getLots()) {
            Node projectLot = projectLot(root, tender, lot);
            Node process = projectLot.cac("TenderingProcess");
            process.cbc("SubmissionMethodCode", "required", "listName", "esubmission");
            Instant deadline = tender.getTimeline().getSubmissionDeadline();
            if (deadline != null) {
                ZonedDateTime oslo = deadline.atZone(OSLO);
                process.cac("TenderSubmissionDeadlinePeriod").cbc("EndDate", date(oslo))
                        .cbc("EndTime", time(oslo));
            }
            process.cac("ContractingSystem").cbc("ContractingSystemTypeCode", "fa-wo-rc", "listName", "framework-agreement");
            lotProject(projectLot, tender, lot);
        }
        return new Notice(NoticeKind.CONTRACT_NOTICE, NoticeKind.CONTRACT_NOTICE.fileName(tender.getReference().value()),
                document.bytes());
    }

    /**
     * The contract award notice (result, subtype 29) of a tender whose award letters have been
     * issued ({@code publication.awardNotice.notDecided} otherwise): per lot the awarded suppliers
     * (by name and organisation number, from {@code suppliers} by id) with their rank in each market,
     * and the number of offers evaluated; the award date is the day the letters were issued.
     */
    public Notice awardNotice(Tender tender, AwardDecision decision, Map<Long, Supplier> suppliers) {
        if (!decision.areLettersIssued() || decision.getLotAwards().isEmpty()) {
            throw new DomainException(null, "publication.awardNotice.notDecided", tender.getReference().value());
        }
        requireLots(tender);
        UblDocument document = UblDocument.of(AWARD_NOTICE_NS, "ContractAwardNotice");
        Node root = document.root();
        Node extension = extension(root);
        List<Long> tenderers = decision.getLotAwards().stream().flatMap(a -> a.getAwarded().stream())
                .map(AwardResult::getSupplierId).distinct().toList();
        List<WinningTender> winning = new ArrayList<>();
        List<Contract> contracts = new ArrayList<>();
        for (LotAward award : decision.getLotAwards()) {
            List<String> ids = new ArrayList<>();
            for (AwardResult winner : award.getAwarded()) {
                WinningTender t = new WinningTender(id("TEN", winning.size() + 1), winner.getAwardRank(),
                        id("TPA", tenderers.indexOf(winner.getSupplierId()) + 1), award.getLotNumber());
                winning.add(t);
                ids.add(t.id());
            }
            if (!ids.isEmpty()) {
                contracts.add(new Contract(id("CON", contracts.size() + 1), award.getLotTitle() + " – "
                        + award.getMarketName(), ids, award.getLotNumber()));
            }
        }
        Node result = extension.efac("NoticeResult");
        for (Lot lot : tender.getLots()) {
            int number = lot.getNumber();
            List<WinningTender> ofLot = winning.stream().filter(t -> t.lot() == number).toList();
            Node lotResult = result.efac("LotResult").cbc("ID", id("RES", number), "schemeName", "result")
                    .cbc("TenderResultCode", ofLot.isEmpty() ? "clos-nw" : "selec-w", "listName", "winner-selection-status");
            ofLot.forEach(t -> lotResult.reference(EFAC, "LotTender", "tender", t.id()));
            int offers = decision.getLotAwards().stream().filter(a -> a.getLotNumber() == number)
                    .mapToInt(a -> a.getResults().size()).max().orElse(0);
            lotResult.efac("ReceivedSubmissionsStatistics")
                    .efbc("StatisticsCode", "tenders", "listName", "received-submission-type")
                    .efbc("StatisticsNumeric", String.valueOf(offers));
            contracts.stream().filter(c -> c.lot() == number)
                    .forEach(c -> lotResult.reference(EFAC, "SettledContract", "contract", c.id()));
            lotResult.reference(EFAC, "TenderLot", "Lot", lotId(number));
        }
        for (WinningTender t : winning) {
            result.efac("LotTender").cbc("ID", t.id(), "schemeName", "tender").cbc("RankCode", String.valueOf(t.rank()))
                    .reference(EFAC, "TenderingParty", "tendering-party", t.tenderingParty())
                    .reference(EFAC, "TenderLot", "Lot", lotId(t.lot()));
        }
        String awardDay = date(decision.getLettersIssuedAt().atZone(OSLO));
        for (Contract c : contracts) {
            Node contract = result.efac("SettledContract").cbc("ID", c.id(), "schemeName", "contract")
                    .cbc("AwardDate", awardDay).cbc("Title", c.title(), "languageID", LANGUAGE);
            c.tenderIds().forEach(id -> contract.reference(EFAC, "LotTender", "tender", id));
        }
        for (int i = 0; i < tenderers.size(); i++) {
            result.efac("TenderingParty").cbc("ID", id("TPA", i + 1), "schemeName", "tendering-party")
                    .efac("Tenderer").cbc("ID", supplierOrganisation(i), "schemeName", "organization");
        }
        extension.efac("NoticeSubType").cbc("SubTypeCode", NoticeKind.CONTRACT_AWARD_NOTICE.subtype(), "listName", "notice-subtype");
        List<Party> parties = new ArrayList<>();
        for (int i = 0; i < tenderers.size(); i++) {
            parties.add(new Party(supplierOrganisation(i), supplier(suppliers, tenderers.get(i))));
        }
        organisations(extension, parties);
        openProcedure(root, NoticeKind.CONTRACT_AWARD_NOTICE, tender, null);
        for (Lot lot : tender.getLots()) {
            Node projectLot = projectLot(root, tender, lot);
            projectLot.cac("TenderingProcess").cac("ContractingSystem")
                    .cbc("ContractingSystemTypeCode", "fa-wo-rc", "listName", "framework-agreement");
            lotProject(projectLot, tender, lot);
        }
        root.cac("TenderResult").cbc("AwardDate", awardDay);
        return new Notice(NoticeKind.CONTRACT_AWARD_NOTICE,
                NoticeKind.CONTRACT_AWARD_NOTICE.fileName(tender.getReference().value()), document.bytes());
    }

    /**
     * The voluntary ex-ante transparency notice (subtype 25) of a direct agreement, which must have a
     * legal ground ({@code publication.veat.legalGroundRequired} otherwise): the negotiated procedure
     * without prior publication, the ground's eForms code with the provision and the buyer's reason,
     * the product, the supplier and the agreement's validity. No price or rebate.
     */
    public Notice transparencyNotice(DirectAgreement agreement, Supplier supplier) {
        if (agreement.getLegalGround() == null) {
            throw new DomainException("legalGround", "publication.veat.legalGroundRequired",
                    agreement.getDecision().value());
        }
        String subject = agreement.getDecision().value() + "-" + agreement.getPack().getVarenummer().value();
        UblDocument document = UblDocument.of(AWARD_NOTICE_NS, "ContractAwardNotice");
        Node root = document.root();
        Node extension = extension(root);
        Node result = extension.efac("NoticeResult");
        Node lotResult = result.efac("LotResult").cbc("ID", "RES-0001", "schemeName", "result")
                .cbc("TenderResultCode", "selec-w", "listName", "winner-selection-status");
        lotResult.reference(EFAC, "LotTender", "tender", "TEN-0001")
                .reference(EFAC, "SettledContract", "contract", "CON-0001")
                .reference(EFAC, "TenderLot", "Lot", lotId(1));
        Node lotTender = result.efac("LotTender").cbc("ID", "TEN-0001", "schemeName", "tender");
        lotTender.reference(EFAC, "TenderingParty", "tendering-party", "TPA-0001")
                .reference(EFAC, "TenderLot", "Lot", lotId(1));
        String concluded = date(agreement.getConcluded().at().atZone(OSLO));
        result.efac("SettledContract").cbc("ID", "CON-0001", "schemeName", "contract").cbc("AwardDate", concluded)
                .cbc("Title", agreement.getPack().getProductName(), "languageID", LANGUAGE)
                .reference(EFAC, "LotTender", "tender", "TEN-0001");
        result.efac("TenderingParty").cbc("ID", "TPA-0001", "schemeName", "tendering-party")
                .efac("Tenderer").cbc("ID", "ORG-0003", "schemeName", "organization");
        extension.efac("NoticeSubType").cbc("SubTypeCode", NoticeKind.VOLUNTARY_EX_ANTE_TRANSPARENCY.subtype(),
                "listName", "notice-subtype");
        organisations(extension, List.of(new Party("ORG-0003", supplier)));
        header(root, NoticeKind.VOLUNTARY_EX_ANTE_TRANSPARENCY, subject);
        contractingParty(root);
        procedure(root, "neg-wo-call", agreement.getLegalGround().eformsCode(),
                "Anskaffelsesforskriften " + agreement.getLegalGround().provision() + ". " + agreement.getGroundReason());
        String title = "Direkteanskaffelse: " + agreement.getPack().getProductName();
        String text = "Avtale om " + agreement.getPack().getProductName() + " (varenummer " + agreement.getPack().getVarenummer().value()
                + ") med " + agreement.getPack().getSupplierName() + ", etter beslutning i Nye metoder "
                + agreement.getDecision().value() + ".";
        procurementProject(root, agreement.getDecision().value(), title, text,
                CpvCode.PHARMACEUTICAL_PRODUCTS.value(), null);
        Node projectLot = root.cac("ProcurementProjectLot").cbc("ID", lotId(1), "schemeName", "Lot");
        appealTerms(projectLot.cac("TenderingTerms"));
        Node project = projectLot.cac("ProcurementProject").cbc("ID", agreement.getPack().getVarenummer().value(), "schemeName", "InternalID")
                .cbc("Name", agreement.getPack().getProductName(), "languageID", LANGUAGE)
                .cbc("Description", text, "languageID", LANGUAGE)
                .cbc("ProcurementTypeCode", "supplies", "listName", "contract-nature");
        project.cac("MainCommodityClassification").cbc("ItemClassificationCode",
                CpvCode.PHARMACEUTICAL_PRODUCTS.value(), "listName", "cpv");
        location(project);
        project.cac("PlannedPeriod").cbc("StartDate", date(agreement.getValidFrom()))
                .cbc("EndDate", date(agreement.getValidTo()));
        root.cac("TenderResult").cbc("AwardDate", concluded);
        return new Notice(NoticeKind.VOLUNTARY_EX_ANTE_TRANSPARENCY,
                NoticeKind.VOLUNTARY_EX_ANTE_TRANSPARENCY.fileName(subject), document.bytes());
    }

    private static void requireLots(Tender tender) {
        if (tender.getLots().isEmpty()) {
            throw new DomainException("lots", "publication.notice.lotsRequired", tender.getReference().value());
        }
    }

    /** An awarded supplier's offer on a lot (a market of it), under its eForms id, with its award rank. */
    private record WinningTender(String id, int rank, String tenderingParty, int lot) {
    }

    /** The framework agreement of one market of a lot, with the winning offers it is concluded with. */
    private record Contract(String id, String title, List<String> tenderIds, int lot) {
    }

    /** The organisation id of the i-th awarded supplier: after the buyer (ORG-0001) and the review body (ORG-0002). */
    private static String supplierOrganisation(int index) {
        return id("ORG", index + 3);
    }

    private static Supplier supplier(Map<Long, Supplier> suppliers, Long id) {
        Supplier supplier = suppliers.get(id);
        if (supplier == null) {
            throw new IllegalArgumentException("no supplier " + id + " among those given for the award notice");
        }
        return supplier;
    }

    /** {@code <ext:UBLExtensions>...<efext:EformsExtension>}, where the eForms parts go. */
    private static Node extension(Node root) {
        return root.add(EXT, "UBLExtensions").add(EXT, "UBLExtension").add(EXT, "ExtensionContent")
                .add(EFEXT, "EformsExtension");
    }

    /** A party of the notice besides the buyer and the review body: a supplier under its organisation id. */
    private record Party(String organisationId, Supplier supplier) {
    }

    private void organisations(Node extension, List<Party> parties) {
        Node organisations = extension.efac("Organizations");
        company(organisations, BUYER_ORG, authority.name(), authority.organisationNumber(), authority.city(),
                authority.postalZone(), authority.email());
        company(organisations, REVIEW_ORG, "Klagenemnda for offentlige anskaffelser (KOFA)", null, "Bergen", "5805",
                "postmottak@kofa.no");
        for (Party party : parties) {
            company(organisations, party.organisationId(), party.supplier().getName(),
                    party.supplier().getOrganisationNumber(), null, null, null);
        }
    }

    private static void company(Node organisations, String id, String name, OrganisationNumber number, String city,
                                String postalZone, String email) {
        Node company = organisations.efac("Organization").efac("Company");
        company.reference(CAC, "PartyIdentification", "organization", id);
        company.cac("PartyName").cbc("Name", name, "languageID", LANGUAGE);
        Node address = company.cac("PostalAddress").cbc("CityName", city).cbc("PostalZone", postalZone);
        address.cac("Country").cbc("IdentificationCode", COUNTRY, "listName", "country");
        if (number != null) {
            company.cac("PartyLegalEntity").cbc("CompanyID", number.value(), "schemeName", "national");
        }
        if (email != null) {
            company.cac("Contact").cbc("ElectronicMail", email);
        }
    }

    /**
     * What a notice about a tender's open procedure says first: its header, the buyer, the procedure, and
     * the project with {@code estimatedValue} (null where the notice gives none).
     */
    private void openProcedure(Node root, NoticeKind kind, Tender tender, String estimatedValue) {
        header(root, kind, tender.getReference().value());
        contractingParty(root);
        procedure(root, "open", null, null);
        procurementProject(root, tender.getReference().value(), tender.getTitle(), description(tender),
                mainCpv(tender), estimatedValue);
    }

    /** A lot of {@code tender} with its terms (award criteria, review body); its process and project follow. */
    private static Node projectLot(Node root, Tender tender, Lot lot) {
        Node projectLot = root.cac("ProcurementProjectLot").cbc("ID", lotId(lot.getNumber()), "schemeName", "Lot");
        Node terms = projectLot.cac("TenderingTerms");
        awardingTerms(terms, tender.getCriteria());
        appealTerms(terms);
        return projectLot;
    }

    private void header(Node root, NoticeKind kind, String subject) {
        ZonedDateTime now = clock.instant().atZone(OSLO).truncatedTo(ChronoUnit.SECONDS);
        root.cbc("UBLVersionID", "2.3")
                .cbc("CustomizationID", CUSTOMIZATION)
                .cbc("ID", uuid(kind.name() + ":" + subject), "schemeName", "notice-id")
                .cbc("ContractFolderID", uuid("procedure:" + (kind == NoticeKind.VOLUNTARY_EX_ANTE_TRANSPARENCY
                        ? "direct:" : "") + subject))
                .cbc("IssueDate", date(now))
                .cbc("IssueTime", time(now))
                .cbc("VersionID", "01")
                .cbc("RegulatoryDomain", DIRECTIVE_2014_24)
                .cbc("NoticeTypeCode", kind.typeCode(), "listName", kind.typeList())
                .cbc("NoticeLanguageCode", LANGUAGE);
    }

    /** The buyer, a body governed by public law active in health. */
    private static void contractingParty(Node root) {
        Node party = root.cac("ContractingParty");
        party.cac("ContractingPartyType").cbc("PartyTypeCode", "body-pl", "listName", "buyer-legal-type");
        party.cac("ContractingActivity").cbc("ActivityTypeCode", "health", "listName", "authority-activity");
        party.cac("Party").reference(CAC, "PartyIdentification", "organization", BUYER_ORG);
    }

    private static void procedure(Node root, String procedureCode, String justificationCode, String justification) {
        Node process = root.cac("TenderingProcess").cbc("ProcedureCode", procedureCode, "listName",
                "procurement-procedure-type");
        if (justificationCode != null) {
            process.cac("ProcessJustification")
                    .cbc("ProcessReasonCode", justificationCode, "listName", "direct-award-justification")
                    .cbc("ProcessReason", justification, "languageID", LANGUAGE);
        }
    }

    private static void procurementProject(Node root, String reference, String title, String description, String cpv,
                                           String estimatedValue) {
        Node project = root.cac("ProcurementProject").cbc("ID", reference, "schemeName", "InternalID")
                .cbc("Name", title, "languageID", LANGUAGE)
                .cbc("Description", description, "languageID", LANGUAGE)
                .cbc("ProcurementTypeCode", "supplies", "listName", "contract-nature");
        if (estimatedValue != null) {
            project.cac("RequestedTenderTotal").cbc("EstimatedOverallContractAmount", estimatedValue, "currencyID", CURRENCY);
        }
        project.cac("MainCommodityClassification").cbc("ItemClassificationCode", cpv, "listName", "cpv");
        location(project);
    }

    private static void location(Node project) {
        project.cac("RealizedLocation").cac("Address").cac("Country")
                .cbc("IdentificationCode", COUNTRY, "listName", "country");
    }

    /** The award criteria with a weight above 0, each with its weight in percent and its sub-criteria as description. */
    private static void awardingTerms(Node terms, List<AwardCriterion> criteria) {
        Node criterion = terms.cac("AwardingTerms").cac("AwardingCriterion");
        for (AwardCriterion c : criteria) {
            if (c.getWeight() == 0) {
                continue;
            }
            Node sub = criterion.cac("SubordinateAwardingCriterion");
            sub.add(EXT, "UBLExtensions").add(EXT, "UBLExtension").add(EXT, "ExtensionContent").add(EFEXT, "EformsExtension")
                    .efac("AwardCriterionParameter")
                    .efbc("ParameterCode", "per-exa", "listName", "number-weight")
                    .efbc("ParameterNumeric", String.valueOf(c.getWeight()));
            sub.cbc("AwardingCriterionTypeCode", c.getType() == CriterionType.PRICE ? "price" : "quality",
                            "listName", "award-criterion-type")
                    .cbc("Name", CRITERION_NAMES.get(c.getType()), "languageID", LANGUAGE)
                    .cbc("Description", criterionDescription(c), "languageID", LANGUAGE);
        }
    }

    private static String criterionDescription(AwardCriterion c) {
        if (c.getType() == CriterionType.PRICE) {
            return CRITERION_NAMES.get(c.getType()) + " vektes " + c.getWeight() + " %, beregnet etter formel ("
                    + c.getPriceFormula() + "), maks " + c.getMaxPoints() + " poeng.";
        }
        return CRITERION_NAMES.get(c.getType()) + " vektes " + c.getWeight() + " %: "
                + c.getSubCriteria().stream().map(SubCriterion::getTitle).collect(Collectors.joining("; ")) + ".";
    }

    /** Complaints go to KOFA; an interim injunction to the courts. */
    private static void appealTerms(Node terms) {
        terms.cac("AppealTerms").cac("AppealReceiverParty")
                .reference(CAC, "PartyIdentification", "organization", REVIEW_ORG);
    }

    private static void lotProject(Node projectLot, Tender tender, Lot lot) {
        Node project = projectLot.cac("ProcurementProject").cbc("ID", String.valueOf(lot.getNumber()), "schemeName", "InternalID")
                .cbc("Name", lot.getTitle(), "languageID", LANGUAGE)
                .cbc("Description", lotDescription(lot), "languageID", LANGUAGE)
                .cbc("ProcurementTypeCode", "supplies", "listName", "contract-nature");
        project.cac("MainCommodityClassification").cbc("ItemClassificationCode", lot.getCpvCode().value(), "listName", "cpv");
        location(project);
        LocalDate start = tender.getTimeline().getAgreementStart();
        LocalDate end = tender.getTimeline().getAgreementEnd();
        if (start != null && end != null) {
            project.cac("PlannedPeriod").cbc("StartDate", date(start)).cbc("EndDate", date(end));
        }
        List<Integer> options = tender.getTimeline().getOptionYears();
        if (!options.isEmpty()) {
            project.cac("ContractExtension").cbc("OptionsDescription", "Opsjon på forlengelse "
                    + options.stream().map(y -> y + " år").collect(Collectors.joining(" + ")) + ".", "languageID", LANGUAGE);
        }
    }

    private static String lotDescription(Lot lot) {
        String substances = lot.getSubstances().stream().map(AtcCode::value).sorted().collect(Collectors.joining(", "));
        return lot.getTitle() + (lot.getIndication() == null ? "" : " – " + lot.getIndication())
                + ". ATC: " + substances + ".";
    }

    private static String description(Tender tender) {
        return tender.getTitle() + ". Rammeavtale om legemidler til helseforetakene, "
                + tender.getLots().size() + " delkontrakt(er): "
                + tender.getLots().stream().map(Lot::getTitle).collect(Collectors.joining("; ")) + ".";
    }

    /** The procedure's CPV code: the lots' one where they share it, otherwise 33600000 "Pharmaceutical products". */
    private static String mainCpv(Tender tender) {
        List<String> codes = tender.getLots().stream().map(l -> l.getCpvCode().value()).distinct().toList();
        return codes.size() == 1 ? codes.get(0) : CpvCode.PHARMACEUTICAL_PRODUCTS.value();
    }

    static String lotId(int number) {
        return id("LOT", number);
    }

    private static String id(String prefix, int number) {
        return String.format("%s-%04d", prefix, number);
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(("no.lis.tender:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String date(ZonedDateTime oslo) {
        return oslo.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE);
    }

    private static String date(LocalDate day) {
        return date(day.atStartOfDay(OSLO));
    }

    private static String time(ZonedDateTime oslo) {
        OffsetDateTime time = oslo.toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS);
        return time.format(DateTimeFormatter.ISO_OFFSET_TIME);
    }
}
