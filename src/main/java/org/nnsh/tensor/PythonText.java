package org.nnsh.tensor;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntToLongFunction;
import java.util.stream.Collectors;

/**
 * What Python's {@code print} shows for a value, for nnsh's {@code print}: floats in Python's repr,
 * Java arrays as numpy's arrays, lists and maps as Python's lists and dicts.
 */
public final class PythonText {
    private PythonText() {
    }

    /**
     * The text of one value: floats in Python's repr, lists as {@code [0.945683, 0.047083]}, maps as
     * dicts, arrays of primitives and strings like numpy's 1-D arrays, a {@code double[][]} like a 2-D
     * one, any other array of objects like a list.
     */
    public static String str(Object value) {
        if (value instanceof Double d) {
            return PythonFloat.repr(d);
        }
        if (value instanceof Float f) {
            return PythonFloat.float32(f); // as float[] prints as a float32 array
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PythonText::element).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> element(e.getKey()) + ": " + element(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof int[] ints) {
            return NumpyFormat.str(ints);
        }
        if (value instanceof long[] longs) {
            return NumpyFormat.str(longs);
        }
        if (value instanceof short[] shorts) {
            return NumpyFormat.str(widened(shorts.length, i -> shorts[i]));
        }
        if (value instanceof byte[] bytes) {
            return NumpyFormat.str(widened(bytes.length, i -> bytes[i]));
        }
        if (value instanceof boolean[] booleans) {
            return NumpyFormat.str(booleans);
        }
        if (value instanceof char[] chars) {
            // as numpy shows np.array(list("hi")): a str array of one-character strings
            String[] strings = new String[chars.length];
            Arrays.setAll(strings, i -> String.valueOf(chars[i]));
            return NumpyFormat.str(strings);
        }
        if (value instanceof double[] doubles) {
            return Matrix.vector(doubles).toString();
        }
        if (value instanceof float[] floats) {
            return NumpyFormat.str(floats);
        }
        if (value instanceof double[][] rows && rows.length > 0 && rectangular(rows)) {
            return Matrix.of(rows).toString();
        }
        if (value instanceof String[] strings) {
            return NumpyFormat.str(strings);
        }
        if (value instanceof Object[] objects) {
            return Arrays.stream(objects).map(PythonText::element).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }

    /**
     * A value inside a list, array or map, as Python's str of a list shows it: by its repr, so a
     * string is quoted ({@code ['a', 'b']}, not {@code [a, b]}), null is None and a boolean True or False.
     */
    private static String element(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof String s) {
            return NumpyFormat.pythonRepr(s);
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return str(value);
    }

    private static long[] widened(int n, IntToLongFunction value) {
        long[] wide = new long[n];
        Arrays.setAll(wide, value);
        return wide;
    }

    /** Rows of one length and none null, which make a 2-D array; ragged rows print as a list of rows. */
    private static boolean rectangular(double[][] rows) {
        return Arrays.stream(rows).allMatch(row -> row != null && row.length == rows[0].length);
    }
}
