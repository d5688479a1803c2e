package no.lis.tender.identity.application;

import jakarta.inject.Inject;
import no.lis.tender.identity.domain.ApiToken;
import no.lis.tender.identity.domain.ApiTokenRepository;
import no.lis.tender.shared.application.UseCase;

import java.time.Instant;

/** Writes down when an API token was last used, in a short transaction of its own, to the minute. */
@UseCase
public class RecordTokenUse {

    private final ApiTokenRepository tokens;

    @Inject
    public RecordTokenUse(ApiTokenRepository tokens) {
        this.tokens = tokens;
    }

    /** For the CDI proxy. */
    protected RecordTokenUse() {
        this(null);
    }

    public void record(long tokenId, Instant now) {
        tokens.recordUse(tokenId, now, ApiToken.staleBefore(now));
    }
}
