package no.lis.tender.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.evaluation.domain.MemberScoreSheet;
import no.lis.tender.evaluation.domain.MemberScoreSheetRepository;
import no.lis.tender.shared.infrastructure.JpaRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMemberScoreSheetRepository extends JpaRepository<MemberScoreSheet> implements MemberScoreSheetRepository {

    @Override
    public Optional<MemberScoreSheet> find(Long tenderId, Long offerId, String member) {
        return first("find", "tenderId", tenderId, "offerId", offerId, "member", member);
    }

    @Override
    public List<MemberScoreSheet> findByTender(Long tenderId) {
        return list("findByTender", "tenderId", tenderId);
    }

    @Override
    public List<MemberScoreSheet> findByMember(String member) {
        return list("findByMember", "member", member);
    }
}
