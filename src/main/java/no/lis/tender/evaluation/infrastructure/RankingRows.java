package no.lis.tender.evaluation.infrastructure;

import no.lis.tender.evaluation.domain.LotOutcome;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Writes a ranking's rows as JDBC batches: one row per lot, the columns {@link LotOutcomeRow} maps
 * and reads back, with the same values.
 */
final class RankingRows {

    private static final int BATCH = 500;

    private static final String INSERT_LOT = "INSERT INTO EVA_LOT_OUTCOME (TENDER_ID, LOT_NUMBER, STATUS,"
            + " MAXIMUM_PRICE, WAITING_FOR, OFFERS) VALUES (?, ?, ?, ?, ?, ?)";

    private RankingRows() {
    }

    static void insert(Connection connection, Long tenderId, List<LotOutcome> outcomes) throws SQLException {
        try (PreparedStatement lots = connection.prepareStatement(INSERT_LOT)) {
            int pending = 0;
            for (LotOutcome outcome : outcomes) {
                LotOutcomeRow row = new LotOutcomeRow(tenderId, outcome);
                lots.setLong(1, tenderId);
                lots.setInt(2, outcome.lotNumber());
                lots.setString(3, outcome.status().name());
                if (outcome.maximumPrice() == null) {
                    lots.setNull(4, Types.DECIMAL);
                } else {
                    lots.setBigDecimal(4, outcome.maximumPrice());
                }
                text(lots, 5, row.waitingFor());
                text(lots, 6, row.offers());
                lots.addBatch();
                if (++pending == BATCH) {
                    lots.executeBatch();
                    pending = 0;
                }
            }
            lots.executeBatch();
        }
    }

    private static void text(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
