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
        int first = CsvCells.areNames(rows.get(0).cells().subList(0, width)) ? 1 : 0;
        if (first == rows.size()) {
            throw new IllegalArgumentException(table.source() + " has a header but no data rows");
        }
        double[][] values = new double[rows.size() - first][width];
        for (int r = first; r < rows.size(); r++) {
            Row row = rows.get(r);
            for (int c = 0; c < width; c++) {
                values[r - first][c] = table.number(row, c);
            }
        }
        return Matrix.wrap(values);
    }
}
