package no.lis.tender.agreements.recommendations.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.recommendations.domain.PriceAccess;
import no.lis.tender.agreements.recommendations.domain.PriceAccessRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.tendering.domain.Timeline;

import java.time.Clock;
import java.time.LocalDate;

/**
 * A hospital employee asks for the priced edition of the recommendations for her hospital trust,
 * saying why she needs it. A supplier's user cannot; nor can one who has an open request or a valid
 * grant for the same trust.
 */
@UseCase
public class RequestPriceAccess {

    private final PriceAccessRepository accesses;
    private final Clock clock;

    @Inject
    public RequestPriceAccess(PriceAccessRepository accesses, Clock clock) {
        this.accesses = accesses;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected RequestPriceAccess() {
        this(null, null);
    }

    /** {@code username} ({@code fullName}) asks; {@code supplier} says she is a supplier's user. */
    public PriceAccess request(String username, String fullName, boolean supplier, String hospitalTrust, String reason) {
        if (supplier) {
            throw new DomainException(null, "priceAccess.suppliersNot");
        }
        PriceAccess asked = PriceAccess.request(username, fullName, hospitalTrust, reason, clock.instant());
        LocalDate today = Timeline.osloDate(clock.instant());
        boolean open = accesses.findByUsername(username).stream()
                .anyMatch(a -> a.getHospitalTrust().equals(asked.getHospitalTrust()) && a.isOpenOrValidOn(today));
        if (open) {
            throw new DomainException("hospitalTrust", "priceAccess.alreadyOpen", asked.getHospitalTrust());
        }
        return accesses.save(asked);
    }
}
