package no.lis.tender.it.seed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.tendering.application.TimeLimitSettings;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.EeaThreshold;
import no.lis.tender.tendering.domain.LotSpecification;
import no.lis.tender.tendering.domain.Market;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;
import no.lis.tender.tendering.domain.VolumeUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Adds {@code count} lots of one market to a draft tender in one transaction, through the aggregate as
 * the lot API does (its rules, its log), and publishes it if asked (a scheduled draft). The API adds one lot a request and answers the whole tender
 * each time, so a generic tender of 2 000 lots would take the test many minutes, and its publication
 * makes the tender documents of 2 000 lots in the same request. Only in the
 * deployment of the tests that add this package.
 */
@Path("/test/tenders/{id}/lots")
@RequestScoped
@RolesAllowed(Role.BUYER_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class TenderLotSeedResource {

    @Inject
    TenderRepository tenders;
    @Inject
    Clock clock;
    @Inject
    TimeLimitSettings settings;
    @Inject
    EeaThreshold threshold;

    @POST
    @Transactional
    @Operation(hidden = true)
    public int seed(@PathParam("id") Long id, @QueryParam("count") int count, @QueryParam("publish") boolean publish) {
        Tender tender = tenders.find(id).orElseThrow(NotFoundException::new);
        for (int n = 1; n <= count; n++) {
            tender.addLot(new LotSpecification("Generisk " + n, null, Set.of(new AtcCode("L04AB04")),
                    BigDecimal.valueOf(1000), VolumeUnit.DDD, ComparisonBasis.PER_DDD, null,
                    // a Market of its own for each lot: one embeddable instance shared by the lots of one
                    // transaction is stored for one of them only
                    List.of(new Market("NO", "Norge"))), "kari", clock);
        }
        if (publish) {
            // as PublishTender does, without the tender documents: a PDF of 2 000 lots is not what these tests are about
            tender.publish("kari", clock, settings.limits(), threshold);
        }
        return tender.getLots().size();
    }
}
