package org.nnsh;

import java.util.Arrays;

import org.nnsh.data.Dataset;
import org.nnsh.data.Datasets;
import org.nnsh.nn.Activations;
import org.nnsh.nn.Adagrad;
import org.nnsh.nn.Adam;
import org.nnsh.nn.FitOptions;
import org.nnsh.nn.Loss;
import org.nnsh.nn.Losses;
import org.nnsh.nn.Metrics;
import org.nnsh.nn.Net;
import org.nnsh.nn.Optimizers;
import org.nnsh.nn.RmsProp;
import org.nnsh.nn.Sgd;
import org.nnsh.nn.History;
import org.nnsh.plot.DecisionMap;
import org.nnsh.plot.LineChart;
import org.nnsh.plot.Plots;
import org.nnsh.plot.ProgressPrinter;
import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.NumpyRandom;
import org.nnsh.tensor.PythonText;

/**
 * The vocabulary the shell preloads with {@code import static org.nnsh.Nnsh.*}: one static facade
 * over the engine, so a script reads like a notebook. Every method here delegates; the work lives
 * in {@code tensor}, {@code nn} and {@code data}.
 */
public final class Nnsh {
    static {
        FitOptions.defaultProgress(ProgressPrinter::new);
    }

    private Nnsh() {
    }

    // ================================================================ printing

    /**
     * Python's {@code print}: the values' text separated by spaces, then a newline. A single array
     * of objects ({@code String[]}, {@code double[][]}) is one value, as a list is in Python: Java
     * hands it over as the varargs array itself, which a real varargs call never is (that is always
     * exactly an {@code Object[]}).
     */
    public static void print(Object... values) {
        if (values == null || values.getClass() != Object[].class) {
            System.out.println(PythonText.str(values));
            return;
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            line.append(i == 0 ? "" : " ").append(PythonText.str(values[i]));
        }
        System.out.println(line);
    }

    // ================================================================ arrays

    /** A 1-D vector that prints like numpy's 1-D array. */
    public static Matrix vector(double... values) {
        return Matrix.vector(values);
    }

    /** A matrix from literal rows: {@code matrix(new double[]{1, 2}, new double[]{3, 4})}. */
    public static Matrix matrix(double[]... rows) {
        return Matrix.of(rows);
    }

    /**
     * numpy's {@code np.array(labels)} of ints: a vector of the values as doubles, so that
     * {@code vector(model.predict(x)).eq(vector(y)).mean()} is numpy's {@code np.mean(pred == y)}.
     */
    public static Matrix vector(int[] values) {
        if (values == null) {
            throw new NullPointerException("vector: values is null");
        }
        return Matrix.vector(Arrays.stream(values).asDoubleStream().toArray());
    }

    /** numpy's 1-D {@code np.zeros(n)}: a vector of n zeros. */
    public static Matrix zeros(int n) {
        return Matrix.zeros(n);
    }

    /** numpy's 1-D {@code np.ones(n)}: a vector of n ones. */
    public static Matrix ones(int n) {
        return Matrix.ones(n);
    }

    public static Matrix zeros(int rows, int cols) {
        return Matrix.zeros(rows, cols);
    }

    public static Matrix ones(int rows, int cols) {
        return Matrix.ones(rows, cols);
    }

    public static Matrix eye(int n) {
        return Matrix.eye(n);
    }

    public static Matrix full(int rows, int cols, double value) {
        return Matrix.full(rows, cols, value);
    }

    public static Matrix linspace(double start, double stop, int n) {
        return Matrix.linspace(start, stop, n);
    }

    public static Matrix arange(double start, double stop, double step) {
        return Matrix.arange(start, stop, step);
    }

    /** {@code np.arange(start, stop)}: start, start + 1, … up to but excluding stop. */
    public static Matrix arange(double start, double stop) {
        return Matrix.arange(start, stop, 1);
    }

    /** {@code np.arange(stop)}: 0, 1, …, stop − 1. */
    public static Matrix arange(double stop) {
        return Matrix.arange(0, stop, 1);
    }

