package org.nnsh.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.NumpyRandom;
import org.nnsh.tensor.PythonFloat;

/**
 * Samples and what to learn from them: {@code x()} is an n×f Matrix (one row per sample), and either
 * class labels or regression targets. Java needs one return type per method, so the two kinds split:
 * {@code y()} gives the {@code int[]} labels 0 … k−1 of a classification dataset, {@code targets()} the
 * n×t Matrix of a regression dataset (for a classification dataset, the labels as an n×1 column, which is
 * what a sigmoid output learns). Immutable: shuffle and split return new datasets.
 */
public final class Dataset {
    /**
     * The most classes a dataset may have. k = largest label + 1 classes each get a name and a one-hot
     * column, so a label far past any real number of classes (an id, a count) would take minutes and
     * exhaust memory instead of being reported; Integer.MAX_VALUE would even wrap k around to negative.
     */
    static final int MAX_CLASSES = 1_000_000;

    private final Matrix x;
    private final int[] labels;
    private final Matrix targets;
    private final List<String> classNames;

    private Dataset(Matrix x, int[] labels, Matrix targets, List<String> classNames) {
        this.x = x;
        this.labels = labels;
        this.targets = targets;
        this.classNames = classNames;
    }

    /** A classification dataset: row i of x has label y[i]; classes are named "0" … "k−1". */
    public static Dataset of(Matrix x, int[] y) {
        Objects.requireNonNull(y, "dataset: y is null");
        for (int i = 0; i < y.length; i++) {
            if (y[i] >= MAX_CLASSES) {
                throw new IllegalArgumentException("dataset: label " + y[i] + " at row " + i + " is too large for a"
                        + " class; expected labels 0 … k−1 with k at most " + MAX_CLASSES);
            }
        }
        int classes = Arrays.stream(y).max().orElse(-1) + 1;
        List<String> names = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            names.add(Integer.toString(c));
        }
        return of(x, y, names);
    }

    /** A classification dataset whose label c is called {@code classNames.get(c)}. */
    public static Dataset of(Matrix x, int[] y, List<String> classNames) {
        Objects.requireNonNull(x, "dataset: x is null");
        Objects.requireNonNull(y, "dataset: y is null");
        Objects.requireNonNull(classNames, "dataset: classNames is null");
        Map<String, Integer> classOf = new HashMap<>();
        for (int c = 0; c < classNames.size(); c++) { // not indexOf(null): List.of's own lists throw on it
            String name = classNames.get(c);
            if (name == null) {
                throw new NullPointerException("dataset: the name of class " + c + " is null");
            }
            // two classes of one name could not be told apart by their names (a csv's labels, a map's legend)
            Integer before = classOf.putIfAbsent(name, c);
            if (before != null) {
                throw new IllegalArgumentException("dataset: classes " + before + " and " + c + " are both named \""
                        + name + "\"; expected a name of its own for each class");
            }
        }
        if (x.rows() != y.length) {
            throw new IllegalArgumentException("dataset: x of shape " + x.shapeString() + " has " + count(x.rows(), "row")
                    + " but y has " + count(y.length, "label") + "; expected one label per row" + vectorHint(x, y.length));
        }
        if (classNames.isEmpty() && y.length > 0) { // the loop below would say "outside 0..-1"
            throw new IllegalArgumentException("dataset: " + count(y.length, "label")
                    + " but no class names; expected one name per class (labels 0 … k−1)");
        }
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= classNames.size()) {
                throw new IllegalArgumentException("dataset: label " + y[i] + " at row " + i + " is outside 0.."
                        + (classNames.size() - 1));
            }
        }
        return new Dataset(x, y.clone(), null, List.copyOf(classNames));
    }

    /** A regression dataset: row i of x should map to row i of targets. */
    public static Dataset regression(Matrix x, Matrix targets) {
        Objects.requireNonNull(x, "dataset: x is null");
        Objects.requireNonNull(targets, "dataset: targets is null");
        if (x.rows() != targets.rows()) {
            throw new IllegalArgumentException("dataset: x of shape " + x.shapeString() + " has " + count(x.rows(), "row")
                    + " but targets of shape " + targets.shapeString() + " has " + count(targets.rows(), "row")
                    + "; expected one row of targets per row of x" + vectorHint(x, targets.rows()) + vectorHint(targets, x.rows()));
        }
        if (x.isVector() && targets.isVector() && x.cols() == targets.cols() && x.cols() > 1) {
            // numpy's regression(x, x ** 2) over 1-D samples: as two rows it was one sample of n features and n targets,
            // refused only at fit as "the net expects 1 input, but the data has n columns"
            int n = x.cols();
            throw new IllegalArgumentException("dataset: x " + x.shapeString() + " and targets " + targets.shapeString()
                    + " are vectors, one row each: one sample of " + n + " features with " + n + " targets; for " + n
                    + " samples of one value each, pass x.T() and targets.T() (for one sample, reshape(1, -1) both)");
        }
        return new Dataset(x, null, targets, List.of());
    }

    /** {@code 1 row}, {@code 3 rows}, {@code 2 classes}: messages name one thing in the singular. */
    private static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun.endsWith("s") ? noun + "es" : noun + "s");
    }

    /** numpy users pass 1-D arrays of n samples; nnsh's vector is one row, so say how to make it n rows. */
    private static String vectorHint(Matrix m, int samples) {
        return m.isVector() && samples > 1 && m.cols() == samples
                ? " (a vector is one row; .T() makes it " + samples + " rows of one value)" : "";
    }

    /** The n×f samples. */
    public Matrix x() {
        return x;
    }

    /** The class labels (a copy); a regression dataset has none and says to use {@code targets()}. */
    public int[] y() {
        if (labels == null) {
            throw new IllegalStateException("y: a regression dataset has no class labels; use targets()");
        }
        return labels.clone();
    }

    /** The regression targets (n×t), or for classification the labels as an n×1 column. */
    public Matrix targets() {
        if (targets != null) {
            return targets;
        }
        double[][] column = new double[labels.length][1];
        for (int i = 0; i < labels.length; i++) {
            column[i][0] = labels[i];
        }
        return Matrix.wrap(column, 1);
    }

    public boolean isRegression() {
        return labels == null;
    }

    /** The number of samples. */
    public int size() {
        return x.rows();
    }

    /** The number of classes k (labels run 0 … k−1); 0 for a regression dataset. */
    public int classes() {
        return classNames.size();
    }

    /** The class names, index = label: {@code setosa, versicolor, virginica} for iris. */
    public List<String> classNames() {
        return classNames;
    }

    /** The labels one-hot encoded: n×k, row i has a 1 in column y[i]. */
    public Matrix oneHot() {
        if (labels == null) {
            throw new IllegalStateException("oneHot: a regression dataset has no class labels");
        }
        // samples × classes can far outgrow the data itself (a label per row up to 10^6 classes): say so
        // rather than end in a bare OutOfMemoryError
        Datasets.checkSamples("oneHot", labels.length + " samples of " + classes() + " classes", labels.length, classes());
        double[][] a = new double[labels.length][classes()];
        for (int i = 0; i < labels.length; i++) {
            a[i][labels[i]] = 1;
        }
        return Matrix.wrap(a);
    }

    /**
     * The same samples in a random order drawn from the global stream, as numpy's
     * {@code idx = np.random.permutation(n); X[idx], y[idx]}: reproducible after {@code seed}.
     */
    public Dataset shuffle() {
        return select(NumpyRandom.global().permutation(size()));
    }

    /**
     * The first floor(fraction·n) samples for training, the rest for testing, order kept (shuffle
     * first for a random split), as sklearn's {@code train_test_split(train_size=fraction,
     * shuffle=False)}. fraction must lie strictly between 0 and 1, and, as sklearn requires, leave
     * each part of a non-empty dataset at least one sample.
     */
    public Split split(double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("split: fraction must be between 0 and 1 (exclusive), got " + fraction);
        }
        int cut = trainingSize(fraction);
        if (size() > 0 && (cut == 0 || cut == size())) {
            // the call as it would be typed (split(2e-10)), as fit writes validation(f), not Java's 2.0E-10
            throw new IllegalArgumentException("split(" + PythonFloat.repr(fraction) + ") of " + count(size(), "sample")
                    + " leaves " + cut + " for training and " + (size() - cut) + " for testing; each part needs at least 1"
                    + " sample");
        }
        int[] train = new int[cut];
        int[] test = new int[size() - cut];
        Arrays.setAll(train, i -> i);
        Arrays.setAll(test, i -> cut + i);
        return new Split(select(train), select(test));
    }

    /**
     * How many samples {@link #split}(fraction) trains on: floor(fraction·n), as sklearn and Keras count.
     * 0 and 1 are allowed (none, all: fit's validation(f) asks for 1 − f, which rounds to 1 for a tiny f and
     * explains that itself), anything else outside [0, 1] is refused: trainingSize(2) of 5 samples was 10.
     */
    public int trainingSize(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("trainingSize: fraction must be between 0 and 1, got " + fraction);
        }
        return (int) Math.floor(fraction * size());
    }

    /** A training part and a test part of one dataset. */
    public record Split(Dataset train, Dataset test) {
    }

    private Dataset select(int[] rows) {
        Matrix sx = samples(x).take(rows);
        if (labels == null) {
            return new Dataset(sx, null, samples(targets).take(rows), classNames);
        }
        int[] sy = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            sy[i] = labels[rows[i]];
        }
        return new Dataset(sx, sy, null, classNames);
    }

    /** A dataset's vector is one sample (one row), where take would pick its values. */
    private static Matrix samples(Matrix m) {
        return m.isVector() ? m.reshape(1, m.cols()) : m;
    }

    /** {@code Dataset 300×2, 3 classes} or {@code Dataset 1000×1 → 1 target}. */
    @Override
    public String toString() {
        String shape = "Dataset " + x.rows() + "×" + x.cols();
        if (labels == null) {
            return shape + " → " + count(targets.cols(), "target");
        }
        return shape + ", " + count(classes(), "class");
    }
}
