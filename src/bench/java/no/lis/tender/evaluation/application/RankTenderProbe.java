package no.lis.tender.evaluation.application;

import no.lis.tender.shared.application.ParallelWork;
import jakarta.enterprise.inject.spi.CDI;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.evaluation.domain.ConsensusScoreRepository;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.evaluation.domain.QualificationRepository;
import no.lis.tender.evaluation.domain.TenderEvaluationRepository;
import no.lis.tender.evaluation.domain.TenderRankingRepository;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;
import java.util.List;

/**
 * For the end-to-end evaluation scenario (src/bench) only: {@link RankTender#evaluate}, the read and
 * compute part of {@link RankTender#rank} without storing, on a {@link RankTender} built from the
 * application's own beans, so that the scenario can time that part on its own. The caller runs it in
 * a transaction.
 */
public final class RankTenderProbe {

    private final RankTender rankTender;

    public RankTenderProbe() {
        CDI<Object> cdi = CDI.current();
        rankTender = new RankTender(cdi.select(TenderRepository.class).get(), cdi.select(OpenedOfferReader.class).get(),
                cdi.select(QualificationRepository.class).get(), cdi.select(ConsensusScoreRepository.class).get(),
                cdi.select(ProductRepository.class).get(), cdi.select(TenderEvaluationRepository.class).get(),
                cdi.select(TenderRankingRepository.class).get(), cdi.select(Clock.class).get(),
                cdi.select(ParallelWork.class).get());
    }

    /** Reads what {@code tender} is evaluated from and computes every lot, storing nothing. */
    public List<LotOutcome> evaluate(Tender tender) {
        return rankTender.evaluate(tender);
    }
}
