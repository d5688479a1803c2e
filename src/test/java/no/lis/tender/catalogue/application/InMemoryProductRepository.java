package no.lis.tender.catalogue.application;

import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductQuery;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.Varenummer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The products, in memory; also for the tests of the contexts that read the catalogue (follow-up). */
public class InMemoryProductRepository extends InMemorySearchableRepository<Product, ProductQuery, ProductQuery.Sort>
        implements ProductRepository {

    public InMemoryProductRepository() {
        super(Product::getId, Product::getName);
    }

    @Override
    public Optional<Product> findByVarenummer(Varenummer varenummer) {
        return first(product -> product.getVarenummer().equals(varenummer));
    }

    @Override
    public List<Product> findByVarenumre(Collection<Varenummer> varenumre) {
        return findAll().stream().filter(product -> varenumre.contains(product.getVarenummer())).toList();
    }
}
