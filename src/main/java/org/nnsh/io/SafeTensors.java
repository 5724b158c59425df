package org.nnsh.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.nnsh.tensor.Matrix;

/**
 * Named float64 tensors and a string→string metadata map, as a
 * <a href="https://github.com/huggingface/safetensors">safetensors</a> file: an 8-byte little-endian
 * header length N, N bytes of UTF-8 JSON naming each tensor's dtype, shape and byte range, then the
 * little-endian data. The file holds only numbers and text, so loading one can never run code (as
 * Java serialization or Python's pickle can).
 *
 * <p>A vector is stored 1-D (shape {@code [n]}), any other matrix 2-D ({@code [rows, cols]}). Files
 * are laid out as Python's {@code safetensors} lays them out: tensors sorted by name, the header
 * padded with spaces to a multiple of 8 bytes so the data is aligned.
 */
public record SafeTensors(Map<String, Matrix> tensors, Map<String, String> metadata) {
    static final String F64 = "F64";

    /** Copies both maps, keeping their order; no tensor may take the metadata's reserved name. */
    public SafeTensors {
        tensors.forEach((name, m) -> Objects.requireNonNull(m, () -> "safetensors: tensor \"" + name + "\" is null"));
        metadata.forEach((key, value) -> Objects.requireNonNull(value, () -> "safetensors: metadata \"" + key + "\" is null"));
        if (tensors.containsKey(SafeTensorsHeader.METADATA)) {
            throw new IllegalArgumentException("safetensors: " + SafeTensorsHeader.METADATA
                    + " is reserved for the metadata and cannot name a tensor");
        }
        tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** The tensor called {@code name}; the error lists the names there are. */
    public Matrix tensor(String name) {
        Matrix m = tensors.get(name);
        if (m == null) {
            throw new IllegalArgumentException("safetensors: no tensor named \"" + name + "\"; there are " + tensors.keySet());
        }
        return m;
    }

    /** A file's contents and what the caller's vetting made of its header before the tensors were built. */
    public record Vetted<T>(SafeTensors contents, T vetted) {
    }

    /**
     * Reads and checks a whole file; see {@link SafeTensorsReader} for what is rejected (with an
     * {@link IllegalArgumentException}). The {@link IOException}, of a file that cannot be read at
     * all, is left to the caller, which knows the operation to name.
     */
    public static SafeTensors read(Path path) throws IOException {
        return read(path, header -> null).contents();
    }

    /** As {@link #read(Path)}, after {@code vet} has accepted the header: it throws to reject the file before any tensor is allocated. */
    public static <T> Vetted<T> read(Path path, Function<SafeTensorsHeader, T> vet) throws IOException {
        Objects.requireNonNull(path, "safetensors: path is null");
        Objects.requireNonNull(vet, "safetensors: vet is null");
        return SafeTensorsReader.read(path, vet);
    }

    /**
     * Writes the file atomically: {@code path} keeps its old contents until the new ones are complete.
     * The {@link IOException} is left to the caller, which knows the operation to name.
     */
    public void write(Path path) throws IOException {
        List<String> names = new ArrayList<>(tensors.keySet());
        // By UTF-8 bytes, as the reference implementation compares names.
        names.sort(Comparator.comparing((String name) -> name.getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned));
        List<SafeTensorsHeader.Entry> entries = new ArrayList<>();
        long offset = 0;
        for (String name : names) {
            Matrix m = tensors.get(name);
            List<Long> shape = m.isVector() ? List.of((long) m.cols()) : List.of((long) m.rows(), (long) m.cols());
            long end = offset + (long) m.size() * Double.BYTES;
            entries.add(new SafeTensorsHeader.Entry(name, F64, shape, offset, end));
            offset = end;
        }
        byte[] header = new SafeTensorsHeader(entries, metadata).toJson().getBytes(StandardCharsets.UTF_8);
        int padding = (8 - header.length % 8) % 8;
        long fileBytes = 8L + header.length + padding + offset;
        if (fileBytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("safetensors: " + path + ": " + fileBytes + " bytes is too large; nnsh writes at most "
                    + Integer.MAX_VALUE);
        }
        ByteBuffer file = ByteBuffer.allocate((int) fileBytes).order(ByteOrder.LITTLE_ENDIAN);
        file.putLong(header.length + padding).put(header);
        for (int i = 0; i < padding; i++) {
            file.put((byte) ' ');
        }
        for (String name : names) {
            for (double[] row : tensors.get(name).toArray()) {
                for (double v : row) {
                    file.putDouble(v);
                }
            }
        }
        AtomicFile.write(path, file.flip());
    }
}