    public static Matrix hstack(Matrix... parts) {
        return Matrix.hstack(parts);
    }

    public static Matrix vstack(Matrix... parts) {
        return Matrix.vstack(parts);
    }

    public static Matrix where(Matrix condition, Matrix a, Matrix b) {
        return Matrix.where(condition, a, b);
    }

    /** numpy's {@code np.dot(a, b)}: {@code a.dot(b)}. */
    public static Matrix dot(Matrix a, Matrix b) {
        return required("dot", "a", a).dot(b);
    }

    /** numpy's {@code np.exp}: e^x elementwise. */
    public static Matrix exp(Matrix x) {
        return required("exp", "x", x).exp();
    }

    public static double exp(double x) {
        return Math.exp(x);
    }

    /** numpy's {@code np.log}: the natural logarithm elementwise; log(0) is -Infinity, a negative value an error. */
    public static Matrix log(Matrix x) {
        return required("log", "x", x).log();
    }

    public static double log(double x) {
        return Math.log(nonNegative("log", x));
    }

    /** numpy's {@code np.sqrt} elementwise; a negative value is an error. */
    public static Matrix sqrt(Matrix x) {
        return required("sqrt", "x", x).sqrt();
    }

    public static double sqrt(double x) {
        return Math.sqrt(nonNegative("sqrt", x));
    }

    /** x, or the error a Matrix gives for a negative value: Java's NaN would spread silently (Python's math raises). */
    private static double nonNegative(String op, double x) {
        if (x < 0) {
            throw new ArithmeticException(op + ": undefined for negative values, got " + x);
        }
        return x;
    }

    /** numpy's {@code np.abs} elementwise. */
    public static Matrix abs(Matrix x) {
        return required("abs", "x", x).abs();
    }

    public static double abs(double x) {
        return Math.abs(x);
    }

    /** x itself, or the NullPointerException naming the call and the argument (not "Cannot invoke … because "x" is null"). */
    private static Matrix required(String op, String argument, Matrix x) {
        if (x == null) {
            throw new NullPointerException(op + ": " + argument + " is null");
        }
        return x;
    }

    // ================================================================ random numbers (numpy legacy)

    /** As {@code np.random.seed(s)}. */
    public static void seed(long seed) {
        NumpyRandom.global().seed(seed);
    }

    /** As {@code np.random.rand(n)}: a vector of n values. */
    public static Matrix rand(int n) {
        return NumpyRandom.global().rand(n);
    }

    /** As {@code np.random.randn(n)}: a vector of n values, bit for bit after seed. */
    public static Matrix randn(int n) {
        return NumpyRandom.global().randn(n);
    }

    /** As {@code np.random.rand(rows, cols)}. */
    public static Matrix rand(int rows, int cols) {
        return NumpyRandom.global().rand(rows, cols);
    }

    /** As {@code np.random.randn(rows, cols)}. */
    public static Matrix randn(int rows, int cols) {
        return NumpyRandom.global().randn(rows, cols);
    }

    /** As {@code np.random.randint(lo, hi, (rows, cols))}: integers in [lo, hi), as doubles. */
    public static Matrix randint(int lo, int hi, int rows, int cols) {
        return NumpyRandom.global().randint(lo, hi, rows, cols);
    }

    /** As {@code np.random.permutation(n)}: 0 … n − 1 in random order. */
    public static int[] permutation(int n) {
        return NumpyRandom.global().permutation(n);
    }

    /** As {@code np.random.shuffle(a)}: shuffles a in place. */
    public static void shuffle(int[] a) {
        NumpyRandom.global().shuffle(a);
    }

    /** As {@code np.random.choice(n, size)}: size draws from 0 … n − 1 with replacement. */
    public static int[] choice(int n, int size) {
        return NumpyRandom.global().choice(n, size);
    }

    /** As {@code np.random.choice(n, size, replace=replace)}. */
    public static int[] choice(int n, int size, boolean replace) {
        return NumpyRandom.global().choice(n, size, replace);
    }

    /** As {@code np.random.choice(n, size, p=p)}: i drawn with probability p[i], with replacement. */
    public static int[] choice(int n, int size, double[] p) {
        return NumpyRandom.global().choice(n, size, p);
    }

