package no.lis.tender.catalogue.application;

import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductQuery;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.Varenummer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

class InMemoryProductRepository extends InMemoryRepository<Product> implements ProductRepository {

    InMemoryProductRepository() {
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

    @Override
    public List<Product> search(ProductQuery query, int first, int max, ProductQuery.Sort sort, boolean ascending) {
        throw searchIsForTheJpaRepository();
    }

    @Override
    public long count(ProductQuery query) {
        throw searchIsForTheJpaRepository();
    }
}
