package no.lis.tender.agreements.adherence.domain;

import no.lis.tender.catalogue.domain.HospitalTrust;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Validation;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a consumption file strictly: all of it, or nothing.
 *
 * <p>The format: text in UTF-8 (a byte-order mark is allowed). The first line is the header,
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
 * A field may be wrapped in double quotes, which are removed; quotes inside a field are not
 * supported. Empty lines are skipped. The same trust, drug and month may appear only once. At most
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
    static final String HEADER = "helseforetak;varenummer;maaned;pakninger";
    private static final String[] COLUMNS = HEADER.split(";");
    private static final int PACKS_SCALE = 3;
    private static final BigDecimal PACKS_LIMIT = BigDecimal.TEN.pow(9);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");
    private static final Pattern MONTH_FORMAT = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+([.,][0-9]+)?");
    private static final Pattern SIGNED_NUMBER = Pattern.compile("[+-][0-9]+([.,][0-9]+)?");
    /** What a spreadsheet takes as the start of a formula. */
    static final String FORMULA_START = "=+-@";

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

    /** Reads {@code content}, which must be UTF-8 ({@code consumption.csv.encoding} otherwise). */
    public static Result parse(byte[] content) {
        try {
            return parse(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString());
        } catch (CharacterCodingException e) {
            return refused(LineError.at(0, null, "consumption.csv.encoding"));
        }
    }

    /** Reads {@code content}. */
    public static Result parse(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        String[] rows = text.split("\r\n|\n|\r", -1);
        int last = rows.length;
        while (last > 0 && rows[last - 1].isBlank()) {
            last--;
        }
        if (last == 0) {
            return refused(LineError.at(0, null, "consumption.csv.empty"));
        }
        if (last - 1 > MAX_LINES) {
            return refused(LineError.at(0, null, "consumption.csv.tooManyLines", MAX_LINES));
        }
        String separator = separatorOf(rows[0]);
        if (separator == null) {
            return refused(LineError.at(1, null, "consumption.csv.header", HEADER));
        }
        List<LineError> errors = new ArrayList<>();
        List<Consumption> lines = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int dataLines = 0;
        for (int index = 1; index < last; index++) {
            int lineNumber = index + 1;
            if (rows[index].isBlank()) {
                continue;
            }
            dataLines++;
            String[] fields = rows[index].split(Pattern.quote(separator), -1);
            if (fields.length != COLUMNS.length) {
                errors.add(LineError.at(lineNumber, null, "consumption.csv.fieldCount", COLUMNS.length, fields.length));
                continue;
            }
            Consumption line = line(lineNumber, fields, separator, errors);
            if (line == null) {
                continue;
            }
            String key = line.hospitalTrust().toLowerCase(Locale.ROOT) + "|" + line.varenummer() + "|" + line.month();
            Integer earlier = seen.putIfAbsent(key, lineNumber);
            if (earlier != null) {
                errors.add(LineError.at(lineNumber, null, "consumption.csv.duplicate", String.valueOf(earlier)));
                continue;
            }
            lines.add(line);
            lineNumbers.add(lineNumber);
        }
        if (dataLines == 0) {
            errors.add(LineError.at(0, null, "consumption.csv.noLines"));
        }
        return errors.isEmpty() ? new Accepted(lines, lineNumbers) : new Refused(errors);
    }

    private static String separatorOf(String header) {
        for (String separator : List.of(";", ",")) {
            String[] names = header.split(Pattern.quote(separator), -1);
            if (names.length != COLUMNS.length) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < names.length; i++) {
                matches &= unquote(names[i]).equalsIgnoreCase(COLUMNS[i]);
            }
            if (matches) {
                return separator;
            }
        }
        return null;
    }

    /** The line, or {@code null} with its errors added to {@code errors}. */
    private static Consumption line(int lineNumber, String[] fields, String separator, List<LineError> errors) {
        int before = errors.size();
        for (int column = 0; column < COLUMNS.length; column++) {
            unsafeCell(lineNumber, column, unquote(fields[column]), errors);
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
        return errors.size() == before ? new Consumption(trust, varenummer, month, packs) : null;
    }

    /** Adds an error if {@code cell} would run as a formula in a spreadsheet, or holds a control character. */
    private static void unsafeCell(int lineNumber, int column, String cell, List<LineError> errors) {
        int unsafe = Validation.unsafeCharacter(cell, false);
        if (unsafe >= 0) {
            errors.add(LineError.at(lineNumber, COLUMNS[column], "consumption.csv.unsafeCharacter", COLUMNS[column],
                    Validation.codePointName(unsafe)));
        } else if (!cell.isEmpty() && FORMULA_START.indexOf(cell.charAt(0)) >= 0 && !SIGNED_NUMBER.matcher(cell).matches()) {
            errors.add(LineError.at(lineNumber, COLUMNS[column], "consumption.csv.formula", COLUMNS[column]));
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
