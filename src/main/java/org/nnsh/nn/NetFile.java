package org.nnsh.nn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.nnsh.io.AtomicFile;
import org.nnsh.io.SafeTensors;
import org.nnsh.io.SafeTensorsHeader;
import org.nnsh.tensor.Matrix;
import org.nnsh.tensor.PythonFloat;

/**
 * A net as a safetensors file. Tensors: each dense layer's weights and biases, named by the layer's
 * index ({@code layers.0.weights}, {@code layers.0.biases}), and the optimizer's per-parameter state
 * beside them ({@code optimizer.layers.0.weights.momentum}, {@code ….cache}). Metadata: the format and
 * its version, the architecture and the optimizer as JSON ({@link NetJson}), the loss when a fit chose
 * one, the precision a regression's accuracy is counted within after a fit, and a SHA-256 checksum
 * over all of it.
 *
 * <p>Loading checks everything before it returns anything: a file cut short, changed after nnsh saved
 * it, or whose architecture and tensors disagree is rejected with the reason. Each tensor's name and
 * shape are checked against the architecture from the header alone, before any tensor is read, so a
 * tampered header cannot make load allocate what it claims. A loaded net continues
 * training exactly as the saved one would have. Not saved: the history of the last fit, and the
 * global random stream (seed again before training to repeat a run).
 */
final class NetFile {
    static final String FORMAT = "nnsh.net";
    static final String VERSION = "1";
    private static final String ENDING = ".safetensors";
    private static final String CHECKSUM = "checksum";
    private static final String PRECISION = "precision";
    private static final Set<String> METADATA_KEYS = Set.of("format", "version", "architecture", "optimizer", "loss", PRECISION,
            CHECKSUM);

    /**
     * Endings of other libraries' model files. save writes safetensors whatever the name, so
     * model.save("model.keras") made a file that Keras (or PyTorch, ONNX, pickle) cannot open, under
     * a name that says it can.
     */
    private static final Set<String> FOREIGN_ENDINGS =
            Set.of("keras", "h5", "hdf5", "pt", "pth", "onnx", "pkl", "pickle", "ckpt", "joblib", "npy", "npz");

    private NetFile() {
    }

    /** An empty path is the working directory, which the file system would report as "  is a directory". */
    private static void requireName(String op, Path path) {
        if (path.toString().isEmpty()) {
            throw new IllegalArgumentException(op + ": the path is empty; give the file's name, e.g. " + op
                    + "(\"model.safetensors\")");
        }
    }

    private static void requireSafetensorsEnding(Path path) {
        Path fileName = path.getFileName();
        String name = fileName == null ? "" : fileName.toString();
        int dot = name.lastIndexOf('.');
        String ending = dot > 0 ? name.substring(dot + 1) : "";
        if (FOREIGN_ENDINGS.contains(ending.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("save " + path + ": nnsh writes safetensors, not ." + ending
                    + " (another library's format); name the file " + name.substring(0, dot) + ".safetensors");
        }
    }

    static void save(Net net, Path path) {
        requireName("save", path);
        requireSafetensorsEnding(path);
        if (net.layers().isEmpty()) {
            throw new IllegalStateException("save: the net has no layers yet; add some, e.g. net().dense(2, 3).softmax()");
        }
        Optimizer optimizer = net.optimizer();
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("format", FORMAT);
        metadata.put("version", VERSION);
        try {
            metadata.put("architecture", NetJson.architecture(net.layers()));
            if (optimizer != null) {
                metadata.put("optimizer", NetJson.optimizer(optimizer));
            }
            if (net.lossOverride() != null) {
                metadata.put("loss", NetJson.lossName(net.lossOverride()));
            }
            if (!Double.isNaN(net.precision())) {
                // repr round-trips the double exactly, so the loaded net scores as the saved one
                metadata.put(PRECISION, PythonFloat.repr(net.precision()));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("save " + path + ": " + e.getMessage(), e);
        }
        Map<String, Matrix> tensors = new LinkedHashMap<>();
        List<Layer> layers = net.layers();
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof Dense dense) {
                putParam(tensors, optimizer, paramName(i, "weights"), dense.params().get(0));
                putParam(tensors, optimizer, paramName(i, "biases"), dense.params().get(1));
            }
        }
        metadata.put(CHECKSUM, checksum(tensors, metadata));
        try {
            new SafeTensors(tensors, metadata).write(path);
        } catch (IOException e) {
            throw new UncheckedIOException("save " + path + ": " + AtomicFile.problem(path, e, true), e);
        }
    }

