package org.nnsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nnsh.Nnsh.eye;
import static org.nnsh.Nnsh.print;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** print of arrays against numpy 2.4's str() of the same array, quoted beside each case. */
class NnshPrintTest {
    /** What print(values) writes, without the final newline. */
    private static String printed(Runnable print) {
        PrintStream out = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            print.run();
        } finally {
            System.setOut(out);
        }
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n").stripTrailing();
    }

    @Test
    void raggedRowsPrintAsAListOfRowsInsteadOfFailing() {
        assertEquals("[[1. 2.], [3.]]", printed(() -> print((Object) new double[][] {{1, 2}, {3}})));
        assertEquals("[]", printed(() -> print((Object) new double[0][])));
        assertEquals("[[1. 2.]\n [3. 4.]]", printed(() -> print((Object) new double[][] {{1, 2}, {3, 4}})));
    }

    @Test
    void integerArraysOfEveryWidthPrintAsNumpyIntArrays() {
        // np.array([1, 2], dtype=np.int64)
        assertEquals("[1 2]", printed(() -> print(new long[] {1, 2})));
        // np.array([-9223372036854775808, 0, 9223372036854775807])
        assertEquals("[-9223372036854775808                    0  9223372036854775807]",
                printed(() -> print(new long[] {Long.MIN_VALUE, 0, Long.MAX_VALUE})));
        // np.array([-3, 7], dtype=np.int16), np.array([-128, 5], dtype=np.int8)
        assertEquals("[-3  7]", printed(() -> print(new short[] {-3, 7})));
        assertEquals("[-128    5]", printed(() -> print(new byte[] {-128, 5})));
        // np.array([], dtype=np.int64)
        assertEquals("[]", printed(() -> print(new long[0])));
        // np.arange(-2000, 1000, dtype=np.int64) * 10**12
        long[] big = IntStream.range(-2000, 1000).asLongStream().map(i -> i * 1_000_000_000_000L).toArray();
        assertEquals("[-2000000000000000 -1999000000000000 -1998000000000000 ...\n"
                + "   997000000000000   998000000000000   999000000000000]", printed(() -> print(big)));
    }

    @Test
    void booleanArraysPrintAsNumpyBoolArrays() {
        // np.array([True, False]), np.array([False])
        assertEquals("[ True False]", printed(() -> print(new boolean[] {true, false})));
        assertEquals("[False]", printed(() -> print(new boolean[] {false})));
        // np.array([True, False] * 40): wrapped at 75 characters
        boolean[] many = new boolean[80];
        for (int i = 0; i < many.length; i += 2) {
            many[i] = true;
        }
        String line = "  True False".repeat(6);
        assertEquals("[" + line.substring(1) + "\n" + (line + "\n").repeat(5) + "  True False".repeat(4) + "]",
                printed(() -> print(many)));
    }

    @Test
    void floatArraysPrintWithTheirOwnDigitsAsNumpyFloat32() {
        // np.array([0.1, 0.25, 3], dtype=np.float32)
        assertEquals("[0.1  0.25 3.  ]", printed(() -> print(new float[] {0.1f, 0.25f, 3})));
        // np.array([16777217, 1e-3], dtype=np.float32)
        assertEquals("[1.6777216e+07 1.0000000e-03]", printed(() -> print(new float[] {16777217, 1e-3f})));
        // np.array([1/3, np.nan, np.inf], dtype=np.float32)
        assertEquals("[0.33333334        nan        inf]",
                printed(() -> print(new float[] {1f / 3, Float.NaN, Float.POSITIVE_INFINITY})));
        // str(np.array([-1e-9, 1e-17, 0.10611895471811295, 0.5624191164970398], dtype=np.float32)): scientific pads
        // every value to 8 decimals with the float's own exact digits, not the zeros after its shortest ones
        assertEquals("[-9.99999972e-10  9.99999984e-18  1.06118955e-01  5.62419116e-01]",
                printed(() -> print(new float[] {-1e-9f, 1e-17f, 0.10611895471811295f, 0.5624191164970398f})));
        // np.array([1e-4], dtype=np.float32): numpy compares with its cut-off 1e-4 in float32, so 1e-4f, just below
        // 1e-4 as a double, is no reason for scientific notation
        assertEquals("[0.0001]", printed(() -> print(new float[] {1e-4f})));
        assertEquals("[1.e-04 1.e+00]", printed(() -> print(new float[] {1e-4f, 1})));
        // np.array([0.00012345678], dtype=np.float32): more than 8 decimals round the float's exact 0.000123456775…
        assertEquals("[0.00012346]", printed(() -> print(new float[] {0.00012345678f})));
    }

    @Test
    void aFloatPrintsAsNumpysFloat32Scalar() {
        // [str(np.float32(v)) for v in (1e10, nan, 0.1, 1e-5, 16777217, 1/3, -inf, -0.0, 3, 1e6, 9999999, 1e-4,
        // 123456.7, 999999.9)]: Float.toString gave 1.0E10, NaN, 1.0E-5, 1.6777216E7
        assertEquals("1e+10 nan 0.1 1e-05 1.6777216e+07 0.33333334 -inf -0.0 3.0", printed(() -> print(1e10f, Float.NaN,
                0.1f, 1e-5f, 16777217f, 1f / 3, Float.NEGATIVE_INFINITY, -0.0f, 3f)));
        assertEquals("1e+06 9.999999e+06 1e-04 123456.7 999999.9", printed(() -> print(1e6f, 9999999f, 1e-4f, 123456.7f,
                999999.9f)));
    }

    @Test
    void aTwoDimensionalArrayIsOneValueAndPrintsAsANumpy2DArray() {
        // np.eye(2); np.array([[0.5, 2]])
        assertEquals("[[1. 0.]\n [0. 1.]]", printed(() -> print(eye(2).toArray())));
        assertEquals("[[0.5 2. ]]", printed(() -> print(new double[][] {{0.5, 2}})));
        assertEquals("[]", printed(() -> print(new double[0][])));
    }

    @Test
    void stringAndCharArraysPrintAsNumpyStrArrays() {
        // np.array(['a', 'b']); np.array(list("hi"))
        assertEquals("['a' 'b']", printed(() -> print(new String[] {"a", "b"})));
        assertEquals("['h' 'i']", printed(() -> print(new char[] {'h', 'i'})));
        // np.array(["it's", 'x"y', 'a\nb\\', 'é', '']): each value in Python's repr
        assertEquals("[\"it's\" 'x\"y' 'a\\nb\\\\' 'é' '']",
                printed(() -> print(new String[] {"it's", "x\"y", "a\nb\\", "é", ""})));
        // np.array(['w%d' % i for i in range(1001)])
        String[] words = IntStream.range(0, 1001).mapToObj(i -> "w" + i).toArray(String[]::new);
        assertEquals("['w0' 'w1' 'w2' ... 'w998' 'w999' 'w1000']", printed(() -> print(words)));
    }

    @Test
    void severalValuesAndNullStillPrintAsBefore() {
        assertEquals("a [1 2] [ True]", printed(() -> print("a", new long[] {1, 2}, new boolean[] {true})));
        assertEquals("null", printed(() -> print((Object[]) null)));
        assertEquals("null", printed(() -> print((Object) null)));
        // any other array of objects is one value too, shown as a Python list
        assertEquals("[1, 0.5]", printed(() -> print(new Number[] {1, 0.5})));
        assertEquals("[[1 2], [3]]", printed(() -> print(new int[][] {{1, 2}, {3}})));
    }

    /**
     * Inside a list, array or map a value prints as Python's str of a list or dict shows it, by its
     * repr: print(["a", None, True, 1e-07]) is ['a', None, True, 1e-07] and print({"lr": 0.001})
     * {'lr': 0.001}. Lists printed [a, b] and maps as Java does, {epsilon=1.0E-7}.
     */
    @Test
    void elementsOfListsAndMapsPrintAsPythonReprs() {
        java.util.List<Object> mixed = new java.util.ArrayList<>(java.util.Arrays.asList("a", null, true, 1e-7, "it's"));
        assertEquals("['a', None, True, 1e-07, \"it's\"]", printed(() -> print(mixed)));
        assertEquals("['x', None]", printed(() -> print((Object) new Object[] {"x", null})));
        var map = new java.util.LinkedHashMap<String, Object>();
        map.put("learningRate", 0.001);
        map.put("epsilon", 1e-7);
        map.put("layers", java.util.List.of("dense", "relu"));
        assertEquals("{'learningRate': 0.001, 'epsilon': 1e-07, 'layers': ['dense', 'relu']}", printed(() -> print(map)));
        assertEquals("{}", printed(() -> print(java.util.Map.of())));
        // alone, a string prints unquoted, as Python's print("a") does, and a boolean as the Java it was typed in
        // (Python would print True): only inside a list do Python's reprs apply
        assertEquals("a true", printed(() -> print("a", true)));
    }
}
