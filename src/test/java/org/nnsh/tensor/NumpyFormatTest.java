package org.nnsh.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Matrix.toString() against numpy 2.x str() of the same array: every case in
 * fixtures/printing/printing_cases.txt, written by make_printing_fixtures.py next to it; and an
 * int[] against numpy's int64 arrays of int_printing_cases.txt (make_int_printing_fixtures.py).
 */
class NumpyFormatTest {
    private static final String FIXTURE = "/fixtures/printing/printing_cases.txt";
    private static final String INT_FIXTURE = "/fixtures/printing/int_printing_cases.txt";

    /** One array of the fixture and numpy's str() of it. */
    static final class Case {
        final String name;
        final Matrix matrix;
        final String expected;

        Case(String name, Matrix matrix, String expected) {
            this.name = name;
            this.matrix = matrix;
            this.expected = expected;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = NumpyFormatTest.class.getResourceAsStream(FIXTURE);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header;
            while ((header = r.readLine()) != null) {
                String name = header.substring("case ".length());
                String[] shape = r.readLine().split(" ");
                boolean vector = shape[0].equals("vector");
                int rows = Integer.parseInt(shape[1]);
                int cols = Integer.parseInt(shape[2]);
                double[] values = rows * cols == 0 ? new double[0] : parseValues(r.readLine());
                int lines = Integer.parseInt(r.readLine().substring("expected ".length()));
                StringBuilder expected = new StringBuilder();
                for (int i = 0; i < lines; i++) {
                    expected.append(i > 0 ? "\n" : "").append(r.readLine());
                }
                cases.add(new Case(name, build(vector, rows, cols, values), expected.toString()));
            }
        }
        return cases;
    }

    /** One int64 array of the int fixture and numpy's str() of it. */
    record IntCase(String name, int[] values, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<IntCase> intCases() throws IOException {
        List<IntCase> cases = new ArrayList<>();
        try (InputStream in = NumpyFormatTest.class.getResourceAsStream(INT_FIXTURE);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header;
            while ((header = r.readLine()) != null) {
                String line = r.readLine();
                int[] values = new int[0];
                if (!line.startsWith("expected ")) {
                    values = java.util.Arrays.stream(line.split(" ")).mapToInt(Integer::parseInt).toArray();
                    line = r.readLine();
                }
                int lines = Integer.parseInt(line.substring("expected ".length()));
                StringBuilder expected = new StringBuilder();
                for (int i = 0; i < lines; i++) {
                    expected.append(i > 0 ? "\n" : "").append(r.readLine());
                }
                cases.add(new IntCase(header.substring("case ".length()), values, expected.toString()));
            }
        }
        return cases;
    }

    private static double[] parseValues(String line) {
        String[] words = line.split(" ");
        double[] values = new double[words.length];
        for (int i = 0; i < words.length; i++) {
            switch (words[i]) {
                case "nan": values[i] = Double.NaN; break;
                case "inf": values[i] = Double.POSITIVE_INFINITY; break;
                case "-inf": values[i] = Double.NEGATIVE_INFINITY; break;
                default: values[i] = Double.parseDouble(words[i]);
            }
        }
        return values;
    }

    private static Matrix build(boolean vector, int rows, int cols, double[] values) {
        if (vector) {
            return Matrix.vector(values);
        }
        if (values.length == 0) {
            return Matrix.zeros(rows, cols);
        }
        double[][] a = new double[rows][];
        for (int i = 0; i < rows; i++) {
            a[i] = java.util.Arrays.copyOfRange(values, i * cols, (i + 1) * cols);
        }
        return Matrix.of(a);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsLikeNumpy(Case c) {
        assertEquals(c.expected, c.matrix.toString(), c.name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("intCases")
    void printsIntArraysLikeNumpy(IntCase c) {
        assertEquals(c.expected(), NumpyFormat.str(c.values()), c.name());
    }

    @Test
    void intFixtureHasTheReportsCasesAndManyMore() throws IOException {
        List<IntCase> cases = intCases();
        assertTrue(cases.size() > 100, "only " + cases.size() + " cases");
        assertTrue(cases.stream().anyMatch(c -> c.expected().equals("[ 1 10 -3]")));
        assertTrue(cases.stream().anyMatch(c -> c.values().length == 2000 && c.expected().equals("[0 0 0 ... 0 0 0]")));
        assertTrue(cases.stream().anyMatch(c -> c.expected().contains("\n")), "no case wraps");
    }

    @Test
    void fixtureHasTheSeedFiguresAndManyCases() throws IOException {
        List<Case> cases = cases();
        assertTrue(cases.size() > 150, "only " + cases.size() + " cases");
        assertTrue(cases.stream().anyMatch(c -> c.expected.equals("[[8.395]\n [7.29 ]\n [2.487]]")));
    }

    @Test
    void vectorAndRowMatrixDiffer() {
        assertEquals("[1. 2.]", Matrix.vector(1, 2).toString());
        assertEquals("[[1. 2.]]", Matrix.of(new double[] {1, 2}).toString());
    }

    /**
     * A lower summary threshold, against numpy: {@code np.set_printoptions(threshold=100);
     * str(np.arange(120).reshape(20, 6) / 7)} and the same of {@code np.arange(128).reshape(2, 64) / 7}.
     */
    @Test
    void aLowerThresholdSummarisesAsNumpyDoes() {
        assertEquals(String.join("\n",
                "[[ 0.          0.14285714  0.28571429  0.42857143  0.57142857  0.71428571]",
                " [ 0.85714286  1.          1.14285714  1.28571429  1.42857143  1.57142857]",
                " [ 1.71428571  1.85714286  2.          2.14285714  2.28571429  2.42857143]",
                " ...",
                " [14.57142857 14.71428571 14.85714286 15.         15.14285714 15.28571429]",
                " [15.42857143 15.57142857 15.71428571 15.85714286 16.         16.14285714]",
                " [16.28571429 16.42857143 16.57142857 16.71428571 16.85714286 17.        ]]"),
                sevenths(20, 6).toString(100));
        assertEquals(String.join("\n",
                "[[ 0.          0.14285714  0.28571429 ...  8.71428571  8.85714286",
                "   9.        ]",
                " [ 9.14285714  9.28571429  9.42857143 ... 17.85714286 18.",
                "  18.14285714]]"),
                sevenths(2, 64).toString(100));
        assertEquals(sevenths(20, 6).toString(), sevenths(20, 6).toString(1000), "1000 is numpy's default");
    }

    private static Matrix sevenths(int rows, int cols) {
        double[][] values = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                values[i][j] = (i * cols + j) / 7.0;
            }
        }
        return Matrix.of(values);
    }
}
