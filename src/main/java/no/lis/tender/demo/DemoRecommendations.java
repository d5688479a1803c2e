package no.lis.tender.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.lis.tender.agreements.recommendations.application.ApproveRecommendation;
import no.lis.tender.agreements.recommendations.application.DraftRecommendation;
import no.lis.tender.agreements.recommendations.application.DraftRecommendationCommand;
import no.lis.tender.agreements.recommendations.application.EditRecommendationLines;
import no.lis.tender.agreements.recommendations.application.NextRecommendationVersionCommand;
import no.lis.tender.agreements.recommendations.application.PublishRecommendation;
import no.lis.tender.agreements.recommendations.application.RecommendationLineCommand;
import no.lis.tender.agreements.recommendations.domain.ChangeReason;
import no.lis.tender.agreements.recommendations.domain.Recommendation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The LIS recommendation of the TNF-alpha inhibitors (area REUMA), through the use cases: version 1
 * from the 2025 tender, approved by Ingrid of the TNF group and published by Kari; and version 2,
 * made when Sandoz could not deliver Hyrimoz, with Yuflyma moved up to first choice for rheumatoid
 * arthritis, Hyrimoz out of it, a new comment and a lower price for Benepali. Both stay readable.
 * The lines are built from the catalogue's products (names, suppliers, DDDs per pack).
 */
@ApplicationScoped
class DemoRecommendations {

    static final String RA = "Revmatoid artritt";
    static final String PSA = "Psoriasisartritt og aksial spondyloartritt";
    static final String IBD = "Crohns sykdom og ulcerøs kolitt";
    static final String BUYER = "kari";
    static final String MEMBER = "ingrid";

    @Inject
    DraftRecommendation draft;
    @Inject
    EditRecommendationLines lines;
    @Inject
    ApproveRecommendation approve;
    @Inject
    PublishRecommendation publish;

    void load(Map<String, Long> areaIds) {
        Recommendation first = draft.startFirst(new DraftRecommendationCommand(areaIds.get("REUMA"),
                LocalDate.of(2025, 3, 1), LocalDate.of(2027, 2, 28)), BUYER);
        add(first, RA, 1, "183264", "3195.50", "For nye pasienter");
        add(first, RA, 2, "423890", "3410.00", null);
        add(first, RA, 3, "590216", "3288.00", null);
        add(first, RA, 4, "411872", "7420.30", "Bare der biotilsvarende ikke kan brukes");
        add(first, PSA, 1, "508117", "3380.00", "For nye pasienter");
        add(first, PSA, 2, "183264", "3195.50", null);
        add(first, IBD, 1, "379321", "1187.00", "Intravenøs oppstart");
        add(first, IBD, 2, "128904", "1234.00", null);
        add(first, IBD, 3, "183264", "3195.50", "Subkutan vedlikeholdsbehandling");
        approveAndPublish(first);

        Recommendation second = draft.startNext(new NextRecommendationVersionCommand(first.getId(),
                ChangeReason.SUPPLIER_CANNOT_DELIVER, "Sandoz kan ikke levere Hyrimoz til nye pasienter fra 1. februar 2026.",
                LocalDate.of(2026, 2, 1), LocalDate.of(2027, 2, 28)), BUYER);
        lines.remove(second.getId(), second.getVersion(), RA, "183264");
        lines.rerank(second.getId(), second.getVersion(), RA, "590216", 1);
        lines.comment(second.getId(), second.getVersion(), RA, "590216", "For nye pasienter");
        lines.replace(second.getId(), second.getVersion(), RA, "423890",
                command(RA, 2, "423890", "2985.00", "Pasienter som står på etanercept"));
        lines.rerank(second.getId(), second.getVersion(), RA, "411872", 3);
        lines.comment(second.getId(), second.getVersion(), IBD, "183264", "Bare pasienter som står på Hyrimoz");
        approveAndPublish(second);
    }

    private void add(Recommendation recommendation, String indication, int rank, String varenummer, String price,
                     String comment) {
        lines.add(recommendation.getId(), recommendation.getVersion(), command(indication, rank, varenummer, price,
                comment));
    }

    private static RecommendationLineCommand command(String indication, int rank, String varenummer, String price,
                                                     String comment) {
        return new RecommendationLineCommand(indication, rank, varenummer, comment, new BigDecimal(price), null, null,
                null);
    }

    private void approveAndPublish(Recommendation recommendation) {
        approve.approve(recommendation.getId(), recommendation.getVersion(), MEMBER);
        publish.publish(recommendation.getId(), recommendation.getVersion(), BUYER);
    }
}
