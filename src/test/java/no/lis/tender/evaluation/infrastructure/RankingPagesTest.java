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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Storing a ranking on Derby, with the evaluation's change logs: pages of lots replaced whole, read back a slice at a time. */
class RankingPagesTest {

    private static final ParallelWork PARALLEL = ParallelWork.on(Runnable::run);

    private static final String URL = "jdbc:derby:memory:ranking-pages";

    private Connection connection;

    @BeforeEach
    void schema() throws Exception {
        connection = DriverManager.getConnection(URL + ";create=true");
        for (String changelog : List.of("db/changelog/evaluation.sql", "db/changelog/ranking-pages.sql")) {
            Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(),
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)));
            liquibase.setChangeLogParameter("blob.type", "BLOB");
            liquibase.update(new Contexts(), new LabelExpression());
        }
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

    /** Each stored page of the tender: its lot range and its lots as "number status [totals]". */
    private Map<String, List<String>> stored(long tenderId) throws SQLException {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        try (ResultSet result = connection.createStatement().executeQuery(
                "SELECT PAGE_NUMBER, FIRST_LOT, LAST_LOT, LOT_COUNT, CONTENT FROM EVA_RANKING_PAGE WHERE TENDER_ID = "
                        + tenderId + " ORDER BY PAGE_NUMBER")) {
            while (result.next()) {
                List<String> lots = RankingPages.rows(result.getBytes(5)).stream().map(LotOutcomeRow::toOutcome)
                        .map(RankingPagesTest::shown).toList();
                assertThat(lots).as("lots on page " + result.getInt(1)).hasSize(result.getInt(4));
                pages.put(result.getInt(1) + ": " + result.getInt(2) + "-" + result.getInt(3), lots);
            }
        }
        return pages;
    }

    private static String shown(LotOutcome lot) {
        return lot.lotNumber() + " " + lot.status() + " " + lot.offers().stream().map(o -> o.total().toPlainString()).toList()
                + (lot.waitingFor().isEmpty() ? "" : " waiting for " + lot.waitingFor());
    }

    @Test
    void rankingAgainReplacesTheTendersPagesAndLeavesAnotherTendersRankingAlone() throws SQLException {
        RankingPages.replace(connection, 1L, List.of(ranked(1, "90.0000"), ranked(2, "80.0000"), ranked(3, "70.0000")), PARALLEL);
        RankingPages.replace(connection, 2L, List.of(ranked(1, "50.0000")), PARALLEL);

        RankingPages.replace(connection, 1L, List.of(ranked(4, "60.0000"), ranked(1, "91.0000"),
                new LotOutcome(2, LotStatus.AWAITING_CONSENSUS, null, List.of(), List.of("Sandoz AS", "Teva AS"))), PARALLEL);

        assertThat(stored(1L)).containsExactly(Map.entry("0: 1-4", List.of("1 RANKED [91.0000]",
                "2 AWAITING_CONSENSUS [] waiting for [Sandoz AS, Teva AS]", "4 RANKED [60.0000]")));
        assertThat(stored(2L)).as("another tender's ranking is left alone")
                .containsExactly(Map.entry("0: 1-1", List.of("1 RANKED [50.0000]")));
    }

    @Test
    void aLargeRankingIsStoredAsPagesOfFiftyLotsAndReadBackASliceAcrossTwoPages() throws SQLException {
        List<LotOutcome> lots = new ArrayList<>(IntStream.rangeClosed(1, 120).mapToObj(lot -> ranked(lot, lot + ".0000")).toList());
        Collections.shuffle(lots, new java.util.Random(14));

        RankingPages.replace(connection, 3L, lots, PARALLEL);

        Map<String, List<String>> pages = stored(3L);
        assertThat(pages.keySet()).containsExactly("0: 1-50", "1: 51-100", "2: 101-120");
        byte[] second = firstContent("SELECT CONTENT FROM EVA_RANKING_PAGE WHERE TENDER_ID = 3 AND PAGE_NUMBER = 1");
        assertThat(RankingPages.between(1, second, 45, 64).stream().map(LotOutcome::lotNumber))
                .as("positions 45 to 64 of the ranking: the part on the second page").containsExactlyElementsOf(
                        IntStream.rangeClosed(51, 65).boxed().toList());
        assertThat(RankingPages.between(1, second, 45, 64).get(0).maximumPrice()).isEqualByComparingTo("300");
    }

    @Test
    void theRankingsStoredOneRowPerLotBeforeAreMovedIntoPagesUnchangedTenderByTender() throws Exception {
        List<LotOutcome> first = IntStream.rangeClosed(1, 60).mapToObj(lot -> ranked(lot, lot + ".0000")).toList();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO EVA_LOT_OUTCOME (TENDER_ID, LOT_NUMBER,"
                + " STATUS, MAXIMUM_PRICE, WAITING_FOR, OFFERS) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (LotOutcome lot : first) {
                insertOld(insert, 5L, lot.lotNumber(), "RANKED", lot.maximumPrice(), null,
                        RankedOffersJson.write(lot.lotNumber(), lot.offers()));
            }
            insertOld(insert, 6L, 2, "AWAITING_CONSENSUS", null, "Sandoz AS\nTeva AS", null);
            insert.executeBatch();
        }

        RankingPagesFromLotRows move = new RankingPagesFromLotRows();
        move.execute(DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)));
        connection.setAutoCommit(true);

        RankingPages.replace(connection, 7L, first, PARALLEL);
        assertThat(stored(5L)).as("as a ranking stored now").isEqualTo(stored(7L)).containsOnlyKeys("0: 1-50", "1: 51-60");
        assertThat(stored(6L)).containsExactly(Map.entry("0: 2-2",
                List.of("2 AWAITING_CONSENSUS [] waiting for [Sandoz AS, Teva AS]")));
        assertThat(move.getConfirmationMessage()).contains("2 tenders");
    }

    private static void insertOld(PreparedStatement insert, long tender, int lot, String status, BigDecimal maximumPrice,
                                  String waitingFor, String offers) throws SQLException {
        insert.setLong(1, tender);
        insert.setInt(2, lot);
        insert.setString(3, status);
        insert.setBigDecimal(4, maximumPrice);
        insert.setString(5, waitingFor);
        insert.setString(6, offers);
        insert.addBatch();
    }

    private byte[] firstContent(String query) throws SQLException {
        try (ResultSet result = connection.createStatement().executeQuery(query)) {
            assertThat(result.next()).isTrue();
            return result.getBytes(1);
        }
    }
}
