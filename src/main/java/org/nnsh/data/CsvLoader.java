package org.nnsh.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nnsh.data.CsvSplitter.Row;
import org.nnsh.tensor.Matrix;

/**
 * Reads a classification dataset from comma-separated text, split as {@link CsvSplitter} says; a UTF-8 byte
 * order mark at the start is ignored. A first row whose feature cells are not all numbers is a header and is
 * skipped.
 * The label column holds either integers 0 … k−1 or class names, which get labels 0 … k−1 in order of
 * first appearance. Every other column must be a number. Lines and columns in messages count from 1.
 */
final class CsvLoader {
    private CsvLoader() {
    }

    /** The file at path; labelColumn counts from 0, and −1 means the last column. */
    static Dataset load(String path, int labelColumn) {
        String text;
        try {
            text = Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("csv: cannot read " + path + " (" + e.getClass().getSimpleName() + ")", e);
        }
        Path fileName = Path.of(path).getFileName();
        return parse(fileName == null ? path : fileName.toString(), text, labelColumn);
    }

    /** The CSV text; name is the file name used in messages. */
    static Dataset parse(String name, String text, int labelColumn) {
        int width = -1;
        int label = -1;
        boolean first = true;
        List<double[]> rows = new ArrayList<>();
        List<String> rawLabels = new ArrayList<>();
        // Excel's "CSV UTF-8" starts with a byte order mark; left in, it would make the first cell text.
        for (Row row : CsvSplitter.split(name, text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            String[] cells = row.cells().toArray(new String[0]);
            String where = "csv: " + name + " line " + row.line() + ": ";
            if (width < 0) {
                width = cells.length;
                if (width < 2) {
                    throw new IllegalArgumentException(where + "need at least 2 columns (features and a label), got " + width);
                }
                label = labelColumn == -1 ? width - 1 : labelColumn;
                if (label < 0 || label >= width) {
                    throw new IllegalArgumentException("csv: " + name + ": label column " + labelColumn
                            + " is outside 0.." + (width - 1) + " (or -1 for the last)");
                }
            } else if (cells.length != width) {
                throw new IllegalArgumentException(where + "expected " + width + " values, got " + cells.length);
            }
            if (first) {
                first = false;
                if (isHeader(cells, label)) {
                    continue;
                }
            }
            double[] features = new double[width - 1];
            for (int c = 0, f = 0; c < width; c++) {
                if (c == label) {
                    continue;
                }
                try {
                    features[f++] = Double.parseDouble(cells[c]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + "\"" + cells[c] + "\" in column " + (c + 1) + " is not a number");
                }
            }
            rows.add(features);
            rawLabels.add(cells[label]);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("csv: " + name + " has no data rows");
        }
        return toDataset(Matrix.wrap(rows.toArray(new double[0][])), rawLabels);
    }

    private static Dataset toDataset(Matrix x, List<String> rawLabels) {
        int[] y = new int[rawLabels.size()];
        if (rawLabels.stream().allMatch(CsvLoader::isLabelNumber)) {
            for (int i = 0; i < y.length; i++) {
                y[i] = Integer.parseInt(rawLabels.get(i));
            }
            return Dataset.of(x, y);
        }
        Map<String, Integer> labelOf = new LinkedHashMap<>();
        for (int i = 0; i < y.length; i++) {
            y[i] = labelOf.computeIfAbsent(rawLabels.get(i), k -> labelOf.size());
        }
        return Dataset.of(x, y, List.copyOf(labelOf.keySet()));
    }

    private static boolean isLabelNumber(String cell) {
        return cell.matches("\\d{1,9}");
    }

    private static boolean isHeader(String[] cells, int label) {
        for (int c = 0; c < cells.length; c++) {
            if (c != label && !isNumber(cells[c])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(String cell) {
        try {
            Double.parseDouble(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
