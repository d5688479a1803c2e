package no.lis.tender.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Sheet;
import no.lis.tender.shared.domain.SheetRow;
import no.lis.tender.shared.domain.Spreadsheets;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * XLSX with Apache POI. Written as a stream ({@link SXSSFWorkbook}: only a window of rows in memory,
 * so a log of many thousand lines costs little); read from the bytes that the upload limit already
 * bounded, with POI's guard against zip bombs, and refused past a number of rows before any row is
 * turned into text.
 */
@ApplicationScoped
public class PoiSpreadsheets implements Spreadsheets {

    private static final int ROWS_IN_MEMORY = 200;
    /** No part of an accepted upload unpacks to more than this (the upload itself is a few MB). */
    private static final long MAX_UNPACKED_PART = 200L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_PART);
    }

    @Override
    public byte[] write(List<Sheet> sheets) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            for (Sheet sheet : sheets) {
                write(workbook, sheet, styles);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("a spreadsheet could not be written", e);
        }
    }

    private static void write(SXSSFWorkbook workbook, Sheet sheet, Styles styles) {
        SXSSFSheet target = workbook.createSheet(sheet.name());
        List<Sheet.Column> columns = sheet.columns();
        Row header = target.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header);
            target.setColumnWidth(c, Math.min(255, Math.max(8, columns.get(c).width())) * 256);
        }
        target.createFreezePane(0, 1);
        int r = 1;
        for (List<Object> values : sheet.rows()) {
            Row row = target.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                Object value = c < values.size() ? values.get(c) : null;
                Cell cell = row.createCell(c);
                Sheet.Column column = columns.get(c);
                cell.setCellStyle(styles.of(column, value));
                if (value instanceof Number number) {
                    cell.setCellValue(number instanceof BigDecimal decimal ? decimal.doubleValue() : number.doubleValue());
                } else if (value != null) {
                    cell.setCellValue(value.toString());
                }
            }
        }
        if (sheet.locked()) {
            int lastRow = Math.max(1, sheet.rows().size());
            for (int c = 0; c < columns.size(); c++) {
                validate(target, columns.get(c), c, lastRow);
            }
            // no password: the lock keeps honest mistakes out; what matters is checked again on upload
            target.protectSheet("");
        }
    }

    private static void validate(SXSSFSheet sheet, Sheet.Column column, int index, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = switch (column.rule()) {
            case NONE -> null;
            case DECIMAL_AT_LEAST_ZERO -> helper.createDecimalConstraint(
                    DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
            case SIX_CHARACTERS -> helper.createTextLengthConstraint(
                    DataValidationConstraint.OperatorType.EQUAL, "6", null);
        };
        if (constraint == null) {
            return;
        }
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(1, lastRow, index, index));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    @Override
    public List<SheetRow> read(byte[] xlsx, String field, int maxRows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw unreadable(field);
            }
            XSSFSheet sheet = workbook.getSheetAt(0);
            if (sheet.getPhysicalNumberOfRows() > maxRows) {
                throw new DomainException(field, "spreadsheet.tooManyRows", maxRows);
            }
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c)));
                }
                SheetRow read = new SheetRow(row.getRowNum() + 1, cells);
                if (!read.isBlank()) {
                    rows.add(read);
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException domain) {
                throw domain;
            }
            // not a zip, not OOXML, a zip bomb, a broken part: all the same to the one who uploaded it
            throw unreadable(field);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            // a date as ISO text (2026-03-01): a spreadsheet program turns "2026-03" typed into a date
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString() : plain(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue()).toUpperCase(java.util.Locale.ROOT);
            case FORMULA -> "=" + cell.getCellFormula();
            default -> "";
        };
    }

    /** A number as typed: 1234.5, not 1234.5000000001 nor 1.2345E3. */
    private static String plain(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return (decimal.scale() < 0 ? decimal.setScale(0) : decimal).toPlainString();
    }

    private static DomainException unreadable(String field) {
        return new DomainException(field, "spreadsheet.unreadable");
    }

    /** The few cell styles a workbook needs, made once (a workbook holds at most 64 000). */
    private static final class Styles {

        private final CellStyle header;
        private final CellStyle lockedText;
        private final CellStyle lockedNumber;
        private final CellStyle inputText;
        private final CellStyle inputNumber;

        Styles(Workbook workbook) {
            DataFormat format = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            lockedText = workbook.createCellStyle();
            lockedText.setDataFormat(format.getFormat("@"));
            lockedNumber = workbook.createCellStyle();
            lockedNumber.setDataFormat(format.getFormat("#,##0.##"));
            inputText = workbook.createCellStyle();
            inputText.setDataFormat(format.getFormat("@"));
            inputText.setLocked(false);
            inputNumber = workbook.createCellStyle();
            inputNumber.setDataFormat(format.getFormat("0.00"));
            inputNumber.setLocked(false);
        }

        CellStyle of(Sheet.Column column, Object value) {
            boolean number = column.rule() == Sheet.Rule.DECIMAL_AT_LEAST_ZERO || value instanceof Number;
            if (column.input()) {
                return number ? inputNumber : inputText;
            }
            return number ? lockedNumber : lockedText;
        }
    }
}