    static Net load(Path path) {
        requireName("load", path);
        SafeTensors.Vetted<Plan> file;
        try {
            file = SafeTensors.read(path, header -> {
                try {
                    return plan(header);
                } catch (IllegalArgumentException e) {
                    throw loadError(path, e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("load " + path + ": " + AtomicFile.problem(path, e, false)
                    + otherSpelling(path, e), e);
        }
        try {
            SafeTensors contents = file.contents();
            if (!contents.metadata().get(CHECKSUM).equals(checksum(contents.tensors(), contents.metadata()))) {
                throw new IllegalArgumentException("the file was changed after nnsh saved it: its checksum does not match its"
                        + " tensors and metadata");
            }
            return rebuild(file.vetted(), contents);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw loadError(path, e);
        }
    }

    /**
     * save writes the name as given, so model.save("m") then load("m.safetensors"), or the other way round, names a
     * file that is not there though the one meant is: say which one is.
     */
    private static String otherSpelling(Path path, IOException e) {
        Path fileName = path.getFileName();
        if (!(e instanceof NoSuchFileException) || fileName == null) {
            return "";
        }
        String name = fileName.toString();
        String other = name.endsWith(ENDING) && name.length() > ENDING.length()
                ? name.substring(0, name.length() - ENDING.length()) : name + ENDING;
        Path sibling = path.resolveSibling(other);
        return Files.isRegularFile(sibling) ? "; there is " + sibling + " (save writes the name as given, adding no ending)" : "";
    }

    private static IllegalArgumentException loadError(Path path, RuntimeException e) {
        return new IllegalArgumentException("load " + path + ": " + e.getMessage(), e);
    }

    private static void putParam(Map<String, Matrix> tensors, Optimizer optimizer, String name, Param p) {
        tensors.put(name, p.value());
        if (optimizer != null && optimizer.hasSlots(p)) {
            double[][][] slots = optimizer.slots(p);
            for (int s = 0; s < slots.length; s++) {
                tensors.put(slotName(name, optimizer.slotNames().get(s)), p.shown(slots[s]));
            }
        }
    }

    /** What a file's metadata describes, worked out from its header alone. */
    private record Plan(List<NetJson.LayerSpec> specs, Optimizer optimizer, Loss loss, double precision) {
    }

    /** One dense parameter the architecture calls for: its tensor's name, its shape, and the layer it belongs to. */
    private record ParamSpec(String name, int rows, int cols, String layer) {
    }

    /**
     * Checks the metadata, and every tensor's name and shape against what the architecture and the
     * optimizer call for, before any tensor is built: a tampered header must not make load allocate
     * what its shapes claim.
     */
    private static Plan plan(SafeTensorsHeader header) {
        Map<String, String> metadata = header.metadata();
        if (!FORMAT.equals(metadata.get("format"))) {
            throw new IllegalArgumentException("this safetensors file is not a net saved by nnsh (its metadata has no format \""
                    + FORMAT + "\")");
        }
        if (!VERSION.equals(metadata.get("version"))) {
            throw new IllegalArgumentException("format version " + metadata.get("version") + " is not one this nnsh reads ("
                    + VERSION + ")");
        }
        for (String key : metadata.keySet()) {
            if (!METADATA_KEYS.contains(key)) {
                throw new IllegalArgumentException("unexpected metadata entry \"" + key + "\"");
            }
        }
        if (!metadata.containsKey(CHECKSUM)) {
            throw new IllegalArgumentException("the metadata has no checksum");
        }
        String architecture = metadata.get("architecture");
        if (architecture == null) {
            throw new IllegalArgumentException("the metadata has no architecture");
        }
        List<NetJson.LayerSpec> specs = NetJson.readArchitecture(architecture);
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("the architecture has no layers");
        }
        Optimizer optimizer = metadata.containsKey("optimizer") ? NetJson.readOptimizer(metadata.get("optimizer")) : null;
        Loss loss = metadata.containsKey("loss") ? NetJson.readLoss(metadata.get("loss")) : null;
        double precision = metadata.containsKey(PRECISION) ? precision(metadata.get(PRECISION)) : Double.NaN;
        checkTensors(header.entries(), params(specs), optimizer);
        return new Plan(specs, optimizer, loss, precision);
    }

    private static List<ParamSpec> params(List<NetJson.LayerSpec> specs) {
        List<ParamSpec> params = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i) instanceof NetJson.DenseSpec d) {
                String layer = "layer " + i + " (dense(" + d.inputs() + ", " + d.outputs() + "))";
                params.add(new ParamSpec(paramName(i, "weights"), d.inputs(), d.outputs(), layer));
                params.add(new ParamSpec(paramName(i, "biases"), 1, d.outputs(), layer));
            }
        }
        return params;
    }

