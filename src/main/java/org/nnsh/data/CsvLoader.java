package org.nnsh.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nnsh.data.CsvSplitter.Comments;
import org.nnsh.data.CsvSplitter.Row;
import org.nnsh.tensor.Matrix;

/**
 * Reads a classification dataset from comma-separated text, as a {@link CsvTable}. Every feature cell must be
 * a finite decimal number ({@link CsvCells}). The label column
 * holds either whole numbers 0 … k−1 in any decimal spelling (1, 1.0, 1.000000000000000000e+00) or class
 * names, which get labels 0 … k−1 in order of first appearance; pandas' missing-value marks (NA, nan, None…)
 * are refused there as in the features. The first row is a header, and skipped, if its feature cells are
 * text with no number among them, or if its label is text while a label below it is a number or its features
 * are pandas' column numbers 0, 1, 2, …. A line starting with "# " is a comment.
 */
final class CsvLoader {
    /**
     * Only whole lines: np.savetxt's header and footer lines are comments, but a # elsewhere may be part of a
     * class name ("C#") or an id ("#12"), which pandas' read_csv keeps too.
     */
    private static final Comments COMMENTS = Comments.WHOLE_LINES;
    /** See {@link Dataset#MAX_CLASSES}. */
    private static final int MAX_LABEL = Dataset.MAX_CLASSES - 1;

    private CsvLoader() {
    }

    /** The file at path; labelColumn counts from 0, and a negative one from the end (−1 is the last column). */
    static Dataset load(String path, int labelColumn) {
        return parse(CsvTable.load("csv", path, COMMENTS), labelColumn);
    }

    /** The CSV text; name is the file name used in messages. */
    static Dataset parse(String name, String text, int labelColumn) {
        return parse(CsvTable.of("csv", name, text, COMMENTS), labelColumn);
    }

    private static Dataset parse(CsvTable table, int labelColumn) {
        List<Row> rows = table.rows();
        int width = table.width();
        String ignored = table.ignored();
        if (width < 2) {
            throw new IllegalArgumentException(table.at(rows.get(0))
                    + "need at least 2 columns (features and a label), got " + width + ignored + table.otherSeparator());
        }
        // a negative column counts from the end, as pandas' df.iloc[:, -2] and Matrix's col(-2)
        int label = labelColumn < 0 ? labelColumn + width : labelColumn;
        if (label < 0 || label >= width) {
            throw new IllegalArgumentException(table.source() + ": label column " + labelColumn + " is outside 0.."
                    + (width - 1) + " (or -" + width + "..-1 from the end)" + ignored);
        }
        int first = isHeader(rows, label, width) ? 1 : 0;
        if (first == rows.size()) {
            throw new IllegalArgumentException(table.source() + " has no data rows");
        }
        requireNoColumnOfNames(table, rows.subList(first, rows.size()), label, width);
        double[][] x = new double[rows.size() - first][];
        for (int r = first; r < rows.size(); r++) {
            x[r - first] = features(table, rows.get(r), label, width);
        }
        return withLabels(table, Matrix.wrap(x), rows.subList(first, rows.size()), label);
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
        List<String> features = new ArrayList<>(first.subList(0, width));
        features.remove(label);
        if (CsvCells.areNames(features)) {
            return true;
        }
        if (CsvCells.isText(first.get(label)) && numberedColumns(first, label, width)) {
            return true;
        }
        return CsvCells.isText(first.get(label)) && rows.stream().skip(1).anyMatch(row -> CsvCells.isDecimal(row.cells().get(label)));
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
    private static void requireNoColumnOfNames(CsvTable table, List<Row> data, int label, int width) {
        if (data.size() < 2) { // one odd cell is a typo more likely than a column of labels
            return;
        }
        for (int c = 0; c < width; c++) {
            int column = c;
            if (c != label && data.stream().allMatch(row -> CsvCells.isText(row.cells().get(column)))) {
                throw new IllegalArgumentException(table.source() + ": column " + (c + 1) + " holds names, not numbers (\""
                        + data.get(0).cells().get(c) + "\" on line " + data.get(0).line() + "), yet labelColumn " + label
                        + " (column " + (label + 1) + ") was given; if column " + (c + 1) + " holds the labels, pass labelColumn "
                        + c + (c == width - 1 ? " (or -1, the last)" : "") + ": it counts from 0");
            }
        }
    }

    private static double[] features(CsvTable table, Row row, int label, int width) {
        double[] features = new double[width - 1];
        for (int c = 0, f = 0; c < width; c++) {
            if (c == label) {
                continue;
            }
            features[f++] = table.number(row, c);
        }
        return features;
    }

    /**
     * Numeric labels keep their values, however they are spelt, so that np.savetxt's 1.000000000000000000e+00
     * is class 1; a mix with names is refused, since numbering it in order of appearance would swap classes.
     */
    private static Dataset withLabels(CsvTable table, Matrix x, List<Row> rows, int label) {
        String column = " in column " + (label + 1);
        Row firstNumber = null;
        Row firstName = null;
        for (Row row : rows) {
            String cell = row.cells().get(label);
            if (cell.isEmpty()) {
                throw new IllegalArgumentException(table.at(row) + "the label (column " + (label + 1)
                        + ") is empty; expected a class label");
            }
            if (CsvCells.isMissing(cell)) {
                // R's write.csv writes a missing class as NA, pandas reads it (and nan, None, NULL…) as NaN:
                // taken as a name, it became one more class, silently
                throw new IllegalArgumentException(table.at(row) + "the label \"" + cell + "\" (column " + (label + 1)
                        + ") marks a missing value; expected a class label (nnsh does not fill in missing values)");
            }
            if (CsvCells.isDecimal(cell)) {
                firstNumber = firstNumber == null ? row : firstNumber;
            } else {
                firstName = firstName == null ? row : firstName;
            }
        }
        int[] y = new int[rows.size()];
        if (firstName == null) {
            for (int i = 0; i < y.length; i++) {
                y[i] = integerLabel(table, rows.get(i), label);
            }
            return Dataset.of(x, y);
        }
        if (firstNumber != null) {
            throw new IllegalArgumentException(table.at(firstName) + "label \"" + firstName.cells().get(label) + "\""
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

    private static int integerLabel(CsvTable table, Row row, int label) {
        String cell = row.cells().get(label);
        String what = table.at(row) + "label \"" + cell + "\" in column " + (label + 1);
        double value = Double.parseDouble(cell);
        if (value != Math.rint(value)) {
            throw new IllegalArgumentException(what + " is not a whole number: csv reads class labels 0 … k−1,"
                    + " and a column of measurements is a regression target (read the file with loadtxt(path), then make"
                    + " Dataset.regression(x, targets) of its columns)");
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
}
