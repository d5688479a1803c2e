package no.lis.tender.agreements.adherence.domain;

import no.lis.tender.catalogue.domain.HospitalTrust;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.SheetRow;
import no.lis.tender.shared.domain.SpreadsheetCells;
import no.lis.tender.shared.domain.Validation;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a consumption file strictly: all of it, or nothing.
 *
 * <p>The format: text in UTF-8 (a byte-order mark is allowed) or Windows-1252. The first line is the header,
 * exactly {@code helseforetak;varenummer;maaned;pakninger} (any case, surrounding spaces allowed),
 * or the same with commas; the header's separator is then the separator of every line. Then one
 * line per hospital trust, drug and month:
 * <ul>
 * <li>{@code helseforetak}: the hospital trust's name, 1 to {@value #TRUST_LENGTH} characters, one of
 *     the known trusts ({@link HospitalTrust}), stored as that list writes it;</li>
 * <li>{@code varenummer}: six digits;</li>
 * <li>{@code maaned}: the month as {@code YYYY-MM}, e.g. {@code 2026-03};</li>
 * <li>{@code pakninger}: packs used, a whole or decimal number of zero or more, at most three
 *     decimals, below one billion; with {@code ;} as separator the decimal mark may be a comma or a
 *     point, with {@code ,} it must be a point. No thousands separators.</li>
 * </ul>
 * Two columns may follow, in this order, either or both (issue 16 item 5): {@code avdeling}, the
 * department, and {@code indikasjon}, the indication, each at most {@value #DEPARTMENT_LENGTH}
 * characters and may be empty on a line (the trust as a whole). The same trust, drug and month may
 * then appear once per department and indication.
 * A field may be wrapped in double quotes, as spreadsheets write it; inside quotes the separator is
 * part of the field and {@code ""} is a quote (RFC 4180, read by Apache Commons CSV). A quote left
 * open is refused on its line. Empty lines are skipped. The text is UTF-8 or, failing that,
 * Windows-1252. The same trust, drug and month may appear only once. At most
 * {@value #MAX_LINES} lines of data.
 *
 * <p>Cells that a spreadsheet would run are refused, naming the line and the column: a cell that
 * starts with {@code =}, {@code +}, {@code -} or {@code @} (formula injection, e.g.
 * {@code =cmd|' /C calc'!A0}), unless it is a number, which its column's rule judges (so {@code -3}
 * packs is refused as a negative number of packs, not as a formula); and any control character
 * (NUL, tab inside a cell, ...) or bidirectional override ({@link Validation#unsafeCharacter}).
 * The varenumre are checked against the catalogue after reading, in one look-up
 * ({@link Accepted#requireKnownProducts}).
 *
 * <p>Every error of every line is collected with its line number (the header is line 1); if there is
 * any, the whole file is refused.
 */
public final class ConsumptionCsv {

    public static final int MAX_LINES = 100_000;
    public static final int TRUST_LENGTH = 200;
    public static final int DEPARTMENT_LENGTH = 200;
    static final String HEADER = "helseforetak;varenummer;maaned;pakninger";
    private static final String[] COLUMNS = HEADER.split(";");
    private static final String DEPARTMENT = "avdeling";
    private static final String INDICATION = "indikasjon";
    /** The optional columns, in the order they may follow the four. */
    private static final List<String> OPTIONAL = List.of(DEPARTMENT, INDICATION);
    private static final String HEADER_SHOWN = HEADER + "[;" + DEPARTMENT + "][;" + INDICATION + "]";
    private static final int PACKS_SCALE = 3;
    private static final BigDecimal PACKS_LIMIT = BigDecimal.TEN.pow(9);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");
    private static final Pattern MONTH_FORMAT = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+([.,][0-9]+)?");
    /** A month as a spreadsheet program turns 2026-03 into a date: the first of the month. */
    private static final Pattern FIRST_OF_MONTH = Pattern.compile("^([0-9]{4}-[0-9]{2})-01$");

    /** The outcome: the lines read, or the errors that refuse the file. */
    public sealed interface Result permits Accepted, Refused {
    }

    /** Every line was good: the consumption in file order, with the line number of each. */
    public record Accepted(List<Consumption> lines, List<Integer> lineNumbers) implements Result {

        public Accepted {
            lines = List.copyOf(lines);
            lineNumbers = List.copyOf(lineNumbers);
        }

        /** The varenumre the file names, each once, to look up in the catalogue. */
        public Set<Varenummer> varenumre() {
            Set<Varenummer> all = new LinkedHashSet<>();
            lines.forEach(line -> all.add(line.varenummer()));
            return all;
        }

        /** This file, or refused with every line whose varenummer is not in {@code known} (the catalogue's). */
        public Result requireKnownProducts(Set<Varenummer> known) {
            List<LineError> errors = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Varenummer varenummer = lines.get(i).varenummer();
                if (!known.contains(varenummer)) {
                    errors.add(LineError.at(lineNumbers.get(i), COLUMNS[1], "consumption.csv.varenummer.unknown",
                            varenummer.value()));
                }
            }
            return errors.isEmpty() ? this : new Refused(errors);
        }
    }

    /** The file is refused for these errors, by line. */
    public record Refused(List<LineError> errors) implements Result {

        public Refused {
            errors = List.copyOf(errors);
        }

        /** The errors as one exception, a violation per error. */
        public DomainException toException() {
            return new DomainException(errors.stream().map(LineError::toViolation).toList());
        }
    }

    private ConsumptionCsv() {
    }

    /**
     * Reads {@code content}: UTF-8 (with or without a byte-order mark), or else Windows-1252, the
     * encoding of a spreadsheet saved as CSV on a Norwegian Windows; {@code consumption.csv.encoding}
     * if it is neither.
     */
    public static Result parse(byte[] content) {
        for (Charset charset : List.of(StandardCharsets.UTF_8, WINDOWS_1252)) {
            try {
                return parse(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString());
            } catch (CharacterCodingException e) {
                // try the next encoding
            }
        }
        return refused(LineError.at(0, null, "consumption.csv.encoding"));
    }

    /** Reads {@code content}. */
    public static Result parse(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (text.isBlank()) {
            return refused(LineError.at(0, null, "consumption.csv.empty"));
        }
        LineStarts lineStarts = new LineStarts(text);
        if (lineStarts.nonBlankLines() - 1 > MAX_LINES) {
            return refused(LineError.at(0, null, "consumption.csv.tooManyLines", MAX_LINES));
        }
        String separator = separatorOf(lineStarts.firstLine());
        if (separator == null) {
            return refused(LineError.at(1, null, "consumption.csv.header", HEADER_SHOWN));
        }
        List<String> columns = columnsOf(java.util.Arrays.stream(lineStarts.firstLine().split(Pattern.quote(separator), -1))
                .map(ConsumptionCsv::unquote).toList());
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator.charAt(0)).setQuote('"')
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        Lines read = new Lines(separator, columns);
        int dataLines = 0;
        int lastLine = 1;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            records.next();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    read.errors.add(LineError.at(lineStarts.nonBlankAfter(lastLine), null, "consumption.csv.quote"));
                    break;
                }
                int lineNumber = lineStarts.lineAt(record.getCharacterPosition());
                lastLine = lineNumber;
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                dataLines++;
                read.add(lineNumber, record.size(), record.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read.result(dataLines);
    }

    /**
     * Reads the rows of a spreadsheet (XLSX: its first sheet, the empty rows left out, each numbered as the
     * program shows it) by the same rules as a file of text, with its row numbers as line numbers: the first
     * row holds the four column names, and every cell meets the rules above. A month that the spreadsheet
     * program turned into a date on the first of that month ({@code 2026-03-01}) is that month; a number
     * in the packs column may have a decimal point.
     */
    public static Result parseRows(List<SheetRow> rows) {
        if (rows.isEmpty()) {
            return refused(LineError.at(0, null, "consumption.csv.empty"));
        }
        if (rows.size() - 1 > MAX_LINES) {
            return refused(LineError.at(0, null, "consumption.csv.tooManyLines", MAX_LINES));
        }
        SheetRow header = rows.get(0);
        List<String> names = new ArrayList<>(header.cells().stream().map(String::strip).toList());
        while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1);
        }
        List<String> columns = columnsOf(names);
        if (columns == null) {
            return refused(LineError.at(header.number(), null, "consumption.csv.header", HEADER_SHOWN));
        }
        Lines read = new Lines(";", columns);
        for (SheetRow row : rows.subList(1, rows.size())) {
            int filled = row.cells().size();
            while (filled > 0 && row.cell(filled - 1).isBlank()) {
                filled--;
            }
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < Math.max(filled, columns.size()); i++) {
                cells.add(i == 2 ? FIRST_OF_MONTH.matcher(row.cell(i).strip()).replaceFirst("$1") : row.cell(i));
            }
            read.add(row.number(), Math.max(filled, columns.size()), cells);
        }
        return read.result(rows.size() - 1);
    }

    /** The lines read so far, and the errors: one place for the rules of a line, whether it came as text or as a row. */
    private static final class Lines {

        private final String separator;
        private final List<String> columns;
        private final List<LineError> errors = new ArrayList<>();
        private final List<Consumption> lines = new ArrayList<>();
        private final List<Integer> lineNumbers = new ArrayList<>();
        private final Map<String, Integer> seen = new HashMap<>();

        Lines(String separator, List<String> columns) {
            this.separator = separator;
            this.columns = columns;
        }

        /** Checks line {@code lineNumber} of {@code fields} fields, and keeps it if it is good. */
        void add(int lineNumber, int fields, List<String> cells) {
            if (fields != columns.size()) {
                errors.add(LineError.at(lineNumber, null, "consumption.csv.fieldCount", columns.size(), fields));
                return;
            }
            Consumption line = line(lineNumber, cells, separator, columns, errors);
            if (line == null) {
                return;
            }
            String key = (line.hospitalTrust() + "|" + line.varenummer() + "|" + line.month() + "|" + line.department()
                    + "|" + line.indication()).toLowerCase(Locale.ROOT);
            Integer earlier = seen.putIfAbsent(key, lineNumber);
            if (earlier != null) {
                errors.add(LineError.at(lineNumber, null, "consumption.csv.duplicate", String.valueOf(earlier)));
                return;
            }
            lines.add(line);
            lineNumbers.add(lineNumber);
        }

        Result result(int dataLines) {
            if (dataLines == 0 && errors.isEmpty()) {
                errors.add(LineError.at(0, null, "consumption.csv.noLines"));
            }
            return errors.isEmpty() ? new Accepted(lines, lineNumbers) : new Refused(errors);
        }
    }

    /** Where each line of a text starts, to name the line of a record by its first character. */
    private static final class LineStarts {

        private final String text;
        private final List<Integer> starts = new ArrayList<>();

        LineStarts(String text) {
            this.text = text;
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    starts.add(i + 1);
                }
            }
        }

        /** The line (from 1) on which the character at {@code position} stands. */
        int lineAt(long position) {
            int found = Collections.binarySearch(starts, (int) position);
            return found >= 0 ? found + 1 : -found - 1;
        }

        /** The first line after line {@code line} that is not blank: where the next record starts. */
        int nonBlankAfter(int line) {
            for (int next = line + 1; next <= starts.size(); next++) {
                if (!line(next).isBlank()) {
                    return next;
                }
            }
            return starts.size();
        }

        private String line(int number) {
            int end = number < starts.size() ? starts.get(number) : text.length();
            return text.substring(starts.get(number - 1), end);
        }

        String firstLine() {
            int end = starts.size() > 1 ? starts.get(1) : text.length();
            return text.substring(0, end).strip();
        }

        int nonBlankLines() {
            int count = 0;
            for (int number = 1; number <= starts.size(); number++) {
                if (!line(number).isBlank()) {
                    count++;
                }
            }
            return count;
        }
    }

    private static String separatorOf(String header) {
        for (String separator : List.of(";", ",")) {
            List<String> names = java.util.Arrays.stream(header.split(Pattern.quote(separator), -1))
                    .map(ConsumptionCsv::unquote).toList();
            if (columnsOf(names) != null) {
                return separator;
            }
        }
        return null;
    }

    /**
     * The columns a header names: the four, then {@code avdeling} and {@code indikasjon} in that order,
     * either or both (any case); null if it names others.
     */
    private static List<String> columnsOf(List<String> names) {
        if (names.size() < COLUMNS.length || names.size() > COLUMNS.length + OPTIONAL.size()) {
            return null;
        }
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < COLUMNS.length; i++) {
            if (!names.get(i).strip().equalsIgnoreCase(COLUMNS[i])) {
                return null;
            }
            columns.add(COLUMNS[i]);
        }
        int lastOptional = -1;
        for (String name : names.subList(COLUMNS.length, names.size())) {
            int at = OPTIONAL.indexOf(name.strip().toLowerCase(Locale.ROOT));
            if (at <= lastOptional) {
                return null;
            }
            lastOptional = at;
            columns.add(OPTIONAL.get(at));
        }
        return List.copyOf(columns);
    }

    /** The line, or {@code null} with its errors added to {@code errors}. */
    private static Consumption line(int lineNumber, List<String> cells, String separator, List<String> columns,
                                    List<LineError> errors) {
        String[] fields = cells.stream().map(String::strip).toArray(String[]::new);
        int before = errors.size();
        for (int column = 0; column < columns.size(); column++) {
            unsafeCell(lineNumber, columns.get(column), unquote(fields[column]), errors);
        }
        if (errors.size() > before) {
            // a cell that could run is reported as such, not also as a bad value of its column
            return null;
        }
        String trust = unquote(fields[0]);
        if (trust.isEmpty()) {
            errors.add(LineError.at(lineNumber, COLUMNS[0], "consumption.csv.trust.required"));
        } else if (trust.length() > TRUST_LENGTH) {
            errors.add(LineError.at(lineNumber, COLUMNS[0], "consumption.csv.trust.tooLong", TRUST_LENGTH));
        } else {
            Optional<HospitalTrust> known = HospitalTrust.named(trust);
            if (known.isEmpty()) {
                errors.add(LineError.at(lineNumber, COLUMNS[0], "consumption.csv.trust.unknown", trust));
            } else {
                trust = known.get().name();
            }
        }
        Varenummer varenummer = null;
        String number = unquote(fields[1]);
        try {
            varenummer = new Varenummer(number);
        } catch (DomainException e) {
            errors.add(LineError.at(lineNumber, COLUMNS[1], "consumption.csv.varenummer", number));
        }
        YearMonth month = month(unquote(fields[2]));
        if (month == null) {
            errors.add(LineError.at(lineNumber, COLUMNS[2], "consumption.csv.month", unquote(fields[2])));
        }
        BigDecimal packs = packs(unquote(fields[3]), separator);
        if (packs == null) {
            errors.add(LineError.at(lineNumber, COLUMNS[3], "consumption.csv.packs", unquote(fields[3])));
        }
        String department = optional(lineNumber, DEPARTMENT, fields, columns, errors);
        String indication = optional(lineNumber, INDICATION, fields, columns, errors);
        return errors.size() == before ? new Consumption(trust, varenummer, month, packs, department, indication) : null;
    }

    /** The optional column {@code name} of the line: null where the file has no such column or the cell is empty. */
    private static String optional(int lineNumber, String name, String[] fields, List<String> columns,
                                   List<LineError> errors) {
        int at = columns.indexOf(name);
        String value = at < 0 ? "" : unquote(fields[at]);
        if (value.length() > DEPARTMENT_LENGTH) {
            errors.add(LineError.at(lineNumber, name, "consumption.csv.text.tooLong", name, DEPARTMENT_LENGTH));
        }
        return value.isEmpty() ? null : value.replaceAll("\\s+", " ");
    }

    /** Adds an error if {@code cell} would run as a formula in a spreadsheet, or holds a control character. */
    private static void unsafeCell(int lineNumber, String column, String cell, List<LineError> errors) {
        Object[] refusal = SpreadsheetCells.refusal(cell, column, "consumption.csv.unsafeCharacter", "consumption.csv.formula");
        if (refusal != null) {
            errors.add(LineError.at(lineNumber, column, (String) refusal[0],
                    java.util.Arrays.copyOfRange(refusal, 1, refusal.length)));
        }
    }

    private static YearMonth month(String text) {
        if (!MONTH_FORMAT.matcher(text).matches()) {
            return null;
        }
        try {
            return YearMonth.parse(text, MONTH);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static BigDecimal packs(String text, String separator) {
        if (!NUMBER.matcher(text).matches() || separator.equals(",") && text.contains(",")) {
            return null;
        }
        BigDecimal packs = new BigDecimal(text.replace(',', '.'));
        boolean fits = Math.max(0, packs.stripTrailingZeros().scale()) <= PACKS_SCALE && packs.compareTo(PACKS_LIMIT) < 0;
        return fits ? packs : null;
    }

    private static String unquote(String field) {
        String stripped = field.strip();
        if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")) {
            return stripped.substring(1, stripped.length() - 1).strip();
        }
        return stripped;
    }

    private static Refused refused(LineError error) {
        return new Refused(List.of(error));
    }
}
