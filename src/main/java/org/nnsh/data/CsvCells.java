package org.nnsh.data;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What a CSV cell holds, as {@code csv} and {@code loadtxt} read it: a number, a missing value or text. */
final class CsvCells {
    /**
     * Python's float() and numpy's loadtxt grammar without its nan/inf words: sign, digits, fraction,
     * exponent. Java's own parseDouble would also take 1d, 2f and 0x1p3, which in a CSV are typing errors.
     */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    /** What Python's float() reads as NaN or infinity, in any letter case. */
    private static final Pattern NON_FINITE = Pattern.compile("(?i)[+-]?(nan|inf|infinity)");
    /** pandas.read_csv's default na_values besides "" and the nan spellings: cells that mark a missing value. */
    private static final Set<String> MISSING = Set.of("#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "1.#IND",
            "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "None", "n/a", "null");
    /** pandas' NaN spellings among its na_values, which a label column may hold where a class is not known. */
    private static final Pattern NAN = Pattern.compile("(?i)[+-]?nan");

    private CsvCells() {
    }

    /**
     * The finite number in {@code cell} of column {@code column} (from 0); else an error that starts with
     * {@code at} and says what the cell holds instead.
     */
    static double number(String at, String cell, int column) {
        String where = " in column " + (column + 1);
        if (cell.isEmpty()) {
            throw new IllegalArgumentException(at + "column " + (column + 1) + " is empty; expected a number");
        }
        if (MISSING.contains(cell)) {
            throw new IllegalArgumentException(at + "\"" + cell + "\"" + where
                    + " marks a missing value; expected a number (nnsh does not fill in missing values)");
        }
        if (NON_FINITE.matcher(cell).matches()) {
            throw new IllegalArgumentException(at + "\"" + cell + "\"" + where
                    + " is not finite; expected a finite number (nnsh never trains on NaN or infinity)");
        }
        if (!isDecimal(cell)) {
            throw new IllegalArgumentException(at + "\"" + cell + "\"" + where
                    + " is not a number; expected a decimal such as -1.5 or 2e-3");
        }
        double value = Double.parseDouble(cell);
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException(at + "\"" + cell + "\"" + where
                    + " is beyond the double range; expected a finite number");
        }
        return value;
    }

    /**
     * Whether {@code cell} is a decimal number ({@link #DECIMAL}; 1e999 too), spaces around it allowed: a quoted " 1.5 "
     * keeps them, and pandas, numpy and Python's float() (parseDouble too) read it as 1.5; only unquoted
     * cells come trimmed, and " 1.5 " was "not a number".
     */
    static boolean isDecimal(String cell) {
        return DECIMAL.matcher(cell.trim()).matches();
    }

    /** pandas' marks of a missing value, its NaN spellings among them. */
    static boolean isMissing(String cell) {
        return MISSING.contains(cell) || NAN.matcher(cell).matches();
    }

    /**
     * Whether cells name columns: text, and no number among it. A number beside text is data with a typo
     * ("1,2x"), which taken for a header was dropped without a word, where np.loadtxt and pandas refuse it.
     */
    static boolean areNames(List<String> cells) {
        return cells.stream().anyMatch(CsvCells::isText) && cells.stream().noneMatch(CsvCells::isDecimal);
    }

    /** Not empty, not a number and not a missing or non-finite value: what a column name looks like. */
    static boolean isText(String cell) {
        return !cell.isEmpty() && !isDecimal(cell) && !NON_FINITE.matcher(cell).matches() && !MISSING.contains(cell);
    }
}
