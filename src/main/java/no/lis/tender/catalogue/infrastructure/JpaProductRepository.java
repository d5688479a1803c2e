package no.lis.tender.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import no.lis.tender.catalogue.domain.Ddd;
import no.lis.tender.catalogue.domain.Pack;
import no.lis.tender.catalogue.domain.PackFacts;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductQuery;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.infrastructure.BatchReads;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaProductRepository extends JpaRepositorySupport<Product> implements ProductRepository {

    private static final int IN_CHUNK = 500;

    public JpaProductRepository() {
        super(Product.class);
    }

    @Override
    public Optional<Product> findById(long id) {
        return super.findById(id);
    }

    @Override
    public Optional<Product> findByVarenummer(Varenummer varenummer) {
        return first("findByVarenummer", "varenummer", varenummer);
    }

    /** In chunks of {@value #IN_CHUNK} varenumre, so that no statement carries thousands of parameters. */
    @Override
    public List<Product> findByVarenumre(Collection<Varenummer> varenumre) {
        List<Varenummer> all = List.copyOf(new LinkedHashSet<>(varenumre));
        List<Product> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            found.addAll(em.createNamedQuery("Product.findByVarenumre", Product.class)
                    .setParameter("varenumre", all.subList(from, Math.min(all.size(), from + IN_CHUNK)))
                    // the holders of all products found in one read, not one per product (substances are joined)
                    .setHint(BatchReads.BATCH, "p.marketingAuthorisationHolder")
                    .setHint(BatchReads.BATCH_TYPE, BatchReads.IN)
                    .getResultList());
        }
        return found;
    }

    /** One projection per {@value #IN_CHUNK} varenumre: no entities, no supplier or substance objects. */
    @Override
    public List<PackFacts> packFacts(Collection<Varenummer> varenumre) {
        List<Varenummer> all = List.copyOf(new LinkedHashSet<>(varenumre));
        List<PackFacts> found = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            for (Object[] row : em.createNamedQuery("Product.packFacts", Object[].class)
                    .setParameter("varenumre", all.subList(from, Math.min(all.size(), from + IN_CHUNK)))
                    .getResultList()) {
                found.add(PackFacts.of((Varenummer) row[0], (Pack) row[1], (Ddd) row[2], (BigDecimal) row[3]));
            }
        }
        return found;
    }

    @Override
    public List<Product> findAll() {
        return list("findAll");
    }

    @Override
    public List<Product> search(ProductQuery query, int first, int max, ProductQuery.Sort sort, boolean ascending) {
        return page(criteria(query), root -> switch (sort == null ? ProductQuery.Sort.NAME : sort) {
            case NAME -> root.get("name");
            case VARENUMMER -> root.get("varenummer");
            case SUBSTANCE -> root.get("substance").get("name");
            case ATC_CODE -> root.get("substance").get("atcCode");
            case SUPPLIER -> root.get("marketingAuthorisationHolder").get("name");
            case PRODUCT_TYPE -> root.get("productType");
            case MAXIMUM_PRICE -> root.get("maximumPricePerPack");
        }, ascending, first, max, "substance", "marketingAuthorisationHolder");
    }

    @Override
    public long count(ProductQuery query) {
        return count(criteria(query));
    }

    @Override
    public Product save(Product product) {
        return store(product);
    }

    private static Criteria<Product> criteria(ProductQuery query) {
        return (CriteriaBuilder cb, Root<Product> product) -> {
            Path<Object> substance = product.get("substance");
            return given(
                    query.text() == null ? null : cb.or(
                            contains(cb, product.get("name"), query.text()),
                            contains(cb, substance.get("name"), query.text()),
                            startsWith(cb, product.get("varenummer").as(String.class), query.text()),
                            startsWith(cb, substance.get("atcCode").as(String.class),
                                    query.text().toUpperCase(Locale.ROOT))),
                    query.productType() == null ? null : cb.equal(product.get("productType"), query.productType()),
                    query.atcPrefix() == null ? null
                            : startsWith(cb, substance.get("atcCode").as(String.class), query.atcPrefix()),
                    query.substanceId() == null ? null : cb.equal(substance.get("id"), query.substanceId()),
                    query.supplierId() == null ? null
                            : cb.equal(product.get("marketingAuthorisationHolder").get("id"), query.supplierId()));
        };
    }
}
