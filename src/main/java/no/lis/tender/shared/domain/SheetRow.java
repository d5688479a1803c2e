package no.lis.tender.shared.domain;

import java.util.List;

/**
 * One row read from a spreadsheet: its number as the spreadsheet program shows it (the first row is
 * 1), and its cells as text: a number in plain notation ({@code 1234.5}), a date as {@code 2026-03-01}, a formula as {@code =}
 * and the formula (so that the rules against formulas see it), an empty cell as {@code ""}.
 */
public record SheetRow(int number, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell in column {@code index} (from 0), {@code ""} past the last one. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /** Whether every cell is empty or blank. */
    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
