package org.nnsh.data;

import java.util.List;

import org.nnsh.data.CsvSplitter.Comments;
import org.nnsh.data.CsvSplitter.Row;
import org.nnsh.tensor.Matrix;

/**
 * Reads a table of numbers from comma-separated text, as a {@link CsvTable}: numpy's
 * {@code loadtxt(path, delimiter=",")}, for data that is not a classification (regression targets, weights).
 * A first row of text (no numbers) is a header, and skipped; every other cell must be a finite decimal number.
 * A # starts a comment to the end of its line, as loadtxt's default {@code comments="#"}.
 */
final class CsvMatrix {
    private CsvMatrix() {
    }

    static Matrix load(String path) {
        return parse(CsvTable.load("loadtxt", path, Comments.ANYWHERE));
    }

    static Matrix parse(String name, String text) {
        return parse(CsvTable.of("loadtxt", name, text, Comments.ANYWHERE));
    }

    private static Matrix parse(CsvTable table) {
        List<Row> rows = table.rows();
        int width = table.width();
        if (width == 0) {
            throw new IllegalArgumentException(table.source() + " has only empty cells; expected comma-separated numbers");
        }
        if (width == 1 && !table.otherSeparator().isEmpty()) {
            throw new IllegalArgumentException(table.at(rows.get(0)) + "one column" + table.otherSeparator());
        }
        List<String> top = rows.get(0).cells().subList(0, width);
        boolean names = top.stream().anyMatch(CsvCells::isText);
        // a header names columns: a first line with a number among its text is data with a typo ("1,2x"), which
        // was dropped as a header without a word, where np.loadtxt refuses it
        boolean numbers = top.stream().anyMatch(CsvCells::isDecimal);
        int first = names && !numbers ? 1 : 0;
        if (first == rows.size()) {
            throw new IllegalArgumentException(table.source() + " has a header but no data rows");
        }
        double[][] values = new double[rows.size() - first][width];
        for (int r = first; r < rows.size(); r++) {
            Row row = rows.get(r);
            String at = table.at(row);
            for (int c = 0; c < width; c++) {
                try {
                    values[r - first][c] = CsvCells.number(at, row.cells().get(c), c);
                } catch (IllegalArgumentException e) {
                    throw r == 0 && names ? new IllegalArgumentException(e.getMessage() + " (line " + row.line()
                            + " holds numbers too, so it is read as data, not as a header of column names)", e) : e;
                }
            }
        }
        return Matrix.wrap(values);
    }
}
