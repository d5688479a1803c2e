package no.lis.tender.offers.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.shared.infrastructure.DatabaseMigration.SchemaReady;

/**
 * At start-up, once the schema is up to date: loads the master key (so that a server without one
 * refuses to start rather than fail at the first offer) and, where a previous master key is
 * configured ({@code lis.offer.masterkey.previous}), re-wraps every key still under it under the
 * current one. The steps of a rotation are in docs/operations.md.
 */
@ApplicationScoped
public class MasterKeyRotation {

    @Inject
    AesGcmOfferSeal seal;

    @Transactional
    void onSchemaReady(@Observes @Priority(10) SchemaReady ready) {
        seal.rotateMasterKey();
    }
}
