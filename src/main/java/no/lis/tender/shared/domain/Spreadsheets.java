package no.lis.tender.shared.domain;

import java.util.List;

/**
 * Spreadsheets (XLSX) written and read, behind the library that does it
 * ({@code shared.infrastructure.PoiSpreadsheets}, Apache POI).
 */
public interface Spreadsheets {

    /** The media type of an XLSX file. */
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A workbook with these sheets, in order. */
    byte[] write(List<Sheet> sheets);

    /**
     * The rows of the first sheet of {@code xlsx}, the empty ones left out, the header row included;
     * {@code spreadsheet.unreadable} under {@code field} if it is no XLSX file, and
     * {@code spreadsheet.tooManyRows} if it has more than {@code maxRows} rows.
     */
    List<SheetRow> read(byte[] xlsx, String field, int maxRows);
}
