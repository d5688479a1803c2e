package no.lis.tender.evaluation.infrastructure;

import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.shared.application.ParallelWork;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A ranking stored as pages of {@value #LOTS_PER_PAGE} lots in lot number order, each page one
 * compressed row ({@link RankingPage}). A ranking is always replaced whole and read a page of lots
 * at a time (the evaluation page shows 20), never queried lot by lot inside the database: a
 * generic tender of 2 000 lots is 40 rows of about 20 KB instead of 2 000 rows of 3 KB of JSON,
 * which is what made storing cost half of a ranking. Replacing deletes the tender's pages and
 * inserts the new ones in one JDBC batch on the transaction's connection.
 */
final class RankingPages {

    /** Lots per page: two pages of the evaluation page's table, and 40 rows for a 2 000-lot tender. */
    static final int LOTS_PER_PAGE = 50;

    private static final String DELETE = "DELETE FROM EVA_RANKING_PAGE WHERE TENDER_ID = ?";
    private static final String INSERT = "INSERT INTO EVA_RANKING_PAGE (TENDER_ID, PAGE_NUMBER, FIRST_LOT, LAST_LOT,"
            + " LOT_COUNT, CONTENT) VALUES (?, ?, ?, ?, ?, ?)";

    private RankingPages() {
    }

    static void replace(Connection connection, Long tenderId, List<LotOutcome> outcomes, ParallelWork parallel)
            throws SQLException {
        List<LotOutcome> inOrder = outcomes.stream().sorted(Comparator.comparingInt(LotOutcome::lotNumber)).toList();
        // the pages' JSON is made and compressed on the managed executor; the statements are sent in order
        List<List<LotOutcomeRow>> pages = parallel.map(pages(inOrder),
                page -> page.stream().map(LotOutcomeRow::new).toList());
        write(connection, tenderId, pages, parallel.map(pages, RankingPages::packed));
    }

    /**
     * Stores {@code rows}, the lots of one tender's ranking in lot number order as they were stored
     * before, as its pages (in this thread). The move of the rows of {@code EVA_LOT_OUTCOME} uses it.
     */
    static void store(Connection connection, Long tenderId, List<LotOutcomeRow> rows) throws SQLException {
        List<List<LotOutcomeRow>> pages = pages(rows);
        write(connection, tenderId, pages, pages.stream().map(RankingPages::packed).toList());
    }

    private static <T> List<List<T>> pages(List<T> inOrder) {
        List<List<T>> pages = new ArrayList<>();
        for (int from = 0; from < inOrder.size(); from += LOTS_PER_PAGE) {
            pages.add(inOrder.subList(from, Math.min(inOrder.size(), from + LOTS_PER_PAGE)));
        }
        return pages;
    }

    private static void write(Connection connection, Long tenderId, List<List<LotOutcomeRow>> pages,
                              List<byte[]> contents) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
            delete.setLong(1, tenderId);
            delete.executeUpdate();
        }
        if (pages.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int i = 0; i < pages.size(); i++) {
                List<LotOutcomeRow> page = pages.get(i);
                insert.setLong(1, tenderId);
                insert.setInt(2, i);
                insert.setInt(3, page.get(0).lotNumber());
                insert.setInt(4, page.get(page.size() - 1).lotNumber());
                insert.setInt(5, page.size());
                insert.setBytes(6, contents.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The lots of a page, compressed (fastest level: the JSON repeats its keys, and shrinks to about a sixth). */
    static byte[] content(List<LotOutcome> page) {
        return packed(page.stream().map(LotOutcomeRow::new).toList());
    }

    private static byte[] packed(List<LotOutcomeRow> page) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater, 8 * 1024))) {
            out.writeInt(page.size());
            for (LotOutcomeRow row : page) {
                row.writeTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    /**
     * The lots of a stored page in lot number order, as stored: their offers' JSON is turned into
     * offers ({@link LotOutcomeRow#toOutcome}) only for the lots the reader asks for.
     */
    static List<LotOutcomeRow> rows(byte[] content) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(content)))) {
            int count = in.readInt();
            List<LotOutcomeRow> rows = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                rows.add(LotOutcomeRow.readFrom(in));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("a stored ranking page cannot be read", e);
        }
    }

    /**
     * The lots of stored page {@code pageNumber} at positions {@code first} to {@code last} of the whole
     * ranking (0-based, inclusive), as outcomes.
     */
    static List<LotOutcome> between(int pageNumber, byte[] content, long first, long last) {
        List<LotOutcomeRow> rows = rows(content);
        long start = (long) pageNumber * LOTS_PER_PAGE;
        int from = (int) Math.min(rows.size(), Math.max(0, first - start));
        int to = (int) Math.max(from, Math.min(rows.size(), last - start + 1));
        return rows.subList(from, to).stream().map(LotOutcomeRow::toOutcome).toList();
    }
}
