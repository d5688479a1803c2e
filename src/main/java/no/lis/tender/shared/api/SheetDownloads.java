package no.lis.tender.shared.api;

import jakarta.ws.rs.core.Response;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.shared.domain.Sheet;
import no.lis.tender.shared.domain.Spreadsheets;

import java.util.List;
import java.util.Locale;

/**
 * The buyer's exports as XLSX files: columns headed in the caller's language, and the answer saved
 * under its own name and kept by no cache (an export may hold prices).
 */
public final class SheetDownloads {

    private SheetDownloads() {
    }

    /** A column read, not typed into, headed by the bundle text {@code key} in {@code locale}. */
    public static Sheet.Column column(Locale locale, String key, int width) {
        return Sheet.Column.shown(Messages.format(locale, key), width);
    }

    /** The workbook of {@code sheets} to save as {@code fileName}. */
    public static Response attachment(Spreadsheets spreadsheets, String fileName, List<Sheet> sheets) {
        return Pdfs.attachment(spreadsheets.write(sheets), Spreadsheets.XLSX, fileName);
    }

    /** The bundle text {@code prefix + value}, e.g. {@code LotStatus.RANKED}; "" for no value. */
    public static String label(Locale locale, String prefix, Enum<?> value) {
        return value == null ? "" : Messages.format(locale, prefix + value.name());
    }

    /** A sheet's name as spreadsheet programs allow it: at most 31 characters, none of []:*?/\. */
    public static String sheetName(String name) {
        String allowed = name.replaceAll("[\\[\\]:*?/\\\\]", "-");
        return allowed.length() <= 31 ? allowed : allowed.substring(0, 31);
    }
}
