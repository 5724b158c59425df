package org.nnsh.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnsh.tensor.Matrix;

/** The safetensors codec: round trips, bytes against a Python-written fixture, and every malformed file rejected. */
class SafeTensorsTest {
    @TempDir
    Path dir;

    /** The tensors and metadata of fixtures/safetensors/small.safetensors (see make_safetensors_fixture.py there). */
    private static SafeTensors fixtureContents() {
        Map<String, Matrix> tensors = new LinkedHashMap<>();
        tensors.put("weights", Matrix.of(new double[] {1.5, -0.0, Math.PI},
                new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}));
        tensors.put("bias", Matrix.vector(0.1, 5e-324, -2.5));
        tensors.put("empty", Matrix.zeros(0, 2));
        tensors.put("\u03c0", Matrix.of(new double[] {1e300}));
        return new SafeTensors(tensors, Map.of("note", "quote \" backslash \\ newline \n tab \t accents \u00e9 arrow \u2192"));
    }

    private static byte[] fixtureBytes() throws IOException {
        try (InputStream in = SafeTensorsTest.class.getResourceAsStream("/fixtures/safetensors/small.safetensors")) {
            return in.readAllBytes();
        }
    }

    @Test
    void writesTheBytesPythonWrites() throws IOException {
        Path file = dir.resolve("small.safetensors");
        fixtureContents().write(file);
        assertArrayEquals(fixtureBytes(), Files.readAllBytes(file));
    }

    @Test
    void readsWhatPythonWrote() throws IOException {
        Path file = dir.resolve("python.safetensors");
        Files.write(file, fixtureBytes());
        SafeTensors read = SafeTensors.read(file);
        SafeTensors expected = fixtureContents();
        assertEquals(expected.metadata(), read.metadata());
        // Matrix equality compares doubles bit for bit (NaN equals NaN, -0.0 differs from 0.0) and keeps vectors 1-D.
        assertEquals(expected.tensors(), read.tensors());
        assertEquals(List.of("bias", "empty", "weights", "\u03c0"), List.copyOf(read.tensors().keySet()), "data order");
    }

    @Test
    void roundTripKeepsValuesShapesAndMetadataOrder() throws IOException {
        Map<String, Matrix> tensors = new LinkedHashMap<>();
        tensors.put("layers.2.weights", Matrix.of(new double[] {0.1, 0.2}, new double[] {0.3, 0.4}, new double[] {1e-310, -7}));
        tensors.put("layers.0.biases", Matrix.vector(1, 2, 3, 4));
        tensors.put("layers.0.weights", Matrix.of(new double[] {Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE}));
        tensors.put("no columns", Matrix.wrap(new double[][] {{}, {}}));
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("zeta", "last letter first");
        metadata.put("alpha", "{\"json\": [1, 2]}");
        metadata.put("", "an empty key");
        Path file = dir.resolve("net.safetensors");
        new SafeTensors(tensors, metadata).write(file);

        SafeTensors read = SafeTensors.read(file);
        assertEquals(tensors, read.tensors());
        assertEquals(List.copyOf(metadata.entrySet()), List.copyOf(read.metadata().entrySet()));
    }

    @Test
    void writesTheReferenceImplementationsTestVectors() throws IOException {
        // From safetensors' own test_empty: no tensors, without and with metadata.
        Path bare = dir.resolve("bare.safetensors");
        new SafeTensors(Map.of(), Map.of()).write(bare);
        assertArrayEquals(new byte[] {8, 0, 0, 0, 0, 0, 0, 0, '{', '}', ' ', ' ', ' ', ' ', ' ', ' '}, Files.readAllBytes(bare));

        Path framework = dir.resolve("framework.safetensors");
        new SafeTensors(Map.of(), Map.of("framework", "pt")).write(framework);
        byte[] expected = new byte[] {40, 0, 0, 0, 0, 0, 0, 0, 123, 34, 95, 95, 109, 101, 116, 97, 100, 97, 116, 97, 95,
            95, 34, 58, 123, 34, 102, 114, 97, 109, 101, 119, 111, 114, 107, 34, 58, 34, 112, 116, 34, 125, 125, 32, 32, 32,
            32, 32};
        assertArrayEquals(expected, Files.readAllBytes(framework));
        assertEquals(Map.of("framework", "pt"), SafeTensors.read(framework).metadata());
    }

    @Test
    void headerIsPaddedSoTheDataIsAligned() throws IOException {
        for (int length = 1; length <= 8; length++) {
            Path file = dir.resolve("aligned" + length + ".safetensors");
            new SafeTensors(Map.of("x".repeat(length), Matrix.vector(length)), Map.of()).write(file);
            long headerBytes = ByteBuffer.wrap(Files.readAllBytes(file), 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
            assertEquals(0, headerBytes % 8, "header of a " + length + "-letter name");
        }
    }

    @Test
    void writeLeavesOnlyTheTargetAndReplacesAnOldFile() throws IOException {
        Path file = dir.resolve("model.safetensors");
        Files.writeString(file, "an older model");
        new SafeTensors(Map.of("w", Matrix.vector(1, 2)), Map.of()).write(file);
        assertEquals(Matrix.vector(1, 2), SafeTensors.read(file).tensor("w"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void failedWriteCleansUpItsTemporaryFile() throws IOException {
        // A non-empty directory cannot be replaced by a file: the rename fails after the data was written.
        Path occupied = Files.createDirectory(dir.resolve("model.safetensors"));
        Files.writeString(occupied.resolve("keep.txt"), "keep");
        SafeTensors contents = new SafeTensors(Map.of("w", Matrix.vector(1)), Map.of());
        assertThrows(IOException.class, () -> contents.write(occupied));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(occupied), files.toList());
        }
        assertEquals("keep", Files.readString(occupied.resolve("keep.txt")));
    }

    @Test
    void readingADirectoryFailsAsIoNotAsADamagedFile() {
        // Its size is the file system's, so without a check it could pass for a file too short to be safetensors.
        FileSystemException e = assertThrows(FileSystemException.class, () -> SafeTensors.read(dir));
        assertEquals("is a directory", e.getReason());
    }

    @Test
    void vetSeesTheHeaderBeforeTheDataIsRead() throws IOException {
        Path file = dir.resolve("vetted.safetensors");
        new SafeTensors(Map.of("w", Matrix.vector(1, 2)), Map.of("k", "v")).write(file);
        SafeTensors.Vetted<String> read = SafeTensors.read(file, header -> header.metadata().get("k") + header.entries().get(0).shape());
        assertEquals("v[2]", read.vetted());
        assertEquals(Matrix.vector(1, 2), read.contents().tensor("w"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SafeTensors.read(file, header -> {
            throw new IllegalStateException("refused");
        }));
        assertEquals("refused", e.getMessage());
    }

    @Test
    void metadataNameIsReservedForTheMetadata() {
        Map<String, Matrix> tensors = Map.of("__metadata__", Matrix.vector(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SafeTensors(tensors, Map.of()));
        assertEquals("safetensors: __metadata__ is reserved for the metadata and cannot name a tensor", e.getMessage());
    }

    @Test
    void missingTensorListsTheNamesThereAre() {
        SafeTensors contents = new SafeTensors(Map.of("a", Matrix.vector(1)), Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> contents.tensor("b"));
        assertEquals("safetensors: no tensor named \"b\"; there are [a]", e.getMessage());
    }

    @Test
    void everyTruncationOfAValidFileIsRejected() throws IOException {
        byte[] whole = fixtureBytes();
        Path file = dir.resolve("cut.safetensors");
        for (int length = 0; length < whole.length; length++) {
            Files.write(file, Arrays.copyOf(whole, length));
            int cut = length;
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SafeTensors.read(file),
                    "cut at " + cut);
            assertTrue(e.getMessage().startsWith("safetensors: " + file + ": "), e.getMessage());
        }
    }

    @Test
    void randomEditsGiveAFileOrAClearErrorNeverAnotherException() throws IOException {
        byte[] whole = fixtureBytes();
        Path file = dir.resolve("edited.safetensors");
        int headerEnd = 8 + (int) ByteBuffer.wrap(whole, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        Random random = new Random(11);
        String jsonCharacters = "{}[]\",:-.0123456789eE \\";
        for (int trial = 0; trial < 500; trial++) {
            byte[] bytes = whole.clone();
            for (int edit = 0; edit <= random.nextInt(3); edit++) {
                // Mostly in the length and header, where the parsing is; characters that keep the JSON plausible, or any byte.
                int position = random.nextInt(random.nextBoolean() ? headerEnd : bytes.length);
                bytes[position] = random.nextBoolean() ? (byte) jsonCharacters.charAt(random.nextInt(jsonCharacters.length()))
                        : (byte) random.nextInt(256);
            }
            Files.write(file, bytes);
            try {
                SafeTensors.read(file);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().startsWith("safetensors: " + file + ": "), e.getMessage());
            }
        }
    }

    static Stream<Arguments> malformedFiles() {
        String oneF64 = "{\"a\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[0,8]}}";
        return Stream.of(
                Arguments.of("shorter than 8 bytes", new byte[] {1, 2, 3},
                        "the file has 3 bytes, too few for the 8-byte header length (truncated?)"),
                Arguments.of("header length beyond the file", withLength(1000, new byte[10]),
                        "the header length 1000 goes beyond the end of the file (18 bytes; truncated?)"),
                Arguments.of("absurd header length", withLength(100_000_001, new byte[10]),
                        "the header length 100000001 is absurd (the limit is 100000000 bytes); this is not a safetensors file or it is damaged"),
                Arguments.of("header length read as unsigned", withLength(-1, new byte[10]),
                        "the header length 18446744073709551615 is absurd"),
                Arguments.of("header not UTF-8", withLength(3, new byte[] {'{', (byte) 0xff, '}'}),
                        "the header is not valid UTF-8"),
                Arguments.of("JSON that does not parse", file("{\"a\":", 0),
                        "the header is not valid JSON: End of input at line 1 column 6 path $.a"),
                Arguments.of("lenient JSON", file("{'a':{}}", 0),
                        "the header is not valid JSON: malformed JSON at line 1 column 3 path $."),
                Arguments.of("empty header", file("", 0),
                        "the header is not valid JSON: End of input at line 1 column 1 path $"),
                Arguments.of("JSON that is not an object", file("[1,2]", 0),
                        "the header should be a JSON object, got an array"),
                Arguments.of("text after the JSON object", file("{} {}", 0),
                        "the header has more text after its JSON object"),
                Arguments.of("unknown dtype", file("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", 8),
                        "tensor \"a\" has dtype F32; nnsh reads F64 (float64) only"),
                Arguments.of("shape not matching the byte range",
                        file("{\"a\":{\"dtype\":\"F64\",\"shape\":[2,3],\"data_offsets\":[0,40]}}", 40),
                        "tensor \"a\" data_offsets [0, 40]: shape [2, 3] needs 48 bytes, but the range holds 40"),
                Arguments.of("three dimensions", file("{\"a\":{\"dtype\":\"F64\",\"shape\":[1,1,1],\"data_offsets\":[0,8]}}", 8),
                        "tensor \"a\" has shape [1, 1, 1]; nnsh reads 1-D and 2-D tensors only"),
                Arguments.of("shape too large for a matrix",
                        file("{\"a\":{\"dtype\":\"F64\",\"shape\":[65536,65536],\"data_offsets\":[0,8]}}", 8),
                        "tensor \"a\" has shape [65536, 65536], too large for a matrix"),
                Arguments.of("a huge shape with no values (a zero-width tensor of 2·10⁹ rows)",
                        file("{\"x\":{\"dtype\":\"F64\",\"shape\":[2000000000,0],\"data_offsets\":[0,0]}}", 0),
                        "tensor \"x\" has shape [2000000000, 0]: the tensors without columns have 2000000000 or more rows,"
                                + " and nnsh reads at most 65536 (each row takes memory though it holds no value); the file is damaged"),
                Arguments.of("empty rows adding up over tensors beyond the limit",
                        file("{\"a\":{\"dtype\":\"F64\",\"shape\":[40000,0],\"data_offsets\":[0,0]},"
                                + "\"b\":{\"dtype\":\"F64\",\"shape\":[40000,0],\"data_offsets\":[0,0]}}", 0),
                        "tensor \"b\" has shape [40000, 0]: the tensors without columns have 80000 or more rows"),
                Arguments.of("an extent beyond a matrix's with no values",
                        file("{\"a\":{\"dtype\":\"F64\",\"shape\":[0,4294967296],\"data_offsets\":[0,0]}}", 0),
                        "tensor \"a\" has shape [0, 4294967296], too large for a matrix"),
                Arguments.of("extents whose product would overflow a long",
                        file("{\"a\":{\"dtype\":\"F64\",\"shape\":[4294967296,4294967296],\"data_offsets\":[0,0]}}", 0),
                        "tensor \"a\" has shape [4294967296, 4294967296], too large for a matrix"),
                Arguments.of("a negative extent", file("{\"a\":{\"dtype\":\"F64\",\"shape\":[-1,0],\"data_offsets\":[0,0]}}", 0),
                        "tensor \"a\" shape should hold non-negative integers, got -1"),
                Arguments.of("offsets out of order", file("{\"a\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[8,0]}}", 8),
                        "tensor \"a\" data_offsets [8, 0]: the offsets are out of order"),
                Arguments.of("overlapping offsets", file("{\"a\":{\"dtype\":\"F64\",\"shape\":[2],\"data_offsets\":[0,16]},"
                        + "\"b\":{\"dtype\":\"F64\",\"shape\":[2],\"data_offsets\":[8,24]}}", 24),
                        "tensor \"b\" data_offsets [8, 24] overlaps the tensor before it, which ends at byte 16"),
                Arguments.of("a gap between tensors", file("{\"b\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[16,24]},"
                        + "\"a\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[0,8]}}", 24),
                        "the data has a gap: bytes 8 to 16 belong to no tensor"),
                Arguments.of("a gap before the first tensor", file("{\"a\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[8,16]}}", 16),
                        "the data has a gap: bytes 0 to 8 belong to no tensor"),
                Arguments.of("data shorter than the offsets (truncated)",
                        file("{\"a\":{\"dtype\":\"F64\",\"shape\":[2],\"data_offsets\":[0,16]}}", 8),
                        "the tensors need 16 bytes of data but the file holds 8 (truncated?)"),
                Arguments.of("trailing garbage", file(oneF64, 16),
                        "the file has 8 bytes of trailing garbage after the last tensor"),
                Arguments.of("non-string metadata", file("{\"__metadata__\":{\"epochs\":3}}", 0),
                        "__metadata__ \"epochs\" should be a string, got a number"),
                Arguments.of("metadata not an object", file("{\"__metadata__\":\"epochs\"}", 0),
                        "__metadata__ should be a JSON object, got a string"),
                Arguments.of("duplicate metadata key", file("{\"__metadata__\":{\"k\":\"1\",\"k\":\"2\"}}", 0),
                        "__metadata__ \"k\" appears twice"),
                Arguments.of("duplicate tensor", file("{\"a\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[0,8]},"
                        + "\"a\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[8,16]}}", 16),
                        "\"a\" appears twice in the header"),
                Arguments.of("tensor that is not an object", file("{\"a\":[0,8]}", 8),
                        "tensor \"a\" should be a JSON object, got an array"),
                Arguments.of("unknown field", file("{\"a\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[0,8],\"code\":\"x\"}}", 8),
                        "tensor \"a\" has an unknown field \"code\" (expected dtype, shape and data_offsets)"),
                Arguments.of("repeated field", file("{\"a\":{\"dtype\":\"F64\",\"shape\":[1],\"shape\":[1],\"data_offsets\":[0,8]}}", 8),
                        "tensor \"a\" shape appears twice"),
                Arguments.of("missing field", file("{\"a\":{\"dtype\":\"F64\",\"shape\":[1]}}", 8),
                        "tensor \"a\" has no data_offsets"),
                Arguments.of("three offsets", file("{\"a\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[0,8,8]}}", 8),
                        "tensor \"a\" data_offsets should be [begin, end], got [0, 8, 8]"),
                Arguments.of("a fractional extent", file("{\"a\":{\"dtype\":\"F64\",\"shape\":[1.0],\"data_offsets\":[0,8]}}", 8),
                        "tensor \"a\" shape should hold non-negative integers, got 1.0"),
                Arguments.of("a negative offset", file("{\"a\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[-8,0]}}", 8),
                        "tensor \"a\" data_offsets should hold non-negative integers, got -8"),
                Arguments.of("an offset beyond a long", file("{\"a\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[0,99999999999999999999]}}", 8),
                        "tensor \"a\" data_offsets value 99999999999999999999 is too large"),
                Arguments.of("a string extent", file("{\"a\":{\"dtype\":\"F64\",\"shape\":[\"1\"],\"data_offsets\":[0,8]}}", 8),
                        "tensor \"a\" shape element should be a number, got a string"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFiles")
    void malformedFileIsRejectedWithItsReason(String description, byte[] bytes, String reason) throws IOException {
        Path file = dir.resolve("bad.safetensors");
        Files.write(file, bytes);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SafeTensors.read(file));
        assertTrue(e.getMessage().startsWith("safetensors: " + file + ": " + reason), e.getMessage());
    }

    /** A file of the given header JSON and {@code dataBytes} zero bytes of data. */
    private static byte[] file(String header, int dataBytes) {
        byte[] json = header.getBytes(StandardCharsets.UTF_8);
        return withLength(json.length, ByteBuffer.allocate(json.length + dataBytes).put(json).array());
    }

    /** {@code rest} after an 8-byte little-endian header length that may lie. */
    private static byte[] withLength(long headerLength, byte[] rest) {
        return ByteBuffer.allocate(8 + rest.length).order(ByteOrder.LITTLE_ENDIAN).putLong(headerLength).put(rest).array();
    }

    @Test
    void aNullPathIsNamedAsSuch() {
        // it was "Cannot invoke \"java.nio.file.Path.getFileSystem()\" because \"path\" is null"
        assertEquals("safetensors: path is null",
                assertThrows(NullPointerException.class, () -> SafeTensors.read(null)).getMessage());
    }
}