    /** As {@code np.random.uniform(lo, hi, (rows, cols))}: uniform in [lo, hi). */
    public static Matrix uniform(double lo, double hi, int rows, int cols) {
        return NumpyRandom.global().uniform(lo, hi, rows, cols);
    }

    // ================================================================ activations

    /** max(x, 0) elementwise. */
    public static Matrix relu(Matrix x) {
        return Activations.relu().forward(x);
    }

    public static double relu(double x) {
        return Activations.relu().apply(x);
    }

    /** x for x > 0, else 0.01·x, elementwise. */
    public static Matrix leakyRelu(Matrix x) {
        return Activations.leakyRelu().forward(x);
    }

    /** x for x > 0, else α·x, elementwise. */
    public static Matrix leakyRelu(Matrix x, double alpha) {
        return Activations.leakyRelu(alpha).forward(x);
    }

    public static double leakyRelu(double x) {
        return Activations.leakyRelu().apply(x);
    }

    public static double leakyRelu(double x, double alpha) {
        return Activations.leakyRelu(alpha).apply(x);
    }

    /** 1 / (1 + e^−x) elementwise, stable at any x. */
    public static Matrix sigmoid(Matrix x) {
        return Activations.sigmoid().forward(x);
    }

    public static double sigmoid(double x) {
        return Activations.sigmoid().apply(x);
    }

    public static Matrix tanh(Matrix x) {
        return Activations.tanh().forward(x);
    }

    public static double tanh(double x) {
        return Activations.tanh().apply(x);
    }

    /** Row-wise softmax (a vector is one row): e^(x − max) / Σ e^(x − max). */
    public static Matrix softmax(Matrix x) {
        return Activations.softmax().forward(x);
    }

    /** Row-wise log softmax: x − max − log Σ e^(x − max). */
    public static Matrix logSoftmax(Matrix x) {
        return Activations.logSoftmax().forward(x);
    }

    /** 1 for x > 0, else 0, elementwise. */
    public static Matrix step(Matrix x) {
        return Activations.step().forward(x);
    }

    public static double step(double x) {
        return Activations.step().apply(x);
    }

    /** The identity. */
    public static Matrix linear(Matrix x) {
        return Activations.linear().forward(x);
    }

    public static double linear(double x) {
        return Activations.linear().apply(x);
    }

    /** x for x > 0, else e^x − 1, elementwise. */
    public static Matrix elu(Matrix x) {
        return Activations.elu().forward(x);
    }

    /** x for x > 0, else α·(e^x − 1), elementwise. */
    public static Matrix elu(Matrix x, double alpha) {
        return Activations.elu(alpha).forward(x);
    }

    public static double elu(double x) {
        return Activations.elu().apply(x);
    }

    public static double elu(double x, double alpha) {
        return Activations.elu(alpha).apply(x);
    }

    /** Exact GELU x·Φ(x), elementwise. */
    public static Matrix gelu(Matrix x) {
        return Activations.gelu().forward(x);
    }

    public static double gelu(double x) {
        return Activations.gelu().apply(x);
    }

    /** GELU's tanh approximation, elementwise. */
    public static Matrix geluTanh(Matrix x) {
        return Activations.geluTanh().forward(x);
    }

    public static double geluTanh(double x) {
        return Activations.geluTanh().apply(x);
    }

    /** x·σ(x) elementwise. */
    public static Matrix silu(Matrix x) {
        return Activations.silu().forward(x);
    }

    public static double silu(double x) {
        return Activations.silu().apply(x);
    }

    /** log(1 + e^x) elementwise, stable at any x. */
    public static Matrix softplus(Matrix x) {
        return Activations.softplus().forward(x);
    }

    public static double softplus(double x) {
        return Activations.softplus().apply(x);
    }

    // ================================================================ losses and metrics

    /** Mean categorical cross-entropy of n×k probabilities against n labels; predictions clipped to [1e-7, 1 − 1e-7]. */
    public static double crossEntropy(Matrix yPred, int[] labels) {
        return Losses.crossEntropy(yPred, labels);
    }

