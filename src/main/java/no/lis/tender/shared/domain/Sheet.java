package no.lis.tender.shared.domain;

import java.util.List;
import java.util.Objects;

/**
 * A table to be written as one sheet of a spreadsheet (XLSX), without knowing the library that writes
 * it ({@link Spreadsheets}): its name, its columns and its rows, one value per column (a
 * {@code String}, a {@code Number} or null for an empty cell). A protected sheet locks every cell but
 * those of the input columns, so that a supplier can type her prices but not change the lot she
 * prices; the rule of an input column is checked by the spreadsheet program as she types (the
 * upload checks it again: a program may ignore it).
 */
public record Sheet(String name, List<Column> columns, List<List<Object>> rows, boolean locked) {

    /** What a spreadsheet program checks in an input cell as it is typed. */
    public enum Rule {
        NONE,
        /** A decimal number of zero or more. */
        DECIMAL_AT_LEAST_ZERO,
        /** Text of six characters (a varenummer; text, so that a leading zero stays). */
        SIX_CHARACTERS
    }

    /** A column: its header, whether it is typed into (unlocked), its rule, and its width in characters. */
    public record Column(String header, boolean input, Rule rule, int width) {

        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(rule, "rule");
        }

        /** A column that is read, not typed into. */
        public static Column shown(String header, int width) {
            return new Column(header, false, Rule.NONE, width);
        }

        /** A column typed into, checked by {@code rule}. */
        public static Column input(String header, Rule rule, int width) {
            return new Column(header, true, rule, width);
        }
    }

    public Sheet {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The headers in column order. */
    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }
}
