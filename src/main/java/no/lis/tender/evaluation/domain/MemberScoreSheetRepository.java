package no.lis.tender.evaluation.domain;

import java.util.List;
import java.util.Optional;

public interface MemberScoreSheetRepository {

    /** {@code member}'s sheet for the offer, if she has started one. */
    Optional<MemberScoreSheet> find(Long tenderId, Long offerId, String member);

    /** Every member's sheet for every offer of the tender: what the buyer's progress view shows. */
    List<MemberScoreSheet> findByTender(Long tenderId);

    /** Every score sheet of {@code member}, on any tender (her start page: one read, not one per tender). */
    List<MemberScoreSheet> findByMember(String member);

    /** Stores a new sheet; its id is set on return. Changes to a loaded one are stored with the transaction. */
    MemberScoreSheet save(MemberScoreSheet sheet);
}
