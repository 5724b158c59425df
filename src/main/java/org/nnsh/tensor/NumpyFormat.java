package org.nnsh.tensor;

import java.util.function.IntFunction;

/**
 * numpy 2.x {@code str()} of an array, with the default print options: a vector prints as a 1-D
 * array {@code [1.   0.5  0.25]}, any other matrix as a 2-D one {@code [[1. 2.]\n [3. 4.]]}.
 *
 * <p>Arrays of more than 1000 values are summarised: on each axis longer than 6 only the first
 * and last 3 items are shown, with {@code ...} between them, and the number format is chosen
 * from the shown values only. Rows wider than 75 characters wrap under their first value
 * (numpy's {@code array2string} line breaking, {@code legacy=False}). An {@code int[]} prints as
 * numpy's 1-D int64 array, under the same summary and wrapping rules.
 */
public final class NumpyFormat {
    private static final int THRESHOLD = 1000;
    private static final int EDGE_ITEMS = 3;
    private static final int LINE_WIDTH = 75;
    private static final String SUMMARY = "...";

    private NumpyFormat() {
    }

    static String str(Matrix m) {
        return str(m, THRESHOLD);
    }

    /** As numpy prints under {@code np.printoptions(threshold=threshold)}: summarised above that many values. */
    static String str(Matrix m, int threshold) {
        if (m.size() == 0) {
            return "[]";
        }
        boolean summarise = m.size() > threshold;
        int[] rows = m.isVector() ? new int[] {0} : shown(m.rows(), summarise);
        int[] cols = shown(m.cols(), summarise);
        FloatFormat format = FloatFormat.of(values(m, rows, cols));
        if (m.isVector()) {
            return row(m.cols(), cols, j -> format.format(m.get(0, j)), " ", LINE_WIDTH);
        }
        // each row is nested one bracket deeper: one more space of indent, one less of width
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < rows.length; k++) {
            if (k > 0) {
                s.append('\n');
            }
            if (k == EDGE_ITEMS && rows.length < m.rows()) {
                s.append(' ').append(SUMMARY).append('\n');
            }
            int i = rows[k];
            s.append(' ').append(row(m.cols(), cols, j -> format.format(m.get(i, j)), "  ", LINE_WIDTH - 1));
        }
        return "[" + s.substring(1) + "]";
    }

    /**
     * numpy's str() of a 1-D int64 array: {@code [ 1 10 -3]}, every value right-aligned to the
     * widest of the values shown (with more than 1000 values, the widest of the first and last 3).
     */
    public static String str(int[] values) {
        if (values.length == 0) {
            return "[]";
        }
        int[] cols = shown(values.length, values.length > THRESHOLD);
        int width = 0;
        for (int j : cols) {
            width = Math.max(width, Integer.toString(values[j]).length());
        }
        String padding = " ".repeat(width);
        return row(values.length, cols, j -> {
            String digits = Integer.toString(values[j]);
            return padding.substring(digits.length()) + digits;
        }, " ", LINE_WIDTH);
    }

    /** The indices shown along an axis of length n: all, or the first and last EDGE_ITEMS. */
    private static int[] shown(int n, boolean summarise) {
        if (!summarise || n <= 2 * EDGE_ITEMS) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] edges = new int[2 * EDGE_ITEMS];
        for (int i = 0; i < EDGE_ITEMS; i++) {
            edges[i] = i;
            edges[EDGE_ITEMS + i] = n - EDGE_ITEMS + i;
        }
        return edges;
    }

    private static double[] values(Matrix m, int[] rows, int[] cols) {
        double[] out = new double[rows.length * cols.length];
        int k = 0;
        for (int i : rows) {
            for (int j : cols) {
                out[k++] = m.get(i, j);
            }
        }
        return out;
    }

    /**
     * One row of n values in brackets, the shown ones {@code cols} as {@code word} writes them. A value
     * goes on a new line (indented by {@code indent}) when it would pass {@code width} minus the
     * closing bracket, unless the line holds nothing yet.
     */
    private static String row(int n, int[] cols, IntFunction<String> word, String indent, int width) {
        int elementWidth = width - 1;
        StringBuilder s = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (int k = 0; k < cols.length; k++) {
            if (k == EDGE_ITEMS && cols.length < n) {
                extend(s, line, SUMMARY, elementWidth, indent);
                line.append(' ');
            }
            extend(s, line, word.apply(cols[k]), elementWidth, indent);
            if (k < cols.length - 1) {
                line.append(' ');
            }
        }
        s.append(line);
        return "[" + s.substring(indent.length()) + "]";
    }

    private static void extend(StringBuilder s, StringBuilder line, String word, int width, String indent) {
        if (line.length() + word.length() > width && line.length() > indent.length()) {
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ') {
                end--;
            }
            s.append(line, 0, end).append('\n');
            line.setLength(0);
            line.append(indent);
        }
        line.append(word);
    }
}
