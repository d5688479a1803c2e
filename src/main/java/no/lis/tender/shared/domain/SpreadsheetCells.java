package no.lis.tender.shared.domain;

import java.util.regex.Pattern;

/**
 * The rule every imported cell (CSV or XLSX) meets: nothing that a spreadsheet would run. A cell that
 * starts with {@code =}, {@code +}, {@code -} or {@code @} is a formula to a spreadsheet program
 * (formula injection, e.g. {@code =cmd|' /C calc'!A0}) unless it is a signed number, which the rule
 * of its column then judges (so {@code -3} is refused as a negative number, not as a formula); and no
 * control character or bidirectional override ({@link Validation#unsafeCharacter}).
 */
public final class SpreadsheetCells {

    /** What a spreadsheet takes as the start of a formula. */
    public static final String FORMULA_START = "=+-@";
    private static final Pattern SIGNED_NUMBER = Pattern.compile("[+-][0-9]+([.,][0-9]+)?");

    private SpreadsheetCells() {
    }

    /** Whether a spreadsheet would take {@code cell} as a formula. */
    public static boolean isFormula(String cell) {
        return !cell.isEmpty() && FORMULA_START.indexOf(cell.charAt(0)) >= 0 && !SIGNED_NUMBER.matcher(cell).matches();
    }

    /**
     * The message key and arguments if {@code cell} breaks the rule, for column {@code column}; null if
     * it is safe: {@code unsafeCharacterKey} (column, character) or {@code formulaKey} (column).
     */
    public static Object[] refusal(String cell, String column, String unsafeCharacterKey, String formulaKey) {
        int unsafe = Validation.unsafeCharacter(cell, false);
        if (unsafe >= 0) {
            return new Object[] {unsafeCharacterKey, column, Validation.codePointName(unsafe)};
        }
        return isFormula(cell) ? new Object[] {formulaKey, column} : null;
    }
}
