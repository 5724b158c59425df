package org.nnsh.nn;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.nnsh.data.Dataset;
import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.PythonFloat;
import org.nnsh.tensor.ShapeException;

/**
 * A feed-forward network built fluently, layer by layer:
 * {@code net().dense(2, 64).relu().dense(64, 3).softmax()}. Each call adds a layer and returns
 * this net; a dense layer draws its weights at the moment it is added. {@code fit} trains it in
 * place with the loss its final activation implies; the net keeps the optimizer and the history of
 * its last fit, so a second {@code fit} continues where the first stopped.
 *
 * <p>Every pass runs on the layers' own buffers, so passes over one net take turns on its lock:
 * {@code forward}, {@code predict} and {@code evaluate} one call at a time, a fit one step at a
 * time, so that predictions made on another thread while it trains see the weights between two
 * steps. Unlocked, two threads predicting at once got each other's rows.
 */
public final class Net {
    private final List<Layer> layers = new ArrayList<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private int width = -1;
    private Optimizer optimizer;
    private Loss lossOverride;
    private History history;
    /** The regression accuracy's precision of the last fit, std(targets)/250, or NaN (see {@link TrainingSet#precision()}). */
    private double precision = Double.NaN;

    /** A fully connected layer from {@code in} to {@code out} values. */
    public Net dense(int in, int out) {
        String label = peekLabel("dense");
        Dense.requirePositive(label, in, out);
        requireInputs(label, in);
        return add("dense", new Dense(label, in, out), out);
    }

    /** A dense layer with the given weights (in×out) and biases (1×out), drawing no random numbers: for loading a saved net. */
    Net dense(Matrix weights, Matrix biases) {
        String label = peekLabel("dense");
        requireInputs(label, weights.rows());
        return add("dense", new Dense(label, weights.toArray(), biases.toArray()), weights.cols());
    }

    /** A dense layer of {@code in} inputs must take the width the layer before it gives (any width when it is the first). */
    private void requireInputs(String label, int in) {
        if (width >= 0 && in != width) {
            throw new ShapeException(label + " takes " + Plural.count(in, "input") + ", but the layer before it gives "
                    + width);
        }
    }

    /** A fully connected layer whose input width is the previous layer's output width. */
    public Net dense(int out) {
        if (out <= 0) {
            throw new IllegalArgumentException(peekLabel("dense") + ": sizes must be positive, got dense(" + out + ")");
        }
        if (width < 0) {
            throw new IllegalStateException("dense(" + out + "): the first dense layer needs its input width too, e.g. dense(2, "
                    + out + ")");
        }
        return dense(width, out);
    }

    /** Adds an activation layer for any {@link Activation}. */
    public Net activation(Activation activation) {
        Objects.requireNonNull(activation, "activation: the activation is null; pass one, e.g. activation(Activations.relu())");
        String name = activation.name();
        if (name == null || name.isBlank()) {
            // the layer's label, the summary and every message name the layer by it: null was a bare NullPointerException
            throw new IllegalArgumentException("activation: the activation's name() is " + (name == null ? "null" : "blank")
                    + "; an Activation needs a name, which the summary and messages show, e.g. \"square\"");
        }
        String kind = baseName(name);
        return add(kind, new ActivationLayer(peekLabel(kind), activation), width);
    }

    public Net relu() {
        return activation(Activations.relu());
    }

    /** Leaky ReLU with slope 0.01 below zero. */
    public Net leakyRelu() {
        return activation(Activations.leakyRelu());
    }

    public Net leakyRelu(double alpha) {
        return activation(Activations.leakyRelu(alpha));
    }

    public Net sigmoid() {
        return activation(Activations.sigmoid());
    }

    public Net tanh() {
        return activation(Activations.tanh());
    }

    public Net softmax() {
        return activation(Activations.softmax());
    }

    public Net logSoftmax() {
        return activation(Activations.logSoftmax());
    }

    public Net linear() {
        return activation(Activations.linear());
    }

    public Net elu() {
        return activation(Activations.elu());
    }

    /** ELU with the given α. */
    public Net elu(double alpha) {
        return activation(Activations.elu(alpha));
    }

    public Net gelu() {
        return activation(Activations.gelu());
    }

    /** GELU by its tanh approximation (GPT-2's, PyTorch's {@code approximate="tanh"}). */
    public Net geluTanh() {
        return activation(Activations.geluTanh());
    }

