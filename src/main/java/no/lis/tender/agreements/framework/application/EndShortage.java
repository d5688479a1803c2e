package no.lis.tender.agreements.framework.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.framework.domain.Shortage;
import no.lis.tender.agreements.framework.domain.SupplyRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Versions;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The buyer ends a shortage of an agreement that is still going on, on the version she saw: the
 * product could be delivered again after {@code lastDay} (see {@link Shortage#end}). A shortage of
 * another agreement is as unknown as one that does not exist ({@code agreements.shortage.notFound}).
 */
@UseCase
public class EndShortage {

    private final SupplyRepository supply;

    @Inject
    public EndShortage(SupplyRepository supply) {
        this.supply = supply;
    }

    /** For the CDI proxy. */
    protected EndShortage() {
        this(null);
    }

    public Shortage end(Long agreementId, Long shortageId, Long seenVersion, LocalDate lastDay) {
        Shortage shortage = (shortageId == null ? Optional.<Shortage>empty() : supply.shortage(shortageId))
                .filter(found -> Objects.equals(found.getAgreementId(), agreementId))
                .orElseThrow(() -> new DomainException(null, "agreements.shortage.notFound", shortageId));
        Versions.require(shortage.getVersion(), seenVersion);
        shortage.end(lastDay);
        return shortage;
    }
}