    /** Mean categorical cross-entropy against one-hot rows of the same shape. */
    public static double crossEntropy(Matrix yPred, Matrix oneHot) {
        return Losses.crossEntropy(yPred, oneHot);
    }

    /** Mean binary cross-entropy over outputs, then samples; predictions clipped to [1e-7, 1 − 1e-7]. */
    public static double binaryCrossEntropy(Matrix yPred, Matrix yTrue) {
        return Losses.binaryCrossEntropy(yPred, yTrue);
    }

    /** Mean squared error over all values. */
    public static double mse(Matrix yPred, Matrix yTrue) {
        return Losses.mse(yPred, yTrue);
    }

    /** Mean absolute error over all values. */
    public static double mae(Matrix yPred, Matrix yTrue) {
        return Losses.mae(yPred, yTrue);
    }

    /** Mean negative log-likelihood of log-probabilities (logSoftmax outputs) against labels. */
    public static double nll(Matrix logProbs, int[] labels) {
        return Losses.nll(logProbs, labels);
    }

    /** Fraction of rows whose argmax equals the label; a single column is class 1 above 0.5, as predict decides. */
    public static double accuracy(Matrix yPred, int[] labels) {
        return Metrics.accuracy(yPred, labels);
    }

    /** Fraction of rows whose argmax equals the one-hot row's argmax. */
    public static double accuracy(Matrix yPred, Matrix oneHot) {
        return Metrics.accuracy(yPred, oneHot);
    }

    /** Keras: mean over all values of yTrue == (yPred > 0.5). */
    public static double binaryAccuracy(Matrix yPred, Matrix yTrue) {
        return Metrics.binaryAccuracy(yPred, yTrue);
    }

    /** Keras: mean over all values of yTrue == (yPred > threshold). */
    public static double binaryAccuracy(Matrix yPred, Matrix yTrue, double threshold) {
        return Metrics.binaryAccuracy(yPred, yTrue, threshold);
    }

    // ================================================================ datasets

    /** nnfs's spiral: points per class, noise 0.2; see {@link Datasets#spiral(int, int, double)}. */
    public static Dataset spiral(int points, int classes) {
        return Datasets.spiral(points, classes);
    }

    public static Dataset spiral(int points, int classes, double noise) {
        return Datasets.spiral(points, classes, noise);
    }

    /** nnfs's vertical_data: points per class. */
    public static Dataset vertical(int points, int classes) {
        return Datasets.vertical(points, classes);
    }

    /** nnfs's sine_data: a regression set, x in [0, 1), targets sin(2πx). */
    public static Dataset sine(int samples) {
        return Datasets.sine(samples);
    }

    /** Noisy XOR: points per class, noise 0.1. */
    public static Dataset xor(int points) {
        return Datasets.xor(points);
    }

    public static Dataset xor(int points, double noise) {
        return Datasets.xor(points, noise);
    }

    /** scikit-learn's make_circles: points in all, noise 0.05, factor 0.5. */
    public static Dataset circles(int points) {
        return Datasets.circles(points);
    }

    public static Dataset circles(int points, double noise, double factor) {
        return Datasets.circles(points, noise, factor);
    }

    /** scikit-learn's make_moons: points in all, noise 0.1. */
    public static Dataset moons(int points) {
        return Datasets.moons(points);
    }

    public static Dataset moons(int points, double noise) {
        return Datasets.moons(points, noise);
    }

    /** Gaussian blobs around random centers: points per center, std 1. */
    public static Dataset blobs(int points, int centers) {
        return Datasets.blobs(points, centers);
    }

    public static Dataset blobs(int points, int centers, double std) {
        return Datasets.blobs(points, centers, std);
    }

    /** Fisher's iris, shipped: 150×4, labels setosa 0, versicolor 1, virginica 2. */
    public static Dataset iris() {
        return Datasets.iris();
    }

    /**
     * A CSV file: header and # comment lines skipped, labels integers or names; labelColumn −1 = last, −2 the one
     * before.
     */
    public static Dataset csv(String path, int labelColumn) {
        return Datasets.csv(path, labelColumn);
    }

