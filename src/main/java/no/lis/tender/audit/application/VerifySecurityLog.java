package no.lis.tender.audit.application;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.audit.domain.ChainAnchor;
import no.lis.tender.audit.domain.ChainVerification;
import no.lis.tender.audit.domain.ChainVerifier;
import no.lis.tender.audit.domain.SecurityLogEntry;
import no.lis.tender.audit.domain.SecurityLogRepository;
import no.lis.tender.shared.application.UseCase;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Walks the security log's chain from its first entry to the head and names the first broken link.
 * <p>
 * Without a transaction: each page of entries is read on its own and let go, so that a log of millions
 * of entries is walked in constant memory, and appends are never held up. The head is read first; the
 * entries up to it are committed and never change in a sound log, so the pages need no common
 * snapshot. Each verification writes its outcome and the head to the server log, which leaves a trail
 * of head hashes outside the database.
 */
@UseCase
public class VerifySecurityLog {

    /** Entries read at a time. */
    static final int PAGE = 500;
    private static final Logger LOG = Logger.getLogger(VerifySecurityLog.class.getName());

    private final SecurityLogRepository log;

    @Inject
    public VerifySecurityLog(SecurityLogRepository log) {
        this.log = log;
    }

    /** For the CDI proxy. */
    protected VerifySecurityLog() {
        this(null);
    }

    /** Verifies the chain, and also that the entry {@code anchor} names still has the hash noted for it. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ChainVerification verify(Optional<ChainAnchor> anchor) {
        ChainVerifier verifier = new ChainVerifier(log.head(), anchor);
        boolean going = true;
        while (going && verifier.lastChecked() < verifier.headSequence()) {
            List<SecurityLogEntry> page = log.chain(verifier.lastChecked(), verifier.headSequence(), PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (SecurityLogEntry entry : page) {
                going = verifier.accept(entry);
                if (!going) {
                    break;
                }
            }
        }
        ChainVerification outcome = verifier.finish();
        if (outcome.isIntact()) {
            LOG.info(() -> "Security log verified: " + outcome.entriesChecked() + " entries whole; head "
                    + outcome.headSequence() + " " + outcome.headHash());
        } else {
            LOG.log(Level.WARNING, "Security log BROKEN at entry {0} ({1}); head {2} {3}", new Object[] {
                    Long.toString(outcome.firstBreak().sequence()), outcome.firstBreak().reason(),
                    Long.toString(outcome.headSequence()), outcome.headHash()});
        }
        return outcome;
    }
}
