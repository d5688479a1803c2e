package no.lis.tender.agreements.award.application;

import no.lis.tender.agreements.award.domain.RejectedBidder;

import java.util.List;

/** The suppliers whose offers on a tender the buyer rejected at qualification, with her reasons. */
public interface RejectedBidders {

    /** Those of tender {@code tenderId}, by supplier name. */
    List<RejectedBidder> of(Long tenderId);
}
