package no.lis.tender.evaluation.infrastructure;

import no.lis.tender.shared.application.ParallelWork;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import no.lis.tender.evaluation.domain.EvaluatedOffer;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.evaluation.domain.LotStatus;
import no.lis.tender.evaluation.domain.PricePerUnit;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.CriterionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Storing a ranking on Derby, with the evaluation's change log: rows replaced lot by lot, nothing left over. */
class RankingRowsTest {

    private static final ParallelWork PARALLEL = ParallelWork.on(Runnable::run);

    private static final String URL = "jdbc:derby:memory:ranking-rows";

    private Connection connection;

    @BeforeEach
    void schema() throws Exception {
        connection = DriverManager.getConnection(URL + ";create=true");
        new Liquibase("db/changelog/evaluation.sql", new ClassLoaderResourceAccessor(),
                DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)))
                .update(new Contexts(), new LabelExpression());
        connection.setAutoCommit(true);
    }

    @AfterEach
    void drop() throws SQLException {
        connection.close();
        try {
            DriverManager.getConnection(URL + ";drop=true").close();
        } catch (SQLException dropped) {
            // Derby answers a successful drop with an exception (SQLState 08006)
        }
    }

    private static LotOutcome ranked(int lot, String total) {
        EvaluatedOffer offer = new EvaluatedOffer(1, 100 + lot, 7, "Sandoz AS", Instant.parse("2026-03-01T10:00:00Z"),
                "183264", new BigDecimal("7650.00"), new BigDecimal("27.5862"),
                PricePerUnit.normalise(new BigDecimal("7650.00"), new BigDecimal("27.5862"), ComparisonBasis.PER_DDD, null),
                new BigDecimal("100.0000"), Map.of(CriterionType.PRICE, new BigDecimal(total)), new BigDecimal(total), null);
        return new LotOutcome(lot, LotStatus.RANKED, new BigDecimal("300.0000"), List.of(offer), List.of());
    }

    private Map<Integer, String> stored(long tenderId) throws SQLException {
        Map<Integer, String> rows = new LinkedHashMap<>();
        try (ResultSet result = connection.createStatement().executeQuery(
                "SELECT LOT_NUMBER, STATUS, OFFERS FROM EVA_LOT_OUTCOME WHERE TENDER_ID = " + tenderId
                        + " ORDER BY LOT_NUMBER")) {
            while (result.next()) {
                rows.put(result.getInt(1), result.getString(2) + " " + RankedOffersJson.read(result.getString(3)).stream()
                        .map(o -> o.total().toPlainString()).toList());
            }
        }
        return rows;
    }

    @Test
    void rankingAgainUpdatesTheLotsStillThereAddsNewOnesAndDropsTheRest() throws SQLException {
        RankingRows.replace(connection, 1L, List.of(ranked(1, "90.0000"), ranked(2, "80.0000"), ranked(3, "70.0000")), PARALLEL);
        RankingRows.replace(connection, 2L, List.of(ranked(1, "50.0000")), PARALLEL);

        RankingRows.replace(connection, 1L, List.of(ranked(1, "91.0000"),
                new LotOutcome(2, LotStatus.AWAITING_CONSENSUS, null, List.of(), List.of("Sandoz AS")), ranked(4, "60.0000")), PARALLEL);

        assertThat(stored(1L)).containsExactly(Map.entry(1, "RANKED [91.0000]"), Map.entry(2, "AWAITING_CONSENSUS []"),
                Map.entry(4, "RANKED [60.0000]"));
        assertThat(stored(2L)).as("another tender's ranking is left alone").containsExactly(Map.entry(1, "RANKED [50.0000]"));
    }
}