    public Net silu() {
        return activation(Activations.silu());
    }

    public Net softplus() {
        return activation(Activations.softplus());
    }

    /**
     * Inverted dropout of {@code rate} (the fraction dropped), active only while training; first in
     * the net it drops inputs, as Keras' {@code Dropout} on the input layer does.
     */
    public Net dropout(double rate) {
        return add("dropout", new Dropout(peekLabel("dropout"), rate), width);
    }

    /** L1 penalty λ on the weights and biases of the last dense layer. */
    public Net l1(double lambda) {
        return l1(lambda, lambda);
    }

    /** L1 penalties on the weights and on the biases of the last dense layer. */
    public Net l1(double weights, double biases) {
        lastDense("l1").l1(weights, biases);
        return this;
    }

    /** L2 penalty λ on the weights and biases of the last dense layer. */
    public Net l2(double lambda) {
        return l2(lambda, lambda);
    }

    /** L2 penalties on the weights and on the biases of the last dense layer. */
    public Net l2(double weights, double biases) {
        lastDense("l2").l2(weights, biases);
        return this;
    }

    /** Redraws the last dense layer's weights as He-normal, √(2/in)·randn(in, out), for ReLU nets. */
    public Net he() {
        lastDense("he").heInit();
        return this;
    }

    /** Redraws the last dense layer's weights as Glorot-uniform, ±√(6/(in+out)), as Keras does by default. */
    public Net glorot() {
        lastDense("glorot").glorotInit();
        return this;
    }

    // ---------------------------------------------------------------- training

    /** Trains for {@code epochs} full passes with the optimizer of the last fit, or Adam at its defaults. */
    public History fit(Dataset data, int epochs) {
        return fit(data, epochs, FitOptions.DEFAULT);
    }

    public History fit(Dataset data, int epochs, Optimizer optimizer) {
        return fit(data, epochs, optimizer, FitOptions.DEFAULT);
    }

    public History fit(Dataset data, int epochs, FitOptions options) {
        return fit(data, epochs, optimizer != null ? optimizer : Optimizers.adam(), options);
    }

    /**
     * Trains in place: per epoch, the data in batches (the whole set by default), each a forward
     * pass, the loss, the backward pass and one optimizer step. Returns what it measured; an
     * interrupt stops it after the current step, keeping the weights and the history so far.
     */
    public History fit(Dataset data, int epochs, Optimizer optimizer, FitOptions options) {
        Objects.requireNonNull(data, "fit: data is null");
        Objects.requireNonNull(optimizer, "fit: optimizer is null");
        Objects.requireNonNull(options, "fit: options is null");
        requireDense("fit");
        // a fit that names no loss keeps the last fit's, as it keeps its optimizer: it goes on training the same objective
        Loss chosen = options.loss() != null ? options.loss() : lossOverride;
        return new Trainer(this, optimizer, Objective.of(this, chosen)).fit(data, epochs, options);
    }

    /** One optimisation step on the whole dataset (with the last fit's optimizer, else Adam); scored before the update. */
    public Score step(Dataset data) {
        Objects.requireNonNull(data, "step: data is null");
        requireDense("step");
        return trainer().step(data);
    }

    /**
     * The loss (with any regularisation) and the accuracy on {@code data}, dropout off. A
     * regression's accuracy counts predictions within std(targets)/250, of the last fit's targets
     * as nnfs' evaluate does (a test set of one sample has std 0), else of {@code data}'s.
     */
    public Score evaluate(Dataset data) {
        Objects.requireNonNull(data, "evaluate: data is null");
        requireDense("evaluate");
        return trainer().evaluate(data);
    }

    /**
     * Back-propagated against numerical gradients for every parameter, on {@code data} (dropout off).
     * A thread interrupt (Ctrl-C) stops it with a {@link java.util.concurrent.CancellationException},
     * the parameters as they were.
     */
    public NetGradCheck gradCheck(Dataset data) {
        Objects.requireNonNull(data, "gradCheck: data is null");
        requireDense("gradCheck");
        requireRowsFit("gradCheck", data.size());
        return NetGradCheck.run(this, Objective.of(this, lossOverride), data);
    }

    // ---------------------------------------------------------------- saving

    /**
     * Saves the architecture, the weights and the optimizer with its state to a safetensors file
     * (Python's {@code safetensors} reads it), atomically: the file keeps its old contents until the
     * new ones are complete. {@link #load(String)} gives back a net that predicts the same numbers
     * and continues training exactly as this one would. The history is not saved.
     */
    public void save(String path) {
        Objects.requireNonNull(path, "save: path is null");
        save(path("save", path));
    }

