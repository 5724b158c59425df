package org.nnsh.tensor;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * numpy 2.x {@code str()} of an array, with the default print options: a vector prints as a 1-D
 * array {@code [1.   0.5  0.25]}, any other matrix as a 2-D one {@code [[1. 2.]\n [3. 4.]]}.
 *
 * <p>Arrays of more than 1000 values are summarised: on each axis longer than 6 only the first
 * and last 3 items are shown, with {@code ...} between them, and the number format is chosen
 * from the shown values only. Rows wider than 75 characters wrap under their first value
 * (numpy's {@code array2string} line breaking, {@code legacy=False}). An {@code int[]} prints as
 * numpy's 1-D int64 array (so does a {@code long[]}), a {@code boolean[]} as a bool
 * array and a {@code String[]} as a str array, under the same summary and wrapping rules.
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
        return str(m, threshold, false);
    }

    /**
     * numpy's str() of a 1-D float32 array: each value's own shortest digits as a float (0.1f is 0.1), and
     * where scientific notation pads a value with more digits, the float's exact ones (1e-9f is 9.99999972e-10
     * next to a value that needs 8 decimals), as numpy's Dragon4 makes them.
     */
    public static String str(float[] values) {
        double[] exact = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            exact[i] = values[i]; // widening is exact, so (float) gives each value back
        }
        return str(Matrix.wrapVector(exact), THRESHOLD, true);
    }

    private static String str(Matrix m, int threshold, boolean float32) {
        if (m.size() == 0) {
            return "[]";
        }
        boolean summarise = m.size() > threshold;
        int[] rows = m.isVector() ? new int[] {0} : shown(m.rows(), summarise);
        int[] cols = shown(m.cols(), summarise);
        FloatFormat format = FloatFormat.of(values(m, rows, cols), float32);
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
        return str(Arrays.stream(values).asLongStream().toArray());
    }

    /** numpy's str() of a 1-D int64 array, as {@link #str(int[])}. */
    public static String str(long[] values) {
        int[] cols = shown(values.length, values.length > THRESHOLD);
        int width = 0;
        for (int j : cols) {
            width = Math.max(width, Long.toString(values[j]).length());
        }
        String padding = " ".repeat(width);
        return oneD(values.length, cols, j -> {
            String digits = Long.toString(values[j]);
            return padding.substring(digits.length()) + digits;
        });
    }

    /** numpy's str() of a 1-D bool array: {@code [ True False]}, True padded to the width of False. */
    public static String str(boolean[] values) {
        return oneD(values.length, shown(values.length, values.length > THRESHOLD), j -> values[j] ? " True" : "False");
    }

    /**
     * numpy's str() of a 1-D str array: {@code ['a' 'bb']}, each value in Python's repr and not
     * padded; a null prints as None, as in numpy's object arrays.
     */
    public static String str(String[] values) {
        return oneD(values.length, shown(values.length, values.length > THRESHOLD),
                j -> values[j] == null ? "None" : pythonRepr(values[j]));
    }

    private static String oneD(int n, int[] cols, IntFunction<String> word) {
        return n == 0 ? "[]" : row(n, cols, word, " ", LINE_WIDTH);
    }

    /**
     * Python's repr of a str: single quotes unless only double quotes avoid escaping, backslash
     * escapes for the quote, the backslash and what Python does not count as printable.
     */
    public static String pythonRepr(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder s = new StringBuilder().append(quote);
        text.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                s.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                s.append("\\n");
            } else if (c == '\r') {
                s.append("\\r");
            } else if (c == '\t') {
                s.append("\\t");
            } else if (printable(c)) {
                s.appendCodePoint(c);
            } else if (c < 0x100) {
                s.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                s.append(String.format("\\u%04x", c));
            } else {
                s.append(String.format("\\U%08x", c));
            }
        });
        return s.append(quote).toString();
    }

    /** Python's str.isprintable for one code point: not a control, format, surrogate, private, unassigned or separator (but space). */
    private static boolean printable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
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
