package no.lis.tender.agreements.recommendations.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.recommendations.domain.PriceAccess;
import no.lis.tender.agreements.recommendations.domain.PriceAccessRepository;
import no.lis.tender.agreements.recommendations.domain.PriceAccessStatus;
import no.lis.tender.catalogue.domain.HospitalTrust;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.tendering.domain.Timeline;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Requests for the priced edition: an employee's own, and all of them for buyers and administrators. */
@UseCase
public class PriceAccessQueries {

    private final PriceAccessRepository accesses;
    private final Clock clock;

    @Inject
    public PriceAccessQueries(PriceAccessRepository accesses, Clock clock) {
        this.accesses = accesses;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected PriceAccessQueries() {
        this(null, null);
    }

    public List<PriceAccessRow> of(String username) {
        LocalDate today = today();
        return accesses.findByUsername(username).stream().map(a -> PriceAccessRow.of(a, today)).toList();
    }

    /** One request or grant, as the lists show it. */
    public Optional<PriceAccessRow> one(Long id) {
        return accesses.find(id).map(a -> PriceAccessRow.of(a, today()));
    }

    /** Every request and grant, by hospital trust: who holds access, who waits, who was refused. */
    public List<PriceAccessRow> all() {
        LocalDate today = today();
        return accesses.findAll().stream().map(a -> PriceAccessRow.of(a, today)).toList();
    }

    /** The hospital trusts one may ask for, by name. */
    public List<String> hospitalTrusts() {
        return HospitalTrust.all().stream().map(HospitalTrust::name).sorted().toList();
    }

    private LocalDate today() {
        return Timeline.osloDate(clock.instant());
    }

    /**
     * A request or grant as the lists show it.
     *
     * @param validNow whether its holder reads prices today
     * @param endsSoon whether it ends within 30 days (the holder is warned)
     */
    public record PriceAccessRow(Long id, String username, String fullName, String hospitalTrust, String reason,
                                 PriceAccessStatus status, Instant requestedAt, String decidedBy, Instant decidedAt,
                                 LocalDate validUntil, String refusalReason, boolean validNow, boolean endsSoon,
                                 long version) implements Serializable {

        static PriceAccessRow of(PriceAccess a, LocalDate today) {
            return new PriceAccessRow(a.getId(), a.getUsername(), a.getFullName(), a.getHospitalTrust(), a.getReason(),
                    a.getStatus(), a.getRequestedAt(), a.getDecidedBy(), a.getDecidedAt(), a.getValidUntil(),
                    a.getRefusalReason(), a.isValidOn(today), a.endsSoon(today), a.getVersion());
        }
    }
}
