package org.nnsh.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnsh.Nnsh.adagrad;
import static org.nnsh.Nnsh.adam;
import static org.nnsh.Nnsh.net;
import static org.nnsh.Nnsh.quiet;
import static org.nnsh.Nnsh.randn;
import static org.nnsh.Nnsh.rmsprop;
import static org.nnsh.Nnsh.seed;
import static org.nnsh.Nnsh.sgd;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnsh.data.Dataset;
import org.nnsh.tensor.Matrix;

/**
 * Training against the book's numpy code on nets shaped to run each of the engine's shape-dependent
 * paths: layers narrower and wider than {@link DenseKernels#NARROW}, widths 1 to 5, 7, 8 and 9,
 * every hidden activation and optimizer, penalties, uneven mini-batches, and steps big enough to
 * split in two halves (see {@link Trainer#SPLIT_WORK}). Each case's spec and numpy's figures are a line
 * of fixtures/training/shapes.txt, written by make_shape_fixtures.py next to it: every epoch's loss
 * to 1e-9 relative, the accuracy exactly, and the final weights' sums.
 */
class TrainingShapesParityTest {
    private static final double RELATIVE = 1e-9;

    static Stream<String> cases() throws IOException {
        return read().keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void trainsAsTheBooksNumpyCode(String name) throws IOException {
        Map<String, String> c = read().get(name);
        seed(Long.parseLong(c.get("seed")));
        int rows = Integer.parseInt(c.get("rows"));
        Matrix x = randn(rows, Integer.parseInt(c.get("features")));
        String[] output = c.get("output").split(" ");
        int k = Integer.parseInt(output[1]);
        double[] penalties = numbers(c.get("penalties"));

        Net model = net();
        int in = x.cols();
        String[] hidden = c.get("hidden").split(" ");
        for (int i = 0; i <= hidden.length; i++) {
            String[] layer = i < hidden.length ? hidden[i].split(":") : null;
            int out = layer != null ? Integer.parseInt(layer[0]) : k;
            model.dense(in, out).he();
            if (i == 0) {
                model.l1(penalties[0], penalties[1]).l2(penalties[2], penalties[3]);
            }
            if (layer != null) {
                switch (layer[1]) {
                    case "relu" -> model.relu();
                    case "tanh" -> model.tanh();
                    case "sigmoid" -> model.sigmoid();
                    case "leakyRelu" -> model.leakyRelu(Double.parseDouble(layer[2]));
                    default -> throw new IllegalArgumentException(layer[1]);
                }
            }
            in = out;
        }
        if (output[0].equals("softmax")) {
            model.softmax();
        } else if (output[0].equals("sigmoid")) {
            model.sigmoid();
        }
        long work = (long) Math.min(rows, batchOrAll(c, rows)) * model.paramCount();
        assertEquals(name.startsWith("split_"), work >= Trainer.SPLIT_WORK, name + ": rows × parameters " + work);

        int batch = Integer.parseInt(c.get("batch"));
        FitOptions options = batch == 0 ? quiet() : quiet().batchSize(batch).shuffle(false);
        History history = model.fit(data(x, output[0], k), Integer.parseInt(c.get("epochs")), optimizer(c.get("optimizer")),
                options);

        double[] losses = numbers(c.get("loss"));
        assertEquals(losses.length, history.epochs(), name + " epochs");
        for (int e = 0; e < losses.length; e++) {
            assertClose(name + " epoch " + e + " loss", losses[e], history.loss()[e], Math.abs(losses[e]));
        }
        assertEquals(Arrays.toString(numbers(c.get("accuracy"))), Arrays.toString(history.accuracy()), name + " accuracies");

        WeightSums.assertMatch(name, numbers(c.get("weights")), model);
    }

    private static int batchOrAll(Map<String, String> c, int rows) {
        int batch = Integer.parseInt(c.get("batch"));
        return batch == 0 ? rows : batch;
    }

    /** The script's targets, computed from x without drawing (see make_shape_fixtures.py). */
    private static Dataset data(Matrix x, String kind, int k) {
        int rows = x.rows();
        int f = x.cols();
        if (kind.equals("softmax")) {
            int[] labels = new int[rows];
            for (int i = 0; i < rows; i++) {
                labels[i] = (7 * i + (x.get(i, 0) > 0 ? 1 : 0)) % k;
            }
            return Dataset.of(x, labels);
        }
        double[][] t = new double[rows][k];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < k; j++) {
                double v = x.get(i, j % f);
                t[i][j] = kind.equals("sigmoid") ? (v > 0 ? 1 : 0) : (j + 1) * v - 0.5;
            }
        }
        return Dataset.regression(x, Matrix.wrap(t));
    }

    /** The book's constructor order: sgd lr decay momentum, adagrad lr decay ε, rmsprop lr decay ε ρ, adam lr decay ε β₁ β₂. */
    private static Optimizer optimizer(String spec) {
        String[] p = spec.split(" ");
        double[] v = numbers(String.join(" ", Arrays.copyOfRange(p, 1, p.length)));
        return switch (p[0]) {
            case "sgd" -> sgd(v[0]).decay(v[1]).momentum(v[2]);
            case "adagrad" -> adagrad(v[0]).decay(v[1]).epsilon(v[2]);
            case "rmsprop" -> rmsprop(v[0]).decay(v[1]).epsilon(v[2]).rho(v[3]);
            case "adam" -> adam(v[0]).decay(v[1]).epsilon(v[2]).beta1(v[3]).beta2(v[4]);
            default -> throw new IllegalArgumentException(p[0]);
        };
    }

    private static void assertClose(String what, double expected, double actual, double scale) {
        assertTrue(Math.abs(actual - expected) <= RELATIVE * scale,
                () -> what + ": " + actual + ", numpy " + expected + " (difference " + Math.abs(actual - expected)
                        + ", allowed " + RELATIVE * scale + ")");
    }

    private static double[] numbers(String s) {
        return Arrays.stream(s.split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    /** Each line: the name, then tab-separated fields, each a key and its value. */
    private static Map<String, Map<String, String>> read() throws IOException {
        try (InputStream in = TrainingShapesParityTest.class.getResourceAsStream("/fixtures/training/shapes.txt")) {
            Map<String, Map<String, String>> cases = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.split("\t");
                Map<String, String> fields = new HashMap<>();
                for (int i = 1; i < parts.length; i++) {
                    int space = parts[i].indexOf(' ');
                    fields.put(parts[i].substring(0, space), parts[i].substring(space + 1));
                }
                cases.put(parts[0], fields);
            }
            return cases;
        }
    }
}
