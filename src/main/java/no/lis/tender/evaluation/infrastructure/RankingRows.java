package no.lis.tender.evaluation.infrastructure;

import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.shared.application.ParallelWork;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a ranking's rows as JDBC batches, one row per lot, the columns {@link LotOutcomeRow} maps
 * and reads back, with the same values. A lot already stored for the tender is updated in place, a
 * new one inserted, and one the tender no longer has deleted: ranking again writes each row once.
 */
final class RankingRows {

    private static final int BATCH = 500;

    private static final String STORED = "SELECT LOT_NUMBER FROM EVA_LOT_OUTCOME WHERE TENDER_ID = ?";
    private static final String INSERT = "INSERT INTO EVA_LOT_OUTCOME (STATUS, MAXIMUM_PRICE, WAITING_FOR, OFFERS,"
            + " TENDER_ID, LOT_NUMBER) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE EVA_LOT_OUTCOME SET STATUS = ?, MAXIMUM_PRICE = ?, WAITING_FOR = ?,"
            + " OFFERS = ? WHERE TENDER_ID = ? AND LOT_NUMBER = ?";
    private static final String DELETE = "DELETE FROM EVA_LOT_OUTCOME WHERE TENDER_ID = ? AND LOT_NUMBER = ?";

    private RankingRows() {
    }

    static void replace(Connection connection, Long tenderId, List<LotOutcome> outcomes, ParallelWork parallel)
            throws SQLException {
        Set<Integer> stored = stored(connection, tenderId);
        try (PreparedStatement insert = connection.prepareStatement(INSERT);
             PreparedStatement update = connection.prepareStatement(UPDATE)) {
            int inserts = 0;
            int updates = 0;
            // the rows' JSON is made on the managed executor; the statements are sent in order
            List<LotOutcomeRow> rows = parallel.map(outcomes, outcome -> new LotOutcomeRow(tenderId, outcome));
            for (int i = 0; i < outcomes.size(); i++) {
                LotOutcome outcome = outcomes.get(i);
                boolean present = stored.remove(outcome.lotNumber());
                PreparedStatement statement = present ? update : insert;
                bind(statement, tenderId, outcome, rows.get(i));
                statement.addBatch();
                if (present && ++updates % BATCH == 0 || !present && ++inserts % BATCH == 0) {
                    statement.executeBatch();
                }
            }
            insert.executeBatch();
            update.executeBatch();
        }
        if (!stored.isEmpty()) {
            try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
                for (int lotNumber : stored) {
                    delete.setLong(1, tenderId);
                    delete.setInt(2, lotNumber);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        }
    }

    private static Set<Integer> stored(Connection connection, Long tenderId) throws SQLException {
        Set<Integer> lots = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(STORED)) {
            select.setLong(1, tenderId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lots.add(rows.getInt(1));
                }
            }
        }
        return lots;
    }

    private static void bind(PreparedStatement statement, Long tenderId, LotOutcome outcome, LotOutcomeRow row)
            throws SQLException {
        statement.setString(1, outcome.status().name());
        if (outcome.maximumPrice() == null) {
            statement.setNull(2, Types.DECIMAL);
        } else {
            statement.setBigDecimal(2, outcome.maximumPrice());
        }
        text(statement, 3, row.waitingFor());
        text(statement, 4, row.offers());
        statement.setLong(5, tenderId);
        statement.setInt(6, outcome.lotNumber());
    }

    private static void text(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
