package no.lis.tender.offers.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The wrapped keys of the seal kept in lists, as the database would keep them. */
class InMemoryKeyStore implements OfferKeyStore {

    final List<TenderKey> tenderKeys = new ArrayList<>();
    final List<SupplierKey> supplierKeys = new ArrayList<>();

    @Override
    public Optional<TenderKey> tenderKey(Long tenderId) {
        return tenderKeys.stream().filter(key -> key.getTenderId().equals(tenderId)).findFirst();
    }

    @Override
    public void storeTenderKey(TenderKey key) {
        if (tenderKey(key.getTenderId()).isPresent()) {
            throw new IllegalStateException("tender " + key.getTenderId() + " has a key already");
        }
        tenderKeys.add(key);
    }

    @Override
    public TenderKey addTenderKey(TenderKey key) {
        return tenderKey(key.getTenderId()).orElseGet(() -> {
            tenderKeys.add(key);
            return key;
        });
    }

    @Override
    public Optional<SupplierKey> supplierKey(Long offerId) {
        return supplierKeys.stream().filter(key -> key.getOfferId().equals(offerId)).findFirst();
    }

    @Override
    public void addSupplierKey(SupplierKey key) {
        supplierKeys.add(key);
    }

    @Override
    public List<TenderKey> tenderKeysWrappedBy(String masterKeyId) {
        return tenderKeys.stream().filter(key -> key.getPublicKey().getMasterKeyId().equals(masterKeyId)
                || key.getPrivateKey().getMasterKeyId().equals(masterKeyId)).toList();
    }

    @Override
    public List<SupplierKey> supplierKeysWrappedBy(String masterKeyId) {
        return supplierKeys.stream().filter(key -> key.getKey().getMasterKeyId().equals(masterKeyId)).toList();
    }
}