    public void save(Path path) {
        Objects.requireNonNull(path, "save: path is null");
        // between two steps of a fit on another thread, so that weights and optimizer state agree
        synchronized (this) {
            NetFile.save(this, path);
        }
    }

    /** The net saved at {@code path}; a file cut short, changed after saving, or inconsistent is rejected with the reason. */
    public static Net load(String path) {
        Objects.requireNonNull(path, "load: path is null");
        return load(path("load", path));
    }

    public static Net load(Path path) {
        Objects.requireNonNull(path, "load: path is null");
        return NetFile.load(path);
    }

    /** Path.of's InvalidPathException names neither the operation nor what to do (a NUL in a pasted name). */
    private static Path path(String op, String path) {
        try {
            return Path.of(path);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(op + " " + path + ": not a valid path (" + e.getReason() + ")", e);
        }
    }

    /** The history of the last fit (also after it was stopped), or null before any. */
    public History history() {
        return history;
    }

    /** The optimizer of the last fit or step, or null before any. */
    public Optimizer optimizer() {
        return optimizer;
    }

    /** The loss fits use: the last one a fit's options set (later fits keep it), else the one the final activation implies. */
    public Loss loss() {
        return lossOverride != null ? lossOverride : Objective.implied(finalActivationName());
    }

    /** The layers, in order (read-only). */
    public List<Layer> layers() {
        return Collections.unmodifiableList(layers);
    }

    /**
     * Layer i, counting from 0; a negative i counts from the end, as Python's {@code model.layers[-1]} and
     * Matrix's {@code row(-1)} do.
     */
    public Layer layer(int i) {
        int n = layers.size();
        int k = i < 0 ? i + n : i;
        if (k < 0 || k >= n) {
            throw new IndexOutOfBoundsException("layer: index " + i + " is out of range for a net of " + n
                    + (n == 1 ? " layer; expected 0 (or -1)" : " layers" + (n == 0 ? "" : "; expected 0 … " + (n - 1)
                            + " (or -" + n + " … -1 from the end)")));
        }
        return layers.get(k);
    }

    /** The total number of trainable values. */
    public int paramCount() {
        return layers.stream().mapToInt(Layer::paramCount).sum();
    }

    /** Inference: every layer in order, dropout off. */
    public Matrix forward(Matrix x) {
        Objects.requireNonNull(x, "forward: x is null");
        return forward("forward", x);
    }

    private synchronized Matrix forward(String op, Matrix x) {
        requireLayers(op);
        // layers before the first dense keep the width and check nothing: that dense's check is the net's
        Layer first = firstDense().orElse(null);
        (first != null ? first : layers.get(0)).checkInput(x);
        double[][] in = x.toArray();
        Finite.requireValues(op, "the input", in, x.rows());
        double[][] out = infer(op, in, x.rows());
        double[][] rows = new double[x.rows()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = out[i].clone();
        }
        return rows.length == 0 ? Matrix.zeros(0, rememberNoRows(x.cols())) : Matrix.wrap(rows);
    }

    /**
     * After a pass over no rows, which leave no row to read a width from: tells each layer how wide
     * its output was, for {@link Layer#output()}, and returns the last layer's width. {@link #width}
     * cannot serve, as it is -1 for a net of activations only (net().relu() of (0, 3) is (0, 3)).
     */
    private int rememberNoRows(int inputWidth) {
        int w = inputWidth;
        for (Layer layer : layers) {
            w = layer.outputWidth(w);
            layer.rememberNoRows(w);
        }
        return w;
    }

