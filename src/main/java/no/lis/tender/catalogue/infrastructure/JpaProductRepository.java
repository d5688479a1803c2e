package no.lis.tender.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import no.lis.tender.catalogue.domain.AdministrationRoute;
import no.lis.tender.catalogue.domain.Ddd;
import no.lis.tender.catalogue.domain.DoseUnit;
import no.lis.tender.catalogue.domain.Pack;
import no.lis.tender.catalogue.domain.PackFacts;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductQuery;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.infrastructure.BatchReads;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaProductRepository extends JpaRepositorySupport<Product> implements ProductRepository {

    private static final int IN_CHUNK = 500;
    /** What {@link #packFacts} reads of a product and of its substance (see there why in plain JDBC). */
    private static final String PACK_COLUMNS = "SELECT VARENUMMER, STRENGTH_AMOUNT, STRENGTH_UNIT, PACK_SIZE,"
            + " SUBSTANCE_ID, MAXIMUM_PRICE_PER_PACK FROM CAT_PRODUCT WHERE VARENUMMER IN ";
    private static final String DDD_COLUMNS = "SELECT ID, DDD_AMOUNT, DDD_UNIT, DDD_ROUTE FROM CAT_SUBSTANCE WHERE ID IN ";

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

    /**
     * The facts of the packs, read in plain JDBC on the transaction's connection, one statement per
     * {@value #IN_CHUNK} varenumre and one for the DDDs of their substances. A ranking asks for 8
     * packs per lot, 16 000 for a 2 000-lot tender: through a JPQL projection, EclipseLink's building
     * of the result rows (the {@link Pack} and {@link Ddd} embeddables, the varenummer's check, the
     * fields looked up by name in each row) was two fifths of the time and the join to the substance
     * a good part of Derby's. Only the columns the facts follow from are read (not the pack's form and
     * unit texts), each substance's DDD once, and the varenumre asked for are reused instead of made
     * and checked again from the column. Needs a transaction (a ranking runs in one).
     */
    @Override
    public List<PackFacts> packFacts(Collection<Varenummer> varenumre) {
        Map<String, Varenummer> asked = new LinkedHashMap<>();
        varenumre.forEach(varenummer -> asked.putIfAbsent(varenummer.value(), varenummer));
        List<String> all = List.copyOf(asked.keySet());
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("the packs' facts are read in a transaction");
        }
        try {
            List<PackRow> rows = new ArrayList<>(all.size());
            select(connection, PACK_COLUMNS, all, row -> {
                Varenummer varenummer = asked.get(row.getString(1));
                rows.add(new PackRow(varenummer != null ? varenummer : new Varenummer(row.getString(1)),
                        row.getBigDecimal(2), DoseUnit.valueOf(row.getString(3)), row.getBigDecimal(4), row.getLong(5),
                        row.getBigDecimal(6)));
            });
            // a DDD is stored whole or not at all (its constructor asks for all three parts)
            Map<Long, Ddd> ddds = new HashMap<>();
            select(connection, DDD_COLUMNS, rows.stream().map(PackRow::substanceId).distinct().toList(), row -> {
                if (row.getBigDecimal(2) != null && row.getString(3) != null && row.getString(4) != null) {
                    ddds.put(row.getLong(1), new Ddd(row.getBigDecimal(2), DoseUnit.valueOf(row.getString(3)),
                            AdministrationRoute.valueOf(row.getString(4))));
                }
            });
            return rows.stream().map(row -> PackFacts.of(row.varenummer(), row.strengthAmount(), row.strengthUnit(),
                    row.packSize(), ddds.get(row.substanceId()), row.maximumPricePerPack())).toList();
        } catch (SQLException e) {
            throw new PersistenceException("could not read the facts of " + all.size() + " packs", e);
        }
    }

    /** The columns of a product its pack's facts follow from. */
    private record PackRow(Varenummer varenummer, BigDecimal strengthAmount, DoseUnit strengthUnit,
                           BigDecimal packSize, long substanceId, BigDecimal maximumPricePerPack) {
    }

    /** One row of a statement of {@link #select}. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /**
     * {@code select} with {@code IN (?, …)} appended, run once per {@value #IN_CHUNK} of {@code values}
     * (so that no statement carries thousands of parameters), each row handed to {@code rows}.
     */
    private static void select(Connection connection, String select, List<?> values, RowReader rows)
            throws SQLException {
        for (int from = 0; from < values.size(); from += IN_CHUNK) {
            List<?> chunk = values.subList(from, Math.min(values.size(), from + IN_CHUNK));
            try (PreparedStatement statement = connection.prepareStatement(select + in(chunk.size()))) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setObject(i + 1, chunk.get(i));
                }
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        rows.read(row);
                    }
                }
            }
        }
    }

    /** {@code (?, ?, …)} with {@code count} parameters. */
    private static String in(int count) {
        return "(" + String.join(", ", Collections.nCopies(count, "?")) + ")";
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