    /**
     * Every parameter has its tensor, and the optimizer state of each has all of its slots or none (a
     * parameter not yet updated); every tensor has the shape its parameter needs; no tensor is left over.
     */
    private static void checkTensors(List<SafeTensorsHeader.Entry> entries, List<ParamSpec> params, Optimizer optimizer) {
        Map<String, List<Long>> shapes = new LinkedHashMap<>();
        entries.forEach(entry -> shapes.put(entry.name(), entry.shape()));
        Set<String> unused = new LinkedHashSet<>(shapes.keySet());
        for (ParamSpec p : params) {
            if (!shapes.containsKey(p.name())) {
                throw new IllegalArgumentException("the architecture's " + p.layer() + " needs a tensor \"" + p.name()
                        + "\", which the file does not have");
            }
            checkShape(p.name(), shapes.get(p.name()), p, "the architecture's " + p.layer());
            unused.remove(p.name());
        }
        if (optimizer != null) {
            for (ParamSpec p : params) {
                List<String> slots = optimizer.slotNames().stream().map(slot -> slotName(p.name(), slot)).toList();
                if (slots.stream().noneMatch(shapes::containsKey)) {
                    continue;
                }
                for (String slot : slots) {
                    if (!shapes.containsKey(slot)) {
                        throw new IllegalArgumentException("the " + optimizer.name() + " state of \"" + p.name()
                                + "\" is incomplete: tensor \"" + slot + "\" is missing");
                    }
                    checkShape(slot, shapes.get(slot), p, "parameter \"" + p.name() + "\"");
                    unused.remove(slot);
                }
            }
        }
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException("tensor \"" + unused.iterator().next() + "\" belongs to no layer of the architecture"
                    + (optimizer == null ? " (and there is no optimizer)" : ""));
        }
    }

    /** Tensor {@code name}, of the given header shape, must be 2-D and p's rows×cols because {@code owner} needs it so. */
    private static void checkShape(String name, List<Long> shape, ParamSpec p, String owner) {
        if (!shape.equals(List.of((long) p.rows(), (long) p.cols()))) {
            String found = shape.size() == 1 ? "(" + shape.get(0) + ",)"
                    : "(" + shape.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
            throw new IllegalArgumentException("tensor \"" + name + "\" is " + found + " but " + owner + " needs ("
                    + p.rows() + ", " + p.cols() + ")");
        }
    }

    /** The net the plan describes, from tensors whose names and shapes {@link #plan} has checked. */
    private static Net rebuild(Plan plan, SafeTensors file) {
        List<NetJson.LayerSpec> specs = plan.specs();
        Net net = new Net();
        for (int i = 0; i < specs.size(); i++) {
            NetJson.LayerSpec spec = specs.get(i);
            if (spec instanceof NetJson.DenseSpec d) {
                net.dense(file.tensor(paramName(i, "weights")), file.tensor(paramName(i, "biases")))
                        .l1(d.l1Weights(), d.l1Biases()).l2(d.l2Weights(), d.l2Biases());
            } else if (spec instanceof NetJson.ActivationSpec a) {
                net.activation(a.activation());
            } else if (spec instanceof NetJson.DropoutSpec d) {
                net.dropout(d.rate());
            }
        }
        Optimizer optimizer = plan.optimizer();
        if (optimizer != null) {
            for (int i = 0; i < specs.size(); i++) {
                if (net.layers().get(i) instanceof Dense dense) {
                    restoreSlots(file, optimizer, paramName(i, "weights"), dense.params().get(0));
                    restoreSlots(file, optimizer, paramName(i, "biases"), dense.params().get(1));
                }
            }
        }
        net.resume(optimizer, plan.loss());
        net.rememberPrecision(plan.precision());
        return net;
    }

    /** The saved regression precision: a finite number ≥ 0. */
    private static double precision(String text) {
        double p;
        try {
            p = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            p = Double.NaN;
        }
        if (!(p >= 0 && Double.isFinite(p))) {
            throw new IllegalArgumentException("the metadata's precision \"" + text + "\" is not a finite number ≥ 0");
        }
        return p;
    }

    /** Restores the optimizer's state for {@code p} if the file has it ({@link #plan} checked it has all slots or none). */
    private static void restoreSlots(SafeTensors file, Optimizer optimizer, String name, Param p) {
        List<String> slotNames = optimizer.slotNames();
        if (!file.tensors().containsKey(slotName(name, slotNames.get(0)))) {
            return;
        }
        double[][][] slots = optimizer.slots(p);
        for (int s = 0; s < slots.length; s++) {
            p.store(file.tensor(slotName(name, slotNames.get(s))), slots[s]);
        }
    }

    private static String paramName(int layer, String param) {
        return "layers." + layer + "." + param;
    }

    private static String slotName(String param, String slot) {
        return "optimizer." + param + "." + slot;
    }

    /**
     * SHA-256 over the metadata (all but the checksum, by key) and the tensors (by name: shape and
     * little-endian values), each string length-prefixed so no two contents encode alike.
     */
    static String checksum(Map<String, Matrix> tensors, Map<String, String> metadata) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        Map<String, String> sortedMetadata = new TreeMap<>(metadata);
        sortedMetadata.remove(CHECKSUM);
        sortedMetadata.forEach((key, value) -> {
            text(sha, key);
            text(sha, value);
        });
        new TreeMap<>(tensors).forEach((name, m) -> {
            text(sha, name);
            ByteBuffer values = ByteBuffer.allocate(9 + 8 * m.size()).order(ByteOrder.LITTLE_ENDIAN);
            values.put((byte) (m.isVector() ? 1 : 2)).putInt(m.rows()).putInt(m.cols());
            for (double[] row : m.toArray()) {
                for (double v : row) {
                    values.putDouble(v);
                }
            }
            sha.update(values.flip());
        });
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }

    private static void text(MessageDigest sha, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(bytes.length).flip());
        sha.update(bytes);
    }
}
