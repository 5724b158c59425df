package org.nnsh.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.DoubleBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessMode;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.nnsh.tensor.Matrix;

/**
 * Reads a safetensors file that may be truncated, damaged or tampered with. Everything is checked
 * before any tensor is built, so a bad file gives one clear error and never a partial result:
 * the header length, the header's UTF-8 and JSON, each tensor's dtype and shape against its byte
 * range and against what a matrix can hold, that the byte ranges tile the data section exactly, in
 * order, up to the end of the file, and, before those, whatever the caller's vetting of the header adds.
 */
final class SafeTensorsReader {
    /** The reference implementation's limit: a longer header is a damaged length field, not a real header. */
    static final long MAX_HEADER_BYTES = 100_000_000;

    /**
     * The most rows, over all tensors, of 2-D tensors with no columns. Every other row is paid for by
     * the values it holds, so memory stays in proportion to the file; an empty row is not, and each
     * costs an array of its own: a 100-byte header claiming [2000000000, 0] would ask for 32 GB.
     */
    static final long MAX_EMPTY_ROWS = 1 << 16;

    private final Path path;

    private SafeTensorsReader(Path path) {
        this.path = path;
    }

    /**
     * Reads the file at {@code path}, first passing its checked header to {@code vet}, which throws
     * to reject the file before any of its data is read or any tensor allocated.
     */
    static <T> SafeTensors.Vetted<T> read(Path path, Function<SafeTensorsHeader, T> vet) throws IOException {
        if (Files.isDirectory(path)) {
            // Linux opens a directory for reading, and its size is whatever the file system says: it would pass for a damaged file.
            throw new FileSystemException(path.toString(), null, "is a directory");
        }
        // A RandomAccessFile, not a FileChannel, which the thread's interrupt closes: load right after a
        // fit that Ctrl-C or Thread.interrupt stopped (the interrupt stays set) failed with ClosedByInterruptException.
        // Its FileNotFoundException does not say which of missing or unreadable: ask the file system first.
        path.getFileSystem().provider().checkAccess(path, AccessMode.READ);
        try (RandomAccessFile in = new RandomAccessFile(path.toFile(), "r")) {
            return new SafeTensorsReader(path).read(in, vet);
        }
    }

    private <T> SafeTensors.Vetted<T> read(RandomAccessFile in, Function<SafeTensorsHeader, T> vet) throws IOException {
        long fileBytes = in.length();
        if (fileBytes < 8) {
            throw bad("the file has " + fileBytes + " bytes, too few for the 8-byte header length (truncated?)");
        }
        long headerBytes = readFully(in, 0, 8).getLong();
        if (Long.compareUnsigned(headerBytes, MAX_HEADER_BYTES) > 0) {
            throw bad("the header length " + Long.toUnsignedString(headerBytes) + " is absurd (the limit is "
                    + MAX_HEADER_BYTES + " bytes); this is not a safetensors file or it is damaged");
        }
        if (8 + headerBytes > fileBytes) {
            throw bad("the header length " + headerBytes + " goes beyond the end of the file (" + fileBytes
                    + " bytes; truncated?)");
        }
        SafeTensorsHeader header = parseHeader(readFully(in, 8, (int) headerBytes));
        // the caller's vetting first: load of another library's file (PyTorch's F32 weights) said that nnsh reads
        // F64 only, where the reason is that the file holds no nnsh net at all
        T vetted = vet.apply(header);
        long dataBytes = fileBytes - 8 - headerBytes;
        List<SafeTensorsHeader.Entry> entries = checkLayout(header.entries(), dataBytes);
        if (dataBytes > Integer.MAX_VALUE) {
            throw bad("the tensor data is " + dataBytes + " bytes; nnsh reads at most " + Integer.MAX_VALUE);
        }
        ByteBuffer data = readFully(in, 8 + headerBytes, (int) dataBytes);
        Map<String, Matrix> tensors = new LinkedHashMap<>();
        for (SafeTensorsHeader.Entry entry : entries) {
            tensors.put(entry.name(), decode(entry, data));
        }
        return new SafeTensors.Vetted<>(new SafeTensors(tensors, header.metadata()), vetted);
    }