    /**
     * A CSV file of numbers as a Matrix, a text header and # comments skipped: numpy's
     * {@code loadtxt(path, delimiter=",")}, for regression data
     * ({@code Dataset.regression(a.cols(0, 3), a.cols(3, 4))}).
     */
    public static Matrix loadtxt(String path) {
        return Datasets.loadtxt(path);
    }

    // ================================================================ networks

    /** An empty network to build fluently: {@code net().dense(2, 64).relu().dense(64, 3).softmax()}. */
    public static Net net() {
        return new Net();
    }

    /** A net saved with {@code model.save(path)}: architecture, weights and optimizer state, ready to predict or train on. */
    public static Net load(String path) {
        return Net.load(path);
    }

    // ================================================================ training

    /** SGD, lr 1.0 (nnfs' default); chain {@code .momentum(m)}, {@code .decay(d)}. */
    public static Sgd sgd() {
        return Optimizers.sgd();
    }

    public static Sgd sgd(double learningRate) {
        return Optimizers.sgd(learningRate);
    }

    /** Adagrad, lr 1.0, ε 1e-7; chain {@code .decay(d)}, {@code .epsilon(e)}. */
    public static Adagrad adagrad() {
        return Optimizers.adagrad();
    }

    public static Adagrad adagrad(double learningRate) {
        return Optimizers.adagrad(learningRate);
    }

    /** RMSprop, lr 0.001, ρ 0.9, ε 1e-7; chain {@code .rho(r)}, {@code .decay(d)}, {@code .epsilon(e)}. */
    public static RmsProp rmsprop() {
        return Optimizers.rmsprop();
    }

    public static RmsProp rmsprop(double learningRate) {
        return Optimizers.rmsprop(learningRate);
    }

    /** Adam, lr 0.001, β₁ 0.9, β₂ 0.999, ε 1e-7; chain {@code .decay(d)}, {@code .beta1(b)}, … */
    public static Adam adam() {
        return Optimizers.adam();
    }

    public static Adam adam(double learningRate) {
        return Optimizers.adam(learningRate);
    }

    /** Fit options with mini-batches of {@code n}, shuffled each epoch: {@code fit(d, 100, adam(), batchSize(32))}. */
    public static FitOptions batchSize(int n) {
        return FitOptions.DEFAULT.batchSize(n);
    }

    /** Fit options holding out the last {@code fraction} of the data for validation (Keras' validation_split). */
    public static FitOptions validation(double fraction) {
        return FitOptions.DEFAULT.validation(fraction);
    }

    /** Fit options validating on {@code data} after each epoch. */
    public static FitOptions validation(Dataset data) {
        return FitOptions.DEFAULT.validation(data);
    }

    /** Fit options with no progress lines (warnings about likely mistakes still print). */
    public static FitOptions quiet() {
        return FitOptions.DEFAULT.quiet();
    }

    /** Fit options with a summary line every {@code n} epochs. */
    public static FitOptions every(int n) {
        return FitOptions.DEFAULT.every(n);
    }

    /** Fit options training on {@code loss} (e.g. {@code Losses.mae()}) instead of the implied one. */
    public static FitOptions loss(Loss loss) {
        return FitOptions.DEFAULT.loss(loss);
    }

    // ================================================================ plots

    /**
     * The loss per epoch of a fit as a terminal chart (validation loss dotted): {@code plot(model.fit(…))};
     * {@code plot(h).savePng("loss.png")} writes it as a PNG image.
     */
    public static LineChart plot(History history) {
        return Plots.history(history);
    }

    /** A terminal line chart of {@code values} against their index; {@code .savePng(path)} writes it as a PNG image. */
    public static LineChart plot(double... values) {
        return Plots.line("values", values);
    }

    /**
     * A terminal map of the classes {@code model} predicts over a two-input dataset's plane, its samples on top;
     * {@code .savePng(path)} writes it as a PNG image.
     */
    public static DecisionMap boundary(Net model, Dataset data) {
        return Plots.boundary(model, data);
    }
}
