package no.lis.tender.publication.domain;

import no.lis.tender.agreements.award.domain.AwardDecision;
import no.lis.tender.agreements.award.domain.AwardFixtures;
import no.lis.tender.agreements.framework.domain.DirectAgreement;
import no.lis.tender.agreements.framework.domain.DirectAgreementTerms;
import no.lis.tender.agreements.framework.domain.DirectAwardGround;
import no.lis.tender.agreements.framework.domain.NyeMetoderId;
import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.catalogue.domain.EmailAddress;
import no.lis.tender.catalogue.domain.OrganisationNumber;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.publication.EformsSchemas;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.CpvCode;
import no.lis.tender.tendering.domain.LotSpecification;
import no.lis.tender.tendering.domain.MarketSplit;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderFixtures;
import no.lis.tender.tendering.domain.VolumeUnit;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static no.lis.tender.tendering.domain.TenderFixtures.BUYER;
import static no.lis.tender.tendering.domain.TenderFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EformsNoticesTest {

    static final ContractingAuthority SYKEHUSINNKJOP = new ContractingAuthority(
            "Sykehusinnkjøp HF, divisjon legemidler (LIS)", new OrganisationNumber("916879067"), "Vadsø", "9811", null);
    private final EformsNotices notices = new EformsNotices(SYKEHUSINNKJOP, CLOCK);

    /** A draft above the threshold with two lots of their own CPV codes. */
    private static Tender twoLotTender() {
        Tender tender = TenderFixtures.publishable();
        tender.addLot(new LotSpecification("Etanercept", "Aksial spondyloartritt", Set.of(new AtcCode("L04AB01")),
                new BigDecimal("50000"), VolumeUnit.DDD, ComparisonBasis.PER_DDD, null, MarketSplit.NONE.markets()),
                BUYER, CLOCK);
        tender.prepareNotice(new BigDecimal("240000000"), Map.of(1, new CpvCode("33652300"), 2, new CpvCode("33600000")),
                BUYER, CLOCK);
        return tender;
    }

    @Test
    void theContractNoticeCarriesEachLotWithItsCpvCodeAndTheCriteriaWithTheirWeights() {
        Tender tender = twoLotTender();

        Xml notice = new Xml(notices.contractNotice(tender).xml());

        assertThat(notice.text("/*/ext:UBLExtensions//efac:NoticeSubType/cbc:SubTypeCode")).isEqualTo("16");
        assertThat(notice.text("/*/cbc:NoticeTypeCode")).isEqualTo("cn-standard");
        assertThat(notice.texts("/*/cac:ProcurementProjectLot/cbc:ID")).containsExactly("LOT-0001", "LOT-0002");
        assertThat(notice.texts("/*/cac:ProcurementProjectLot/cac:ProcurementProject/cbc:Name"))
                .containsExactly("Adalimumab", "Etanercept");
        assertThat(notice.texts("/*/cac:ProcurementProjectLot/cac:ProcurementProject/cac:MainCommodityClassification/cbc:ItemClassificationCode"))
                .containsExactly("33652300", "33600000");
        assertThat(notice.text("/*/cac:ProcurementProject/cac:MainCommodityClassification/cbc:ItemClassificationCode"))
                .isEqualTo("33600000");
        List<String> weights = tender.getCriteria().stream().filter(c -> c.getWeight() > 0)
                .map(c -> String.valueOf(c.getWeight())).toList();
        assertThat(weights).hasSizeGreaterThan(1);
        assertThat(notice.texts("/*/cac:ProcurementProjectLot[1]//cac:SubordinateAwardingCriterion//efbc:ParameterNumeric"))
                .containsExactlyElementsOf(weights);
        assertThat(notice.texts("/*/cac:ProcurementProjectLot[1]//cac:SubordinateAwardingCriterion/cbc:AwardingCriterionTypeCode"))
                .startsWith("price").containsOnly("price", "quality");
        assertThat(notice.text("//efac:Organization[.//cac:PartyIdentification/cbc:ID='ORG-0001']//cbc:CompanyID"))
                .isEqualTo("916879067");
        assertThat(notice.text("/*/cac:ProcurementProject/cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount"))
                .isEqualTo("240000000.00");
        assertThat(notice.text("/*/cac:ProcurementProjectLot[1]/cac:TenderingProcess/cac:TenderSubmissionDeadlinePeriod/cbc:EndDate"))
                .isEqualTo("2026-03-01+01:00");
        assertThat(notice.text("/*/cac:ProcurementProjectLot[1]/cac:TenderingProcess/cac:TenderSubmissionDeadlinePeriod/cbc:EndTime"))
                .isEqualTo("12:00:00+01:00");
    }

    @Test
    void theContractNoticeIsValidEforms() {
        Notice notice = notices.contractNotice(twoLotTender());

        assertThat(EformsSchemas.violations(notice.xml())).isEmpty();
        assertThat(notice.fileName()).isEqualTo("contract-notice-2026-LIS-TNF-01.xml");
    }

    @Test
    void theSchemaCheckRefusesANoticeWithAnElementOutOfPlace() {
        String xml = new String(notices.contractNotice(twoLotTender()).xml(), java.nio.charset.StandardCharsets.UTF_8);
        String broken = xml.replace("<cbc:UBLVersionID>2.3</cbc:UBLVersionID>", "")
                .replace("<cbc:CustomizationID>", "<cbc:UBLVersionID>2.3</cbc:UBLVersionID><cbc:Note>x</cbc:Note><cbc:CustomizationID>");

        assertThat(EformsSchemas.violations(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .anyMatch(v -> v.contains("cvc-complex-type") && v.contains(":Note}"));
    }

    @Test
    void theSameTenderGivesTheSameNoticeIdAndProcedureIdInBothNotices() {
        Tender tender = twoLotTender();

        Xml first = new Xml(notices.contractNotice(tender).xml());
        Xml again = new Xml(notices.contractNotice(tender).xml());

        assertThat(again.text("/*/cbc:ID")).isEqualTo(first.text("/*/cbc:ID")).matches("[0-9a-f-]{36}");
        assertThat(first.text("/*/cbc:ContractFolderID")).isNotEqualTo(first.text("/*/cbc:ID"));
    }

    @Test
    void aTenderWithoutLotsHasNoNoticeToMake() {
        Tender empty = TenderFixtures.planned(no.lis.tender.tendering.domain.MarketPhase.PHASE_3);

        assertThatThrownBy(() -> notices.contractNotice(empty)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).violations().get(0).messageKey())
                .isEqualTo("publication.notice.lotsRequired");
    }

    @Test
    void theAwardNoticeNamesTheWinnerByOrganisationNumberAndTheNumberOfOffersButNoPrice() {
        AwardDecision decision = AwardFixtures.issued();
        Tender tender = AwardFixtures.evaluatedTender();
        Supplier alfa = new Supplier("Alfa Pharma AS", new OrganisationNumber("987654325"), new EmailAddress("anbud@alfa.no"));

        Notice notice = notices.awardNotice(tender, decision, Map.of(AwardFixtures.ALFA, alfa));
        Xml xml = new Xml(notice.xml());

        assertThat(EformsSchemas.violations(notice.xml())).isEmpty();
        assertThat(xml.text("//efac:NoticeSubType/cbc:SubTypeCode")).isEqualTo("29");
        assertThat(xml.text("//efac:LotResult/cbc:TenderResultCode")).isEqualTo("selec-w");
        assertThat(xml.text("//efac:LotResult/efac:ReceivedSubmissionsStatistics/efbc:StatisticsNumeric")).isEqualTo("3");
        assertThat(xml.text("//efac:NoticeResult/efac:LotTender/cbc:RankCode")).isEqualTo("1");
        assertThat(xml.text("//efac:Organization[.//cbc:CompanyID='987654325']//cac:PartyName/cbc:Name"))
                .isEqualTo("Alfa Pharma AS");
        assertThat(xml.text("//efac:Organization[.//cac:PartyIdentification/cbc:ID='ORG-0001']//cbc:CompanyID"))
                .isEqualTo("916879067");
        assertThat(xml.text("/*/cac:TenderResult/cbc:AwardDate")).isEqualTo("2026-04-02+02:00");
        assertThat(new String(notice.xml(), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("Amount").doesNotContain("PayableAmount");
    }

    @Test
    void noAwardNoticeBeforeTheLettersAreIssued() {
        Tender tender = AwardFixtures.evaluatedTender();
        AwardDecision notIssued = AwardFixtures.awarded(tender, AwardFixtures.ALFA_OFFER);

        assertThatThrownBy(() -> notices.awardNotice(tender, notIssued, Map.of())).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).violations().get(0).messageKey())
                .isEqualTo("publication.awardNotice.notDecided");
    }

    @Test
    void theTransparencyNoticeGivesTheLegalGroundAndTheSupplierButNoRebate() {
        DirectAgreement agreement = DirectAgreement.conclude(new DirectAgreementTerms(new NyeMetoderId("ID2025_047"),
                101L, "MSD (Norge) AS", new Varenummer("493812"), "Keytruda 25 mg/ml, 4 ml hetteglass",
                new BigDecimal("31470.10"), null, new BigDecimal("27.5"), LocalDate.of(2026, 2, 1),
                LocalDate.of(2028, 1, 31), DirectAwardGround.EXCLUSIVE_RIGHTS, "Patentbeskyttet; ingen alternativer."),
                BUYER, CLOCK);
        Supplier msd = new Supplier("MSD (Norge) AS", new OrganisationNumber("974760673"), new EmailAddress("anbud@msd.no"));

        Notice notice = notices.transparencyNotice(agreement, msd);
        Xml xml = new Xml(notice.xml());

        assertThat(EformsSchemas.violations(notice.xml())).isEmpty();
        assertThat(xml.text("//efac:NoticeSubType/cbc:SubTypeCode")).isEqualTo("25");
        assertThat(xml.text("/*/cbc:NoticeTypeCode")).isEqualTo("veat");
        assertThat(xml.text("/*/cac:TenderingProcess/cbc:ProcedureCode")).isEqualTo("neg-wo-call");
        assertThat(xml.text("/*/cac:TenderingProcess/cac:ProcessJustification/cbc:ProcessReasonCode")).isEqualTo("exclusive");
        assertThat(xml.text("/*/cac:TenderingProcess/cac:ProcessJustification/cbc:ProcessReason"))
                .contains("§ 13-4 (1) a nr. 3").contains("Patentbeskyttet");
        assertThat(xml.text("//efac:Organization[.//cac:PartyIdentification/cbc:ID='ORG-0003']//cbc:CompanyID"))
                .isEqualTo("974760673");
        assertThat(xml.text("/*/cac:ProcurementProjectLot/cac:ProcurementProject/cac:PlannedPeriod/cbc:EndDate"))
                .isEqualTo("2028-01-31+01:00");
        assertThat(new String(notice.xml(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("27.5")
                .doesNotContain("31470");
    }

    /** A notice read for XPath questions in the eForms namespaces. */
    static final class Xml {

        private static final Map<String, String> NAMESPACES = Map.of("cbc", UblDocument.CBC, "cac", UblDocument.CAC,
                "ext", UblDocument.EXT, "efext", UblDocument.EFEXT, "efac", UblDocument.EFAC, "efbc", UblDocument.EFBC);
        private final Document document;
        private final XPath xpath = XPathFactory.newInstance().newXPath();

        Xml(byte[] bytes) {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
            } catch (Exception e) {
                throw new AssertionError("not XML", e);
            }
            xpath.setNamespaceContext(new NamespaceContext() {
                @Override
                public String getNamespaceURI(String prefix) {
                    return NAMESPACES.get(prefix);
                }

                @Override
                public String getPrefix(String namespaceUri) {
                    return null;
                }

                @Override
                public Iterator<String> getPrefixes(String namespaceUri) {
                    return null;
                }
            });
        }

        String text(String expression) {
            List<String> all = texts(expression);
            assertThat(all).as(expression).isNotEmpty();
            return all.get(0);
        }

        List<String> texts(String expression) {
            try {
                NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < nodes.getLength(); i++) {
                    texts.add(nodes.item(i).getTextContent().strip());
                }
                return texts;
            } catch (Exception e) {
                throw new AssertionError(expression, e);
            }
        }
    }
}
