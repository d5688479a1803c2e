package no.lis.tender.evaluation.infrastructure;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Change set {@code lis:ranking-pages-2}: moves every ranking stored one row per lot
 * ({@code EVA_LOT_OUTCOME}) into pages ({@code EVA_RANKING_PAGE}), unchanged, before that table goes.
 * A tender already evaluated or awarded keeps its ranking, its report and its award page; nobody
 * has to compute it again. Runs once, in the change set's transaction.
 */
public class RankingPagesFromLotRows implements CustomTaskChange {

    private static final String ROWS = "SELECT TENDER_ID, LOT_NUMBER, STATUS, MAXIMUM_PRICE, WAITING_FOR, OFFERS"
            + " FROM EVA_LOT_OUTCOME ORDER BY TENDER_ID, LOT_NUMBER";

    private int moved;

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try (PreparedStatement query = connection.prepareStatement(ROWS); ResultSet rows = query.executeQuery()) {
            Long tenderId = null;
            List<LotOutcomeRow> lots = new ArrayList<>();
            while (rows.next()) {
                long tender = rows.getLong(1);
                if (tenderId != null && tenderId != tender) {
                    store(connection, tenderId, lots);
                }
                tenderId = tender;
                lots.add(LotOutcomeRow.stored(rows.getInt(2), rows.getString(3), rows.getBigDecimal(4),
                        rows.getString(5), rows.getString(6)));
            }
            if (tenderId != null) {
                store(connection, tenderId, lots);
            }
        } catch (SQLException e) {
            throw new CustomChangeException("the stored rankings could not be moved into pages", e);
        }
    }

    private void store(Connection connection, Long tenderId, List<LotOutcomeRow> lots) throws SQLException {
        RankingPages.store(connection, tenderId, List.copyOf(lots));
        moved++;
        lots.clear();
    }

    @Override
    public String getConfirmationMessage() {
        return "The rankings of " + moved + " tenders moved into pages";
    }

    @Override
    public void setUp() {
        // nothing to set up
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // reads no file
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