    private SafeTensorsHeader parseHeader(ByteBuffer bytes) {
        CharBuffer text;
        try {
            // A decoder from newDecoder() reports malformed input; new String(bytes, UTF_8) would replace it silently.
            text = StandardCharsets.UTF_8.newDecoder().decode(bytes);
        } catch (CharacterCodingException e) {
            throw bad("the header is not valid UTF-8");
        }
        try {
            return SafeTensorsHeader.parse(text.toString());
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
    }

    /** The entries in data order, after checking each against its byte range and all of them against the data section. */
    private List<SafeTensorsHeader.Entry> checkLayout(List<SafeTensorsHeader.Entry> entries, long dataBytes) {
        long emptyRows = 0;
        for (SafeTensorsHeader.Entry entry : entries) {
            checkEntry(entry);
            List<Long> shape = entry.shape();
            if (shape.size() == 2 && shape.get(1) == 0) {
                // No overflow: each extent was checked to be at most Integer.MAX_VALUE, and the sum stops at the limit.
                emptyRows += shape.get(0);
                if (emptyRows > MAX_EMPTY_ROWS) {
                    throw bad("tensor \"" + entry.name() + "\" has shape " + shape + ": the tensors without columns have "
                            + emptyRows + " or more rows, and nnsh reads at most " + MAX_EMPTY_ROWS
                            + " (each row takes memory though it holds no value); the file is damaged");
                }
            }
        }
        List<SafeTensorsHeader.Entry> inOrder = new ArrayList<>(entries);
        inOrder.sort(Comparator.comparingLong(SafeTensorsHeader.Entry::begin)
                .thenComparingLong(SafeTensorsHeader.Entry::end));
        long next = 0;
        for (SafeTensorsHeader.Entry entry : inOrder) {
            if (entry.begin() < next) {
                throw bad(describe(entry) + " overlaps the tensor before it, which ends at byte " + next);
            }
            if (entry.begin() > next) {
                throw bad("the data has a gap: bytes " + next + " to " + entry.begin() + " belong to no tensor");
            }
            next = entry.end();
        }
        if (next > dataBytes) {
            throw bad("the tensors need " + next + " bytes of data but the file holds " + dataBytes + " (truncated?)");
        }
        if (next < dataBytes) {
            throw bad("the file has " + (dataBytes - next) + " bytes of trailing garbage after the last tensor");
        }
        return inOrder;
    }

    private void checkEntry(SafeTensorsHeader.Entry entry) {
        if (!entry.dtype().equals(SafeTensors.F64)) {
            throw bad("tensor \"" + entry.name() + "\" has dtype " + entry.dtype() + "; nnsh reads " + SafeTensors.F64
                    + " (float64) only");
        }
        List<Long> shape = entry.shape();
        if (shape.size() != 1 && shape.size() != 2) {
            throw bad("tensor \"" + entry.name() + "\" has shape " + shape + "; nnsh reads 1-D and 2-D tensors only");
        }
        if (entry.end() < entry.begin()) {
            throw bad(describe(entry) + ": the offsets are out of order");
        }
        // The parser let through only non-negative extents, so the product below is exact once it stays in range.
        long elements = 1;
        for (long extent : shape) {
            if (extent > Integer.MAX_VALUE) {
                throw tooLarge(entry);
            }
            elements = Math.multiplyExact(elements, extent);
            if (elements > Integer.MAX_VALUE) {
                throw tooLarge(entry);
            }
        }
        long bytes = Math.multiplyExact(elements, Double.BYTES);
        if (entry.end() - entry.begin() != bytes) {
            throw bad(describe(entry) + ": shape " + shape + " needs " + bytes + " bytes, but the range holds "
                    + (entry.end() - entry.begin()));
        }
    }

    private IllegalArgumentException tooLarge(SafeTensorsHeader.Entry entry) {
        return bad("tensor \"" + entry.name() + "\" has shape " + entry.shape() + ", too large for a matrix");
    }

    private static Matrix decode(SafeTensorsHeader.Entry entry, ByteBuffer data) {
        // slice() resets the byte order to big-endian; safetensors data is little-endian.
        DoubleBuffer values = data.slice((int) entry.begin(), (int) (entry.end() - entry.begin()))
                .order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
        if (entry.shape().size() == 1) {
            double[] vector = new double[values.remaining()];
            values.get(vector);
            return Matrix.wrapVector(vector);
        }
        int rows = entry.shape().get(0).intValue();
        int cols = entry.shape().get(1).intValue();
        if (rows == 0) {
            return Matrix.zeros(0, cols);
        }
        double[][] matrix = new double[rows][cols];
        for (double[] row : matrix) {
            values.get(row);
        }
        return Matrix.wrap(matrix);
    }

    private static ByteBuffer readFully(RandomAccessFile in, long position, int length) throws IOException {
        byte[] bytes = new byte[length];
        in.seek(position);
        try {
            in.readFully(bytes);
        } catch (EOFException e) {
            throw new EOFException("the file shrank while it was being read");
        }
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static String describe(SafeTensorsHeader.Entry entry) {
        return "tensor \"" + entry.name() + "\" data_offsets [" + entry.begin() + ", " + entry.end() + "]";
    }

    private IllegalArgumentException bad(String reason) {
        return new IllegalArgumentException("safetensors: " + path + ": " + reason);
    }
}
