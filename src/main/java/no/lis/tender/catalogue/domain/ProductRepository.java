package no.lis.tender.catalogue.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ProductRepository {

    Optional<Product> findById(long id);

    Optional<Product> findByVarenummer(Varenummer varenummer);

    /**
     * The products with any of {@code varenumre}, in no particular order; those not in the catalogue
     * are left out. For reading only: an evaluation looks up thousands of packs at once, so they are
     * not tracked for changes, and a change made to one of them is not stored.
     */
    List<Product> findByVarenumre(Collection<Varenummer> varenumre);

    /**
     * What the catalogue knows of the packs with any of {@code varenumre} ({@link PackFacts}), in no
     * particular order, without building the products; those not in the catalogue are left out.
     */
    default List<PackFacts> packFacts(Collection<Varenummer> varenumre) {
        return findByVarenumre(varenumre).stream().map(Product::packFacts).toList();
    }

    /** All products by name. */
    List<Product> findAll();

    /** At most {@code max} products matching {@code query} from position {@code first}, sorted as asked. */
    List<Product> search(ProductQuery query, int first, int max, ProductQuery.Sort sort, boolean ascending);

    long count(ProductQuery query);

    /** Stores a new product, so that it has its id, or the changes to one. */
    Product save(Product product);
}
