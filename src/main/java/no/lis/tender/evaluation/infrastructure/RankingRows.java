package no.lis.tender.evaluation.infrastructure;

import no.lis.tender.evaluation.domain.EvaluatedOffer;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.tendering.domain.CriterionType;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

/**
 * Writes a ranking's rows as JDBC batches, the lots before their offers (the offers' rows refer to
 * their lot's row). The columns are those {@link LotOutcomeRow} and {@link EvaluatedOfferRow} map,
 * which read them back; the rows hold the same values either way.
 */
final class RankingRows {

    private static final int BATCH = 1_000;

    private static final String INSERT_LOT = "INSERT INTO EVA_LOT_OUTCOME (TENDER_ID, LOT_NUMBER, STATUS,"
            + " MAXIMUM_PRICE, WAITING_FOR) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_OFFER = "INSERT INTO EVA_EVALUATED_OFFER (TENDER_ID, LOT_NUMBER, OFFER_ID,"
            + " RANK_NUMBER, SUPPLIER_ID, SUPPLIER_NAME, RECEIVED_AT, VARENUMMER, PACK_PRICE, DDDS_PER_PACK, BASIS,"
            + " PRICE_AMOUNT, PRICE_COMPUTATION, PRICE_POINTS, PART_PRICE, PART_QUALITY, PART_ENVIRONMENT,"
            + " PART_SUPPLY_SECURITY, TOTAL, SAVINGS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

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
                decimal(lots, 4, outcome.maximumPrice());
                text(lots, 5, row.waitingFor());
                lots.addBatch();
                pending = flushEvery(lots, pending);
            }
            lots.executeBatch();
        }
        try (PreparedStatement offers = connection.prepareStatement(INSERT_OFFER)) {
            int pending = 0;
            for (LotOutcome outcome : outcomes) {
                for (EvaluatedOffer offer : outcome.offers()) {
                    offers.setLong(1, tenderId);
                    offers.setInt(2, outcome.lotNumber());
                    offers.setLong(3, offer.offerId());
                    offers.setInt(4, offer.rank());
                    offers.setLong(5, offer.supplierId());
                    offers.setString(6, offer.supplierName());
                    offers.setTimestamp(7, Timestamp.from(offer.receivedAt()));
                    offers.setString(8, offer.varenummer());
                    offers.setBigDecimal(9, offer.packPrice());
                    offers.setBigDecimal(10, offer.dddsPerPack());
                    offers.setString(11, offer.price().basis().name());
                    offers.setBigDecimal(12, offer.price().amount());
                    offers.setString(13, offer.price().computation());
                    offers.setBigDecimal(14, offer.pricePoints());
                    decimal(offers, 15, offer.byCriterion().get(CriterionType.PRICE));
                    decimal(offers, 16, offer.byCriterion().get(CriterionType.QUALITY));
                    decimal(offers, 17, offer.byCriterion().get(CriterionType.ENVIRONMENT));
                    decimal(offers, 18, offer.byCriterion().get(CriterionType.SUPPLY_SECURITY));
                    offers.setBigDecimal(19, offer.total());
                    decimal(offers, 20, offer.savings());
                    offers.addBatch();
                    pending = flushEvery(offers, pending);
                }
            }
            offers.executeBatch();
        }
    }

    private static int flushEvery(PreparedStatement statement, int pending) throws SQLException {
        if (pending + 1 < BATCH) {
            return pending + 1;
        }
        statement.executeBatch();
        return 0;
    }

    private static void decimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DECIMAL);
        } else {
            statement.setBigDecimal(index, value);
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
