package org.nnsh.nn;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.nnsh.tensor.Matrix;

/**
 * A net as a safetensors file. Tensors: each dense layer's weights and biases, named by the layer's
 * index ({@code layers.0.weights}, {@code layers.0.biases}), and the optimizer's per-parameter state
 * beside them ({@code optimizer.layers.0.weights.momentum}, {@code ….cache}). Metadata: the format and
 * its version, the architecture and the optimizer as JSON ({@link NetJson}), the loss when a fit chose
 * one, and a SHA-256 checksum over all of it.
 *
 * <p>Loading checks everything before it returns anything: a file cut short, changed after nnsh saved
 * it, or whose architecture and tensors disagree is rejected with the reason. A loaded net continues
 * training exactly as the saved one would have. Not saved: the history of the last fit, and the
 * global random stream (seed again before training to repeat a run).
 */
final class NetFile {
    static final String FORMAT = "nnsh.net";
    static final String VERSION = "1";
    private static final String CHECKSUM = "checksum";
    private static final Set<String> METADATA_KEYS = Set.of("format", "version", "architecture", "optimizer", "loss", CHECKSUM);

    private NetFile() {
    }

    static void save(Net net, Path path) {
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
        new SafeTensors(tensors, metadata).write(path);
    }

    static Net load(Path path) {
        SafeTensors file = SafeTensors.read(path);
        try {
            return rebuild(file);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException("load " + path + ": " + e.getMessage(), e);
        }
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

    private static Net rebuild(SafeTensors file) {
        Map<String, String> metadata = file.metadata();
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
        String saved = metadata.get(CHECKSUM);
        if (saved == null || !saved.equals(checksum(file.tensors(), metadata))) {
            throw new IllegalArgumentException(saved == null ? "the metadata has no checksum"
                    : "the file was changed after nnsh saved it: its checksum does not match its tensors and metadata");
        }
        String architecture = metadata.get("architecture");
        if (architecture == null) {
            throw new IllegalArgumentException("the metadata has no architecture");
        }
        List<NetJson.LayerSpec> specs = NetJson.readArchitecture(architecture);
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("the architecture has no layers");
        }
        Set<String> unused = new LinkedHashSet<>(file.tensors().keySet());
        Net net = new Net();
        for (int i = 0; i < specs.size(); i++) {
            NetJson.LayerSpec spec = specs.get(i);
            if (spec instanceof NetJson.DenseSpec d) {
                String layer = "layer " + i + " (dense(" + d.inputs() + ", " + d.outputs() + "))";
                Matrix weights = take(file, unused, paramName(i, "weights"), d.inputs(), d.outputs(), layer);
                Matrix biases = take(file, unused, paramName(i, "biases"), 1, d.outputs(), layer);
                net.dense(weights, biases).l1(d.l1Weights(), d.l1Biases()).l2(d.l2Weights(), d.l2Biases());
            } else if (spec instanceof NetJson.ActivationSpec a) {
                net.activation(a.activation());
            } else if (spec instanceof NetJson.DropoutSpec d) {
                net.dropout(d.rate());
            }
        }
        Optimizer optimizer = metadata.containsKey("optimizer") ? NetJson.readOptimizer(metadata.get("optimizer")) : null;
        if (optimizer != null) {
            for (int i = 0; i < specs.size(); i++) {
                if (net.layers().get(i) instanceof Dense dense) {
                    restoreSlots(file, unused, optimizer, paramName(i, "weights"), dense.params().get(0));
                    restoreSlots(file, unused, optimizer, paramName(i, "biases"), dense.params().get(1));
                }
            }
        }
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException("tensor \"" + unused.iterator().next() + "\" belongs to no layer of the architecture"
                    + (optimizer == null ? " (and there is no optimizer)" : ""));
        }
        net.resume(optimizer, metadata.containsKey("loss") ? NetJson.readLoss(metadata.get("loss")) : null);
        return net;
    }

    /** The tensor {@code name}, which must be rows×cols because {@code layer} needs it so. */
    private static Matrix take(SafeTensors file, Set<String> unused, String name, int rows, int cols, String layer) {
        Matrix m = file.tensors().get(name);
        if (m == null) {
            throw new IllegalArgumentException("the architecture's " + layer + " needs a tensor \"" + name
                    + "\", which the file does not have");
        }
        if (m.isVector() || m.rows() != rows || m.cols() != cols) {
            throw new IllegalArgumentException("tensor \"" + name + "\" is " + m.shapeString() + " but the architecture's "
                    + layer + " needs (" + rows + "," + cols + ")");
        }
        unused.remove(name);
        return m;
    }

    /** Restores the optimizer's state for {@code p}: all of its slots, or none (a parameter not yet updated). */
    private static void restoreSlots(SafeTensors file, Set<String> unused, Optimizer optimizer, String name, Param p) {
        List<String> slotNames = optimizer.slotNames();
        if (slotNames.stream().noneMatch(slot -> file.tensors().containsKey(slotName(name, slot)))) {
            return;
        }
        double[][][] slots = optimizer.slots(p);
        for (int s = 0; s < slots.length; s++) {
            String slot = slotName(name, slotNames.get(s));
            if (!file.tensors().containsKey(slot)) {
                throw new IllegalArgumentException("the " + optimizer.name() + " state of \"" + name + "\" is incomplete: tensor \""
                        + slot + "\" is missing");
            }
            p.store(take(file, unused, slot, p.rows(), p.cols(), "parameter \"" + name + "\"").toArray(), slots[s]);
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
