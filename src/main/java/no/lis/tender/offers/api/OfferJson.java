package no.lis.tender.offers.api;

import no.lis.tender.offers.application.OfferReceipt;
import no.lis.tender.offers.application.OpenedOffer;
import no.lis.tender.offers.application.OwnOffer;
import no.lis.tender.offers.domain.CriterionAnswer;
import no.lis.tender.offers.domain.Espd;
import no.lis.tender.offers.domain.LotOffer;
import no.lis.tender.offers.domain.OfferContent;
import no.lis.tender.offers.domain.OfferedProduct;
import no.lis.tender.offers.domain.OpeningCheck;
import no.lis.tender.offers.domain.TenderOpening;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON shapes of offers, receipts and the opening. */
public final class OfferJson {

    private OfferJson() {
    }

    public record Own(Long offerId, Long tenderId, long version, String status, Content draft, Instant draftSavedAt,
                      Content submitted, List<ReceiptJson> receipts) {
        static Own of(OwnOffer o) {
            return new Own(o.offerId(), o.tenderId(), o.version(), o.status().name(), Content.of(o.draft()),
                    o.draftSavedAt(), Content.of(o.submitted()), o.receipts().stream().map(ReceiptJson::of).toList());
        }
    }

    public record Content(List<Lot> lots, EspdJson espd) {
        static Content of(OfferContent content) {
            return content == null ? null : new Content(content.lots().stream().map(Lot::of).toList(),
                    EspdJson.of(content.espd()));
        }
    }

    /**
     * The supplier's ESPD: its answers to the exclusion grounds and statements against the requirements,
     * and, for the buyer's qualification, the grounds answered yes and the requirements not met.
     */
    public record EspdJson(List<GroundJson> exclusionGrounds, List<StatementJson> requirements,
                           List<String> groundsAnsweredYes, List<String> requirementsNotMet) {
        static EspdJson of(Espd espd) {
            return espd == null ? null : new EspdJson(
                    espd.exclusionGrounds().stream().map(a -> new GroundJson(a.ground().name(), a.applies(),
                            a.explanation())).toList(),
                    espd.requirements().stream().map(r -> new StatementJson(r.kind().name(), r.met(), r.text())).toList(),
                    espd.groundsAnsweredYes().stream().map(Enum::name).toList(),
                    espd.requirementsNotMet().stream().map(Enum::name).toList());
        }
    }

    public record GroundJson(String ground, Boolean applies, String explanation) {
    }

    public record StatementJson(String kind, Boolean met, String text) {
    }

    /** {@code scenarioPrices} empty on a lot that asks for one price. */
    public record Lot(int lotNumber, List<Product> products, BigDecimal unitPricePerPack, List<Answer> answers,
                      List<ScenarioPriceJson> scenarioPrices) {
        static Lot of(LotOffer lot) {
            return new Lot(lot.lotNumber(), lot.products().stream().map(Product::of).toList(), lot.unitPricePerPack(),
                    lot.answers().stream().map(Answer::of).toList(),
                    lot.scenarioPrices().stream().map(p -> new ScenarioPriceJson(p.scenario(), p.unitPricePerPack()))
                            .toList());
        }
    }

    /** The price per pack under one of the lot's scenarios. */
    public record ScenarioPriceJson(String scenario, BigDecimal unitPricePerPack) {
    }

    public record Product(String varenummer, String productName, String packDescription) {
        static Product of(OfferedProduct p) {
            return new Product(p.varenummer().value(), p.productName(), p.packDescription());
        }
    }

    public record Answer(String criterion, String subCriterion, String text, List<Long> attachmentDocumentIds) {
        static Answer of(CriterionAnswer a) {
            return new Answer(a.criterion().name(), a.subCriterion(), a.text(), a.attachmentDocumentIds());
        }
    }

    public record ReceiptJson(Long offerId, String tenderReference, String supplierName, String organisationNumber,
                              int submissionNumber, Instant receivedAt, String sha256, List<String> lotsOffered,
                              Instant withdrawnAt, String pdf) {
        static ReceiptJson of(OfferReceipt r) {
            return new ReceiptJson(r.offerId(), r.tenderReference(), r.supplierName(), r.organisationNumber(),
                    r.submissionNumber(), r.receivedAt(), r.sha256(), r.lotsOffered(), r.withdrawnAt(),
                    "/api/offers/" + r.offerId() + "/receipt?submission=" + r.submissionNumber());
        }
    }

    /** What a buyer sees before the opening: how many offers each lot has, nothing of their content. */
    public record Counts(Long tenderId, Map<Integer, Long> submittedPerLot, Opening opening) {
    }

    public record Opening(String startedBy, Instant startedAt, String confirmedBy, Instant confirmedAt,
                          List<Long> openedOfferIds, List<Check> checks, long version) {
        static Opening of(TenderOpening o) {
            return o == null ? null : new Opening(o.getStartedBy(), o.getStartedAt(), o.getConfirmedBy(),
                    o.getConfirmedAt(), o.getOpenedOfferIds(), o.getChecks().stream().map(Check::of).toList(),
                    o.getVersion());
        }
    }

    /**
     * What the opening found for one offer: the submission opened, the SHA-256 on its receipt and
     * of what was decrypted (null if it failed its authentication), the outcome (INTACT, TAMPERED,
     * DIGEST_MISMATCH) and the sealed values that failed (e.g. "DRAFT 2"), null if none.
     */
    public record Check(Long offerId, Integer submissionNumber, String receiptSha256, String openedSha256,
                        String outcome, String brokenSlots) {
        static Check of(OpeningCheck c) {
            return new Check(c.getOfferId(), c.getSubmissionNumber(), c.getReceiptSha256(), c.getOpenedSha256(),
                    c.getOutcome().name(), c.getBrokenSlots());
        }
    }

    /** An opened offer: its content only if the opening found it intact, else null beside the outcome. */
    public record Opened(Long offerId, ReceiptJson receipt, Check check, Content content) {
        static Opened of(OpenedOffer o) {
            return new Opened(o.offerId(), ReceiptJson.of(o.receipt()), Check.of(o.check()), Content.of(o.content()));
        }
    }
}