    /**
     * The predicted class of each row: the argmax of the output, or, for a single output column,
     * 1 where the output is above 0.5 (a sigmoid's decision). A regression net (one trained on mse
     * or mae, unless it ends in softmax, logSoftmax or, with several outputs, sigmoid) predicts
     * values, not classes: {@code forward(x)} gives them.
     */
    public int[] predict(Matrix x) {
        Objects.requireNonNull(x, "predict: x is null");
        requireLayers("predict");
        String lossName = loss().name();
        String last = finalActivationName();
        boolean classifies = last.equals("softmax") || last.equals("logSoftmax") || width > 1 && last.equals("sigmoid");
        if ((lossName.equals("mse") || lossName.equals("mae")) && (width == 1 || !classifies)) {
            // a net without dense layers keeps the input's width: its own is -1, which read "regresses -1 values"
            int outputs = width >= 0 ? width : x.cols();
            String regresses = outputs == 1 ? "one value" : outputs + " values";
            throw new IllegalStateException("predict: this net regresses " + regresses + " (it ends in " + ending()
                    + " and trains on " + lossName + "), so it has no classes; forward(x) gives its predictions");
        }
        Matrix y = forward("predict", x);
        if (y.cols() != 1) {
            return y.argmax();
        }
        int[] classes = new int[y.rows()];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = y.get(i, 0) > 0.5 ? 1 : 0;
        }
        return classes;
    }

    /** A Keras-like table of the layers, their output shapes and parameter counts. */
    public Summary summary() {
        return new Summary(this);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Net(");
        for (int i = 0; i < layers.size(); i++) {
            sb.append(i == 0 ? "" : " → ").append(describe(layers.get(i)));
        }
        return sb.append(")").toString();
    }

    static String describe(Layer layer) {
        if (layer instanceof Dense d) {
            return "dense(" + d.inputs() + ", " + d.outputs() + ")";
        }
        if (layer instanceof ActivationLayer a) {
            return a.activation().name();
        }
        if (layer instanceof Dropout d) {
            return "dropout(" + PythonFloat.repr(d.rate()) + ")";
        }
        return layer.label();
    }

    /** The input width the first dense layer expects (layers before it keep widths), or -1 if there is none. */
    int inputWidth() {
        return firstDense().map(Dense::inputs).orElse(-1);
    }

    private Optional<Dense> firstDense() {
        return layers.stream().filter(Dense.class::isInstance).map(Dense.class::cast).findFirst();
    }

    /** The output width of the last layer, or -1 for an empty net. */
    int width() {
        return width;
    }

    /**
     * Inference (dropout off) on finite inputs, whose NaN or ∞ anywhere in the pass is an error
     * naming {@code op} and its cause (see {@link Finite}).
     */
    double[][] infer(String op, double[][] x, int rows) {
        requireRowsFit(op, rows);
        double[][] out;
        try {
            out = run(x, rows, false);
        } catch (ArithmeticException e) {
            throw Finite.midPass(op, this, e);
        }
        Finite.requireOutput(op, this, out, rows);
        return out;
    }

    double[][] run(double[][] x, int rows, boolean training) {
        double[][] h = x;
        for (Layer layer : layers) {
            h = layer.forward(h, rows, training);
            layer.remember(h, rows);
        }
        return h;
    }

    /**
     * Refuses a pass over {@code rows} rows whose layer outputs alone outgrow the heap: dense(1, 100000)
     * over 100000 rows is 10^10 values, which ended in a bare OutOfMemoryError part-way through the layers.
     */
    void requireRowsFit(String op, long rows) {
        requireRowsFit(op, rows, "pass fewer rows at a time (for fit, batchSize(n))");
    }

    /** As {@link #requireRowsFit(String, long)}, with {@code fewer} saying how to pass fewer rows. */
    void requireRowsFit(String op, long rows, String fewer) {
        long values = 0;
        int w = inputWidth();
        for (Layer layer : layers) {
            w = layer.outputWidth(w);
            values += rows * Math.max(w, 0);
        }
        Buffers.requireHeapFor(op, "the layers' outputs for " + rows + " rows", values, fewer);
    }

    /** Grows every layer's buffers for batches of {@code rows} rows (see {@link Layer#prepare}). */
    void prepare(int rows) {
        int w = inputWidth();
        for (Layer layer : layers) {
            layer.prepare(rows, w);
            w = layer.outputWidth(w);
        }
    }

    /** After a step split in two halves between this net and its twin: each layer's output is both halves'. */
    void rememberFollowedBy(Net twin) {
        for (int l = 0; l < layers.size(); l++) {
            layers.get(l).rememberFollowedBy(twin.layers.get(l));
        }
    }

    /**
     * Back-propagates the loss gradient through every layer, last to first; with {@code fused} the
     * gradient is already with respect to the final activation's input, so that layer is skipped.
     */
    void backward(double[][] lossGradient, int rows, boolean fused) {
        double[][] g = lossGradient;
        for (int l = layers.size() - (fused ? 2 : 1); l >= 0; l--) {
            g = layers.get(l).backward(g, rows, l > 0);
        }
    }

    /** What the dense layers' penalties add to the loss. */
    double regularizationLoss() {
        double sum = 0;
        for (Layer layer : layers) {
            if (layer instanceof Dense) {
                sum += ((Dense) layer).regularizationLoss();
            }
        }
        return sum;
    }

    /** The activation of the last layer, or null when the net does not end in one. */
    Activation finalActivation() {
        Layer last = layers.isEmpty() ? null : layers.get(layers.size() - 1);
        return last instanceof ActivationLayer ? ((ActivationLayer) last).activation() : null;
    }

    /**
     * What the trailing dropout layers follow, for messages: the activation's name ({@code softmax}), or
     * {@code dense} for a dense layer (or none); null when the net does not end in dropout.
     */
    String layerBeforeFinalDropout() {
        int i = layers.size() - 1;
        if (i < 0 || !(layers.get(i) instanceof Dropout)) {
            return null;
        }
        while (i >= 0 && layers.get(i) instanceof Dropout) {
            i--;
        }
        return i >= 0 && layers.get(i) instanceof ActivationLayer a ? baseName(a.activation().name()) : "dense";
    }

    /** How the net ends, for messages: its final activation, dropout after what it follows, or dropout alone. */
    private String ending() {
        String dropped = layerBeforeFinalDropout();
        if (dropped == null) {
            return finalActivationName();
        }
        return layers.stream().allMatch(Dropout.class::isInstance) ? "dropout alone" : "dropout after " + dropped;
    }

    /** The final activation's name without parameters ({@code softmax}, {@code leakyRelu}), or linear when the net ends in a dense layer. */
    String finalActivationName() {
        Layer last = layers.isEmpty() ? null : layers.get(layers.size() - 1);
        return last instanceof ActivationLayer ? baseName(((ActivationLayer) last).activation().name()) : "linear";
    }

    /** The loss set by the last fit's options, or null when the final activation implies it. */
    Loss lossOverride() {
        return lossOverride;
    }

    /**
     * Makes {@code optimizer} (with its state) and {@code lossOverride} the net's own: by a fit or
     * step once its data is accepted, and by load with what the file saved.
     */
    void resume(Optimizer optimizer, Loss lossOverride) {
        this.optimizer = optimizer;
        this.lossOverride = lossOverride;
    }

    /** A twin of every layer for a second thread (see {@link Layer#twin()}), or null if one cannot be split. */
    Net twin() {
        Net twin = new Net();
        for (Layer layer : layers) {
            Layer copy = layer.twin();
            if (copy == null) {
                return null;
            }
            twin.layers.add(copy);
        }
        twin.width = width;
        return twin;
    }

    void rememberHistory(History h) {
        history = h;
    }

    /** Fixes the precision a regression's accuracy is counted within, from the last fit's targets (NaN: none). */
    void rememberPrecision(double p) {
        precision = p;
    }

    double precision() {
        return precision;
    }

    private Trainer trainer() {
        return new Trainer(this, optimizer != null ? optimizer : Optimizers.adam(),
                Objective.of(this, lossOverride));
    }

    private Dense lastDense(String op) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (layers.get(i) instanceof Dense) {
                return (Dense) layers.get(i);
            }
        }
        throw new IllegalStateException(op + ": there is no dense layer to apply it to; add one first, e.g. net().dense(2, 64)");
    }

    private Net add(String kind, Layer layer, int newWidth) {
        counts.merge(kind, 1, Integer::sum);
        layers.add(layer);
        width = newWidth;
        return this;
    }

    /** The label the next layer of this kind gets; {@link #add} uses it up, so a layer rejected before then takes none. */
    private String peekLabel(String kind) {
        return kind + " #" + (counts.getOrDefault(kind, 0) + 1);
    }

    private static String baseName(String name) {
        int paren = name.indexOf('(');
        return paren < 0 ? name : name.substring(0, paren);
    }

    /** Training and scoring need parameters, hence a dense layer (which also fixes the input width). */
    private void requireDense(String op) {
        requireLayers(op);
        if (inputWidth() < 0) {
            throw new IllegalStateException(op + ": the net has no dense layer, so nothing to train or score; add one, e.g."
                    + " net().dense(2, 3).softmax()");
        }
    }

    private void requireLayers(String op) {
        if (layers.isEmpty()) {
            throw new IllegalStateException(op + ": the net has no layers yet; add some, e.g. net().dense(2, 3).softmax()");
        }
    }
}
