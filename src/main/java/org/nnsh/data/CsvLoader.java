package org.nnsh.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.nnsh.data.CsvSplitter.Row;
import org.nnsh.io.AtomicFile;
import org.nnsh.tensor.Matrix;

/**
 * Reads a classification dataset from comma-separated text, split as {@link CsvSplitter} says; a UTF-8 byte
 * order mark at the start is ignored. Every feature cell must be a finite decimal number. The label column
 * holds either whole numbers 0 … k−1 in any decimal spelling (1, 1.0, 1.000000000000000000e+00) or class
 * names, which get labels 0 … k−1 in order of first appearance; pandas' missing-value marks (NA, nan, None…)
 * are refused there as in the features. The first row is a header, and skipped, if one of its feature cells
 * is text, or if its label is text while a label below it is a number or its features are pandas' column
 * numbers 0, 1, 2, …. Trailing
 * columns that are empty on every line (a comma ending each line) are ignored. Lines and columns in messages
 * count from 1.
 */
final class CsvLoader {
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
    /** See {@link Dataset#MAX_CLASSES}. */
    private static final int MAX_LABEL = Dataset.MAX_CLASSES - 1;

    private CsvLoader() {
    }

    /** The file at path; labelColumn counts from 0, and −1 means the last column. */
    static Dataset load(String path, int labelColumn) {
        Objects.requireNonNull(path, "csv: path is null");
        Path file;
        try {
            file = Path.of(path);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("csv: " + path + " is not a valid path (" + e.getReason() + ")", e);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            // Excel on Windows saves "CSV" in the locale's code page: name the encoding, not the exception
            throw new UncheckedIOException("csv: cannot read " + path + ": it is not UTF-8 text; expected a UTF-8 (or"
                    + " ASCII) file, so save it as \"CSV UTF-8\"", e);
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new UncheckedIOException("csv: cannot read " + path + ": it is a directory; expected a CSV file", e);
            }
            // in words: a missing file said only "(NoSuchFileException)"
            throw new UncheckedIOException("csv: cannot read " + path + ": " + AtomicFile.problem(file, e, false), e);
        }
        Path fileName = file.getFileName();
        return parse(fileName == null ? path : fileName.toString(), text, labelColumn);
    }

    /** The CSV text; name is the file name used in messages. */
    static Dataset parse(String name, String text, int labelColumn) {
        // Excel's "CSV UTF-8" starts with a byte order mark; left in, it would make the first cell text.
        List<Row> rows = headerWithoutTrailingComma(
                CsvSplitter.split(name, text.startsWith("\uFEFF") ? text.substring(1) : text));
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("csv: " + name + " has no data rows");
        }
        int written = rows.get(0).cells().size();
        for (Row row : rows) {
            if (row.cells().size() != written) {
                throw new IllegalArgumentException(where(name, row) + "expected " + written + " values, got "
                        + row.cells().size());
            }
        }
        int width = written;
        while (width > 0 && emptyColumn(rows, width - 1)) {
            width--;
        }
        int dropped = written - width;
        String ignored = dropped == 0 ? ""
                : " (ignoring the last " + (dropped == 1 ? "column" : dropped + " columns") + ", empty on every line)";
        if (width < 2) {
            throw new IllegalArgumentException(where(name, rows.get(0))
                    + "need at least 2 columns (features and a label), got " + width + ignored + otherSeparator(rows));
        }
        int label = labelColumn == -1 ? width - 1 : labelColumn;
        if (label < 0 || label >= width) {
            throw new IllegalArgumentException("csv: " + name + ": label column " + labelColumn + " is outside 0.."
                    + (width - 1) + " (or -1 for the last)" + ignored);
        }
        int first = isHeader(rows, label, width) ? 1 : 0;
        if (first == rows.size()) {
            throw new IllegalArgumentException("csv: " + name + " has no data rows");
        }
        requireNoColumnOfNames(name, rows.subList(first, rows.size()), label, width);
        double[][] x = new double[rows.size() - first][];
        for (int r = first; r < rows.size(); r++) {
            x[r - first] = features(name, rows.get(r), label, width);
        }
        return withLabels(name, Matrix.wrap(x), rows.subList(first, rows.size()), label);
    }

    /**
     * Data lines that all end in a comma under a header that does not: the header gets the same
     * empty last cell, so that the empty column is dropped as when every line ends in a comma.
     */
    private static List<Row> headerWithoutTrailingComma(List<Row> rows) {
        if (rows.size() < 2) {
            return rows;
        }
        int header = rows.get(0).cells().size();
        boolean oneMore = rows.stream().skip(1)
                .allMatch(row -> row.cells().size() == header + 1 && row.cells().get(header).isEmpty());
        if (!oneMore) {
            return rows;
        }
        List<String> padded = new ArrayList<>(rows.get(0).cells());
        padded.add("");
        List<Row> fixed = new ArrayList<>(rows);
        fixed.set(0, new Row(rows.get(0).line(), padded));
        return fixed;
    }

    /**
     * Excel in many locales saves "CSV" with semicolons, and .tsv files use tabs: one cell per line holding
     * such a character is most likely that, so the message says so rather than only "got 1".
     */
    private static String otherSeparator(List<Row> rows) {
        String cell = rows.get(0).cells().get(0);
        String separator = cell.contains(";") ? "';'" : cell.contains("\t") ? "tabs" : null;
        return separator == null ? "" : "; the line looks separated by " + separator + ", but csv reads comma-separated values";
    }

    private static boolean emptyColumn(List<Row> rows, int column) {
        return rows.stream().allMatch(row -> row.cells().get(column).isEmpty());
    }

    /**
     * A numeric first row is data even when a typo or a NaN is in it, so only text counts: column names, or
     * a label name like "species" above numeric labels.
     */
    private static boolean isHeader(List<Row> rows, int label, int width) {
        List<String> first = rows.get(0).cells();
        // pandas' to_csv writes its unnamed index column's header as an empty cell, even when the
        // other column names are numbers (",0,1,2")
        if (first.get(0).isEmpty() && rows.stream().skip(1).noneMatch(row -> row.cells().get(0).isEmpty())) {
            return true;
        }
        for (int c = 0; c < width; c++) {
            if (c != label && isText(first.get(c))) {
                return true;
            }
        }
        if (isText(first.get(label)) && numberedColumns(first, label, width)) {
            return true;
        }
        return isText(first.get(label)) && rows.stream().skip(1).anyMatch(row -> isDecimal(row.cells().get(label)));
    }

    /**
     * Whether the feature cells are 0, 1, 2, … in order: pandas names the columns of a DataFrame made from a
     * numpy array so, and to_csv(index=False) writes them, so "0,1,label" over class names is a header, not a
     * sample of class "label" at (0, 1) (which it was).
     */
    private static boolean numberedColumns(List<String> cells, int label, int width) {
        for (int c = 0, k = 0; c < width; c++) {
            if (c != label && !cells.get(c).equals(Integer.toString(k++))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A feature column of names on every line is almost always the labels, with the wrong labelColumn
     * given (csv(path, 0) for a file whose last column names the species): say which index to pass,
     * rather than only that the first name is not a number.
     */
    private static void requireNoColumnOfNames(String name, List<Row> data, int label, int width) {
        if (data.size() < 2) { // one odd cell is a typo more likely than a column of labels
            return;
        }
        for (int c = 0; c < width; c++) {
            int column = c;
            if (c != label && data.stream().allMatch(row -> isText(row.cells().get(column)))) {
                throw new IllegalArgumentException("csv: " + name + ": column " + (c + 1) + " holds names, not numbers (\""
                        + data.get(0).cells().get(c) + "\" on line " + data.get(0).line() + "), yet labelColumn " + label
                        + " (column " + (label + 1) + ") was given; if column " + (c + 1) + " holds the labels, pass labelColumn "
                        + c + (c == width - 1 ? " (or -1, the last)" : "") + ": it counts from 0");
            }
        }
    }

    private static double[] features(String name, Row row, int label, int width) {
        double[] features = new double[width - 1];
        for (int c = 0, f = 0; c < width; c++) {
            if (c == label) {
                continue;
            }
            String cell = row.cells().get(c);
            String at = where(name, row);
            if (cell.isEmpty()) {
                throw new IllegalArgumentException(at + "column " + (c + 1) + " is empty; expected a number");
            }
            if (MISSING.contains(cell)) {
                throw new IllegalArgumentException(at + "\"" + cell + "\" in column " + (c + 1)
                        + " marks a missing value; expected a number (nnsh does not fill in missing values)");
            }
            if (NON_FINITE.matcher(cell).matches()) {
                throw new IllegalArgumentException(at + "\"" + cell + "\" in column " + (c + 1)
                        + " is not finite; expected a finite number (nnsh never trains on NaN or infinity)");
            }
            if (!isDecimal(cell)) {
                throw new IllegalArgumentException(at + "\"" + cell + "\" in column " + (c + 1)
                        + " is not a number; expected a decimal such as -1.5 or 2e-3");
            }
            double value = Double.parseDouble(cell);
            if (Double.isInfinite(value)) {
                throw new IllegalArgumentException(at + "\"" + cell + "\" in column " + (c + 1)
                        + " is beyond the double range; expected a finite number");
            }
            features[f++] = value;
        }
        return features;
    }

    /**
     * Numeric labels keep their values, however they are spelt, so that np.savetxt's 1.000000000000000000e+00
     * is class 1; a mix with names is refused, since numbering it in order of appearance would swap classes.
     */
    private static Dataset withLabels(String name, Matrix x, List<Row> rows, int label) {
        String column = " in column " + (label + 1);
        Row firstNumber = null;
        Row firstName = null;
        for (Row row : rows) {
            String cell = row.cells().get(label);
            if (cell.isEmpty()) {
                throw new IllegalArgumentException(where(name, row) + "the label (column " + (label + 1)
                        + ") is empty; expected a class label");
            }
            if (MISSING.contains(cell) || NAN.matcher(cell).matches()) {
                // R's write.csv writes a missing class as NA, pandas reads it (and nan, None, NULL…) as NaN:
                // taken as a name, it became one more class, silently
                throw new IllegalArgumentException(where(name, row) + "the label \"" + cell + "\" (column " + (label + 1)
                        + ") marks a missing value; expected a class label (nnsh does not fill in missing values)");
            }
            if (isDecimal(cell)) {
                firstNumber = firstNumber == null ? row : firstNumber;
            } else {
                firstName = firstName == null ? row : firstName;
            }
        }
        int[] y = new int[rows.size()];
        if (firstName == null) {
            for (int i = 0; i < y.length; i++) {
                y[i] = integerLabel(name, rows.get(i), label);
            }
            return Dataset.of(x, y);
        }
        if (firstNumber != null) {
            throw new IllegalArgumentException(where(name, firstName) + "label \"" + firstName.cells().get(label) + "\""
                    + column + " is a name but the label on line " + firstNumber.line() + " (\""
                    + firstNumber.cells().get(label) + "\") is a number; expected integers 0 … k−1 throughout,"
                    + " or class names throughout");
        }
        Map<String, Integer> labelOf = new LinkedHashMap<>();
        for (int i = 0; i < y.length; i++) {
            y[i] = labelOf.computeIfAbsent(rows.get(i).cells().get(label), k -> labelOf.size());
        }
        return Dataset.of(x, y, List.copyOf(labelOf.keySet()));
    }

    private static int integerLabel(String name, Row row, int label) {
        String cell = row.cells().get(label);
        String what = where(name, row) + "label \"" + cell + "\" in column " + (label + 1);
        double value = Double.parseDouble(cell);
        if (value != Math.rint(value)) {
            throw new IllegalArgumentException(what + " is not a whole number: csv reads class labels 0 … k−1,"
                    + " and a column of measurements is a regression target (use Dataset.regression(x, targets))");
        }
        if (value < 0) {
            throw new IllegalArgumentException(what + " is negative; expected class labels 0 … k−1");
        }
        if (value > MAX_LABEL) {
            throw new IllegalArgumentException(what + " is too large for a class; expected labels 0 … k−1 with k at"
                    + " most " + (MAX_LABEL + 1));
        }
        return (int) value;
    }

    /**
     * Spaces inside quotes around a number (" 1.5 ") are allowed, as pandas, numpy and Python's float() allow
     * them (parseDouble too); only unquoted cells come trimmed, and " 1.5 " was "not a number".
     */
    private static boolean isDecimal(String cell) {
        return DECIMAL.matcher(cell.trim()).matches();
    }

    /** Not empty, not a number and not a missing or non-finite value: what a column name looks like. */
    private static boolean isText(String cell) {
        return !cell.isEmpty() && !isDecimal(cell) && !NON_FINITE.matcher(cell).matches() && !MISSING.contains(cell);
    }

    private static String where(String name, Row row) {
        return "csv: " + name + " line " + row.line() + ": ";
    }
}
