package org.nnsh.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnsh.Nnsh.adagrad;
import static org.nnsh.Nnsh.adam;
import static org.nnsh.Nnsh.batchSize;
import static org.nnsh.Nnsh.net;
import static org.nnsh.Nnsh.quiet;
import static org.nnsh.Nnsh.randn;
import static org.nnsh.Nnsh.rmsprop;
import static org.nnsh.Nnsh.seed;
import static org.nnsh.Nnsh.sgd;
import static org.nnsh.Nnsh.sine;
import static org.nnsh.Nnsh.spiral;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnsh.Nnsh;
import org.nnsh.data.Dataset;
import org.nnsh.io.SafeTensors;
import org.nnsh.io.SafeTensorsHeader;
import org.nnsh.tensor.Matrix;

/** Net save/load: identical numbers after loading, training that resumes exactly, and every bad file rejected. */
class NetFileTest {
    @TempDir
    Path dir;

    /**
     * Every kind of layer, parameterised activations and penalties, so the architecture round trip covers
     * them all; the dropout on the inputs too.
     */
    private static Net everyLayerKind() {
        return net().dropout(0.2).dense(2, 16).l2(5e-4).l1(1e-5, 2e-5).leakyRelu(0.05).dropout(0.1).dense(16).activation(Activations.elu(0.5))
                .dense(8).relu().dense(3).softmax();
    }

    /** Names now write 1e-20 where files saved before wrote Java's 1.0E-20: both load to the same layer. */
    @Test
    void exponentParametersRoundTripInBothSpellings() {
        Net model = net().dense(2, 3).leakyRelu(1e-20).dropout(1e-5).dense(3, 2).softmax();
        Path file = dir.resolve("tiny.safetensors");
        model.save(file.toString());
        assertEquals(model.toString(), Net.load(file.toString()).toString());
        var old = NetJson.readArchitecture("[{\"layer\":\"activation\",\"name\":\"leakyRelu(1.0E-20)\"}]");
        assertEquals("leakyRelu(1e-20)", ((NetJson.ActivationSpec) old.get(0)).activation().name());
    }

    @Test
    void loadedNetPredictsAndEvaluatesIdentically() {
        seed(0);
        Dataset data = spiral(50, 3);
        Net model = everyLayerKind();
        model.fit(data, 20, adam(0.02).decay(1e-3), quiet());
        Path file = dir.resolve("model.safetensors");
        model.save(file.toString());

        Net loaded = Net.load(file.toString());
        assertEquals(model.toString(), loaded.toString());
        assertEquals(model.summary().toString(), loaded.summary().toString());
        assertEquals(model.forward(data.x()), loaded.forward(data.x()));
        assertArrayEquals(model.predict(data.x()), loaded.predict(data.x()));
        assertEquals(model.evaluate(data), loaded.evaluate(data));
        for (int i = 0; i < model.layers().size(); i++) {
            assertEquals(model.layer(i).label(), loaded.layer(i).label());
            if (model.layer(i) instanceof Dense d) {
                Dense e = (Dense) loaded.layer(i);
                assertEquals(List.of(d.l1Weights(), d.l1Biases(), d.l2Weights(), d.l2Biases()),
                        List.of(e.l1Weights(), e.l1Biases(), e.l2Weights(), e.l2Biases()));
            }
        }
        assertEquals(model.optimizer().toString(), loaded.optimizer().toString());
        assertEquals(model.optimizer().iterations(), loaded.optimizer().iterations());
        assertEquals(model.optimizer().currentLearningRate(), loaded.optimizer().currentLearningRate());
        assertNull(loaded.history(), "the history is not saved");
    }

    @Test
    void loadedOptimizerReportsTheRateTheLastStepUsed() {
        seed(0);
        Dataset data = spiral(20, 3);
        Net model = net().dense(2, 8).relu().dense(3).softmax();
        model.fit(data, 50, adam(0.05).decay(1e-3), quiet());
        Path file = dir.resolve("decayed.safetensors");
        model.save(file);
        Optimizer loaded = Net.load(file).optimizer();
        // nnfs: after t steps current_learning_rate is the rate step t used, lr / (1 + decay·(t − 1)), not the next one's.
        assertEquals(0.05 * (1. / (1. + 1e-3 * 49)), model.optimizer().currentLearningRate(), 0);
        assertEquals(model.optimizer().currentLearningRate(), loaded.currentLearningRate(), 0);
    }

    @Test
    void optimizerSavedBeforeAnyStepReportsItsInitialRate() {
        Net model = net().dense(2, 3).softmax();
        model.fit(spiral(5, 3), 0, sgd(0.5).decay(0.1), quiet());
        Path file = dir.resolve("unstepped.safetensors");
        model.save(file);
        Optimizer loaded = Net.load(file).optimizer();
        assertEquals(0, loaded.iterations());
        assertEquals(0.5, loaded.currentLearningRate(), 0);
    }

    static Stream<Arguments> optimizers() {
        return Stream.of(
                Arguments.of("sgd with momentum and decay", sgd(0.5).momentum(0.9).decay(1e-3)),
                Arguments.of("sgd without momentum", sgd(0.5)),
                Arguments.of("adagrad", adagrad(0.5).decay(1e-4)),
                Arguments.of("rmsprop", rmsprop(0.01).rho(0.95).decay(1e-4)),
                Arguments.of("adam", adam(0.02).beta1(0.8).decay(5e-7)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void trainingResumesExactlyAsTheOriginalContinues(String description, Optimizer optimizer) {
        seed(0);
        Dataset data = spiral(50, 3);
        Net model = everyLayerKind();
        FitOptions options = batchSize(40).quiet();
        model.fit(data, 6, optimizer, options);
        Path file = dir.resolve("resume.safetensors");
        model.save(file);
        Net loaded = Net.load(file);
        assertEquals(model.optimizer().currentLearningRate(), loaded.optimizer().currentLearningRate(), 0, description);

        // Shuffling and dropout draw from the global stream, which is not part of the file: seed it alike.
        seed(42);
        History original = model.fit(data, 6, options);
        seed(42);
        History resumed = loaded.fit(data, 6, options);
        assertArrayEquals(original.loss(), resumed.loss());
        assertArrayEquals(original.accuracy(), resumed.accuracy());
        assertArrayEquals(original.lr(), resumed.lr());
        assertEquals(model.forward(data.x()), loaded.forward(data.x()));
        assertEquals(model.optimizer().iterations(), loaded.optimizer().iterations());
    }

    @Test
    void fullBatchStepsResumeExactlyToo() {
        seed(3);
        Dataset data = spiral(30, 2);
        Net model = net().dense(2, 8).tanh().dense(2).softmax();
        model.fit(data, 10, adam(0.05), quiet());
        Path file = dir.resolve("steps.safetensors");
        model.save(file);
        Net loaded = Net.load(file);
        for (int step = 0; step < 5; step++) {
            assertEquals(model.step(data), loaded.step(data), "step " + step);
        }
    }


    /** A fit that an interrupt stopped leaves the thread's interrupt set, and saving it is what one does next. */
    @Test
    void aNetStoppedByAnInterruptSavesAndLoadsOnTheSameThread() {
        seed(3);
        Dataset data = spiral(30, 2);
        Net model = net().dense(2, 8).tanh().dense(2).softmax();
        Path file = dir.resolve("stopped.safetensors");
        Thread.currentThread().interrupt();
        try {
            History history = model.fit(data, 10, adam(0.05), quiet());
            assertTrue(history.stopped());
            model.save(file);
            Net loaded = Net.load(file);
            assertEquals(model.forward(data.x()), loaded.forward(data.x()));
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is the caller's to see");
        } finally {
            Thread.interrupted();
        }
    }
    @Test
    void chosenLossIsKeptForEvaluate() {
        seed(1);
        Dataset data = sine(200);
        Net model = net().dense(1, 8).relu().dense(1).linear();
        model.fit(data, 5, adam(0.01), quiet().loss(Losses.mae()));
        Path file = dir.resolve("regression.safetensors");
        model.save(file);
        Net loaded = Net.load(file);
        assertEquals("mae", loaded.loss().name());
        assertEquals(model.evaluate(data), loaded.evaluate(data));
        // the training targets' precision is saved: a loaded net scores new data as the saved one does
        Dataset other = Dataset.regression(data.x().head(1), model.forward(data.x().head(1)));
        assertEquals(1.0, model.evaluate(other).accuracy());
        assertEquals(model.evaluate(other), loaded.evaluate(other));
        // a fit that names no loss goes on with the chosen one (it went back to mse), as it goes on with the optimizer
        History more = loaded.fit(data, 2, quiet());
        assertEquals("mae", loaded.loss().name());
        assertEquals(Losses.mae().value(loaded.forward(data.x()), data.targets()), loaded.evaluate(data).loss());
        History same = model.fit(data, 2, quiet());
        assertArrayEquals(same.loss(), more.loss());
        model.fit(data, 1, quiet().loss(Losses.mse()));
        assertEquals("mse", model.loss().name());
    }

    @Test
    void untrainedNetLoadsWithoutAnOptimizer() {
        seed(2);
        Net model = net().dense(3, 2).sigmoid();
        Path file = dir.resolve("fresh.safetensors");
        model.save(file);
        Net loaded = Nnsh.load(file.toString());
        assertNull(loaded.optimizer());
        Matrix x = Matrix.of(new double[] {1, 2, 3}, new double[] {-1, 0, 0.5});
        assertEquals(model.forward(x), loaded.forward(x));
    }

    @Test
    void loadingDrawsNoRandomNumbers() {
        Path file = savedSmallNet();
        seed(5);
        Matrix expected = randn(2, 2);
        seed(5);
        Net.load(file);
        assertEquals(expected, randn(2, 2), "a load in a script must not shift the random draws after it");
    }

    @Test
    void fileNamesTensorsByLayerAndDescribesTheNetInItsMetadata() throws IOException {
        seed(0);
        Net model = net().dense(2, 4).l2(5e-4).leakyRelu(0.01).dropout(0.1).dense(3).softmax();
        model.fit(spiral(10, 3), 2, adam(0.05).decay(5e-7), quiet());
        Path file = dir.resolve("described.safetensors");
        model.save(file);
        SafeTensors contents = SafeTensors.read(file);
        assertEquals(List.of("layers.0.biases", "layers.0.weights", "layers.3.biases", "layers.3.weights",
                "optimizer.layers.0.biases.cache", "optimizer.layers.0.biases.momentum",
                "optimizer.layers.0.weights.cache", "optimizer.layers.0.weights.momentum",
                "optimizer.layers.3.biases.cache", "optimizer.layers.3.biases.momentum",
                "optimizer.layers.3.weights.cache", "optimizer.layers.3.weights.momentum"),
                List.copyOf(contents.tensors().keySet()));
        assertEquals(((Dense) model.layer(3)).weights(), contents.tensor("layers.3.weights"));
        Map<String, String> metadata = contents.metadata();
        assertEquals(List.of("format", "version", "architecture", "optimizer", "checksum"), List.copyOf(metadata.keySet()));
        assertEquals("nnsh.net", metadata.get("format"));
        assertEquals("[{\"layer\":\"dense\",\"inputs\":2,\"outputs\":4,\"l1Weights\":0.0,\"l1Biases\":0.0,"
                + "\"l2Weights\":5.0E-4,\"l2Biases\":5.0E-4},{\"layer\":\"activation\",\"name\":\"leakyRelu(0.01)\"},"
                + "{\"layer\":\"dropout\",\"rate\":0.1},{\"layer\":\"dense\",\"inputs\":4,\"outputs\":3,\"l1Weights\":0.0,"
                + "\"l1Biases\":0.0,\"l2Weights\":0.0,\"l2Biases\":0.0},{\"layer\":\"activation\",\"name\":\"softmax\"}]",
                metadata.get("architecture"));
        assertEquals("{\"name\":\"adam\",\"learningRate\":0.05,\"decay\":5.0E-7,\"beta1\":0.9,\"beta2\":0.999,"
                + "\"epsilon\":1.0E-7,\"iterations\":2}", metadata.get("optimizer"));
        assertTrue(metadata.get("checksum").matches("sha256:[0-9a-f]{64}"), metadata.get("checksum"));
    }

    @Test
    void savingAgainLeavesOnlyTheFile() throws IOException {
        Net model = net().dense(2, 2).softmax();
        Path file = dir.resolve("again.safetensors");
        model.save(file);
        model.save(file);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void truncatedFilesAreRejected() throws IOException {
        seed(0);
        Net model = net().dense(2, 3).relu().dense(2).softmax();
        model.fit(spiral(5, 2), 1, sgd(0.1).momentum(0.5), quiet());
        Path file = dir.resolve("whole.safetensors");
        model.save(file);
        byte[] whole = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.safetensors");
        // SafeTensorsTest cuts a file at every length; here a cut every 16 bytes and in the last 16 bytes keeps it quick.
        IntStream cuts = IntStream.concat(IntStream.iterate(0, n -> n < whole.length, n -> n + 16),
                IntStream.range(whole.length - 16, whole.length));
        for (int length : cuts.toArray()) {
            Files.write(cut, Arrays.copyOf(whole, length));
            assertThrows(IllegalArgumentException.class, () -> Net.load(cut), "cut at " + length);
        }
    }

    @Test
    void flippedBitsAnywhereAreRejected() throws IOException {
        Path file = savedSmallNet();
        byte[] whole = Files.readAllBytes(file);
        Path changed = dir.resolve("changed.safetensors");
        // The lowest bit never turns a character into JSON whitespace, so no flip is a harmless one; every 5th byte keeps it quick.
        for (int position = 0; position < whole.length; position += 5) {
            byte[] bytes = whole.clone();
            bytes[position] ^= 1;
            Files.write(changed, bytes);
            int at = position;
            assertThrows(IllegalArgumentException.class, () -> Net.load(changed), "bit 0 of byte " + at);
        }
    }

    @Test
    void changedWeightIsRejected() throws IOException {
        Path file = savedSmallNet();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 3] ^= 1;
        Files.write(file, bytes);
        assertLoadFails(file, "the file was changed after nnsh saved it: its checksum does not match its tensors and metadata");
    }

    @Test
    void changedArchitectureTextIsRejected() throws IOException {
        Path file = savedSmallNet();
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("\\\"relu\\\""));
        Files.write(file, text.replace("\\\"relu\\\"", "\\\"tanh\\\"").getBytes(StandardCharsets.ISO_8859_1));
        assertLoadFails(file, "the file was changed after nnsh saved it: its checksum does not match its tensors and metadata");
    }

    @Test
    void plainSafetensorsFileIsNotANet() throws IOException {
        Path file = dir.resolve("plain.safetensors");
        new SafeTensors(Map.of("w", Matrix.vector(1, 2)), Map.of()).write(file);
        assertLoadFails(file, "this safetensors file is not a net saved by nnsh (its metadata has no format \"nnsh.net\")");
    }

    @Test
    void malformedSafetensorsIsRejectedByTheCodec() throws IOException {
        Path file = dir.resolve("garbage.safetensors");
        Files.write(file, new byte[] {1, 2, 3});
        var e = assertThrows(IllegalArgumentException.class, () -> Net.load(file));
        assertEquals("safetensors: " + file + ": the file has 3 bytes, too few for the 8-byte header length (truncated?)",
                e.getMessage());
    }

    @Test
    void tamperedHugeZeroWidthTensorIsRejectedWithoutAllocatingIt() throws IOException {
        // The tester's 100-byte file: nnsh metadata and a tensor claiming 2·10⁹ rows of nothing (it used to be an OutOfMemoryError).
        Path file = dir.resolve("zerowide.safetensors");
        Map<String, String> metadata = Map.of("format", "nnsh.net", "version", "1",
                "architecture", "[{\"layer\":\"activation\",\"name\":\"relu\"}]");
        writeHeaderOnly(file, List.of(new SafeTensorsHeader.Entry("x", "F64", List.of(2_000_000_000L, 0L), 0, 0)), metadata);
        // the header's vetting refuses it before the reader's own limit on such rows (SafeTensorsTest) is reached
        assertLoadFails(file, "the metadata has no checksum");
    }

    @Test
    void anotherLibrarysSafetensorsFileIsNamedAsNoNnshNetBeforeItsDtype() throws IOException {
        // PyTorch's and Hugging Face's weights are F32: load said "tensor \"w\" has dtype F32; nnsh reads F64 (float64)
        // only", as if converting them would do
        Path file = dir.resolve("pytorch.safetensors");
        writeHeaderAndData(file, List.of(new SafeTensorsHeader.Entry("w", "F32", List.of(2L), 0, 8)), Map.of(),
                List.of(Matrix.vector(0)));
        assertLoadFails(file, "this safetensors file is not a net saved by nnsh (its metadata has no format \"nnsh.net\")");
    }

    static Stream<Arguments> shapesTheArchitectureDoesNotExpect() {
        return Stream.of(
                Arguments.of("a tensor no layer has", new SafeTensorsHeader.Entry("x", "F64", List.of(60_000L, 0L), 0, 0),
                        "tensor \"x\" belongs to no layer of the architecture"),
                Arguments.of("a weight of many empty rows", new SafeTensorsHeader.Entry("layers.0.weights", "F64",
                        List.of(60_000L, 0L), 0, 0), "tensor \"layers.0.weights\" is (60000, 0) but the architecture's layer 0"
                        + " (dense(2, 3)) needs (2, 3)"),
                Arguments.of("optimizer state of another shape", new SafeTensorsHeader.Entry("optimizer.layers.0.biases.cache",
                        "F64", List.of(0L, 3L), 0, 0), "tensor \"optimizer.layers.0.biases.cache\" is (0, 3) but parameter"
                        + " \"layers.0.biases\" needs (1, 3)"));
    }

    /**
     * Shapes are checked against the architecture before any tensor is read, so these are rejected for
     * their shape even though their checksum is wrong too, which could only be found after reading.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("shapesTheArchitectureDoesNotExpect")
    void tensorShapeIsCheckedAgainstTheArchitectureBeforeAnyTensorIsRead(String description, SafeTensorsHeader.Entry forged,
            String reason) throws IOException {
        Path file = savedSmallNet();
        SafeTensors contents = SafeTensors.read(file);
        Map<String, Matrix> tensors = new LinkedHashMap<>(contents.tensors());
        tensors.remove(forged.name());
        List<SafeTensorsHeader.Entry> entries = new ArrayList<>();
        long offset = 0;
        List<Matrix> values = new ArrayList<>();
        for (Map.Entry<String, Matrix> t : tensors.entrySet()) {
            Matrix m = t.getValue();
            long end = offset + 8L * m.size();
            entries.add(new SafeTensorsHeader.Entry(t.getKey(), "F64", List.of((long) m.rows(), (long) m.cols()), offset, end));
            values.add(m);
            offset = end;
        }
        entries.add(new SafeTensorsHeader.Entry(forged.name(), "F64", forged.shape(), offset, offset));
        writeHeaderAndData(file, entries, contents.metadata(), values);
        assertLoadFails(file, reason);
    }

    @Test
    void savingIntoAMissingDirectorySaysWhichDirectory() {
        Path missing = dir.resolve("no such dir");
        Path file = missing.resolve("m.safetensors");
        var e = assertThrows(UncheckedIOException.class, () -> net().dense(2, 2).softmax().save(file));
        assertEquals("save " + file + ": directory " + missing + " does not exist", e.getMessage());
    }

    @Test
    void savingOntoADirectorySaysItIsOne() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty dir"));
        Path full = Files.createDirectory(dir.resolve("full dir"));
        Files.writeString(full.resolve("keep.txt"), "keep");
        for (Path target : List.of(empty, full)) {
            var e = assertThrows(UncheckedIOException.class, () -> net().dense(2, 2).softmax().save(target));
            assertEquals("save " + target + ": " + target + " is a directory, not a file", e.getMessage());
            assertTrue(Files.isDirectory(target));
        }
    }

    @Test
    void savingBelowAFileSaysItIsNoDirectory() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "text");
        Path file = plain.resolve("m.safetensors");
        var e = assertThrows(UncheckedIOException.class, () -> net().dense(2, 2).softmax().save(file));
        assertEquals("save " + file + ": " + plain + " is a file, not a directory", e.getMessage());
    }

    @Test
    void anotherLibrarysEndingIsRefusedBeforeAnythingIsWritten() {
        // Keras 3's model.save("model.keras") habit wrote a safetensors file named .keras
        Path keras = dir.resolve("model.keras");
        var e = assertThrows(IllegalArgumentException.class, () -> net().dense(2, 3).softmax().save(keras));
        assertEquals("save " + keras + ": nnsh writes safetensors, not .keras (another library's format); name the file"
                + " model.safetensors", e.getMessage());
        assertFalse(java.nio.file.Files.exists(keras));
        var pt = assertThrows(IllegalArgumentException.class, () -> net().dense(2, 3).save(dir.resolve("w.PT").toString()));
        assertTrue(pt.getMessage().endsWith("not .PT (another library's format); name the file w.safetensors"), pt.getMessage());
        net().dense(2, 3).save(dir.resolve("plain")); // a name without an ending stays as it is
    }

    @Test
    void anEmptyPathIsNamedAsSuch() {
        // both said "save :  is a directory, not a file" (the working directory)
        IllegalArgumentException save = assertThrows(IllegalArgumentException.class, () -> net().dense(2, 3).save(""));
        assertEquals("save: the path is empty; give the file's name, e.g. save(\"model.safetensors\")", save.getMessage());
        IllegalArgumentException load = assertThrows(IllegalArgumentException.class, () -> Net.load(""));
        assertEquals("load: the path is empty; give the file's name, e.g. load(\"model.safetensors\")", load.getMessage());
    }

    @Test
    void savingThroughASymbolicLinkReplacesTheFileItPointsAt() throws IOException {
        // the rename replaced the link itself with a regular file, and the file it pointed at kept the old net
        Path real = dir.resolve("run7.safetensors");
        net().dense(2, 3).softmax().save(real);
        Path link = Files.createSymbolicLink(dir.resolve("latest.safetensors"), real.getFileName());
        Path dangling = Files.createSymbolicLink(dir.resolve("next.safetensors"), Path.of("run8.safetensors"));
        net().dense(2, 5).softmax().save(link);
        net().dense(2, 4).softmax().save(dangling);
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.isSymbolicLink(dangling));
        assertEquals(5, Net.load(real).forward(Matrix.zeros(1, 2)).cols());
        assertEquals(4, Net.load(dir.resolve("run8.safetensors")).forward(Matrix.zeros(1, 2)).cols());
    }

    @Test
    void savingOverAPrivateFileKeepsItPrivate() throws IOException {
        // the replacement was created rw-r--r--, so a model made private with chmod 600 became readable by all
        Path file = dir.resolve("private.safetensors");
        net().dense(2, 3).softmax().save(file);
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"));
        var owner = java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
        Files.setPosixFilePermissions(file, owner);
        net().dense(2, 4).softmax().save(file);
        assertEquals(owner, Files.getPosixFilePermissions(file));
        assertEquals(4, Net.load(file).forward(Matrix.zeros(1, 2)).cols());
    }

    @Test
    void savingOntoAPipeIsRefusedAndLeavesIt() throws IOException, InterruptedException {
        // the rename put a regular file in place of the pipe (and, as root, of a device such as /dev/full)
        Path fifo = dir.resolve("pipe.safetensors");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
        var e = assertThrows(UncheckedIOException.class, () -> net().dense(2, 3).softmax().save(fifo));
        assertEquals("save " + fifo + ": " + fifo + " is not a regular file (a device, a pipe or a socket)", e.getMessage());
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo));
    }

    @Test
    void aPathWithANulCharacterIsNamedAsInvalid() {
        // both threw Path.of's bare InvalidPathException, naming neither save nor load
        var save = assertThrows(IllegalArgumentException.class, () -> net().dense(2, 3).save("m\0.safetensors"));
        assertEquals("save m\0.safetensors: not a valid path (Nul character not allowed)", save.getMessage());
        var load = assertThrows(IllegalArgumentException.class, () -> Net.load("m\0.safetensors"));
        assertEquals("load m\0.safetensors: not a valid path (Nul character not allowed)", load.getMessage());
    }

    @Test
    void loadingADirectoryOrAMissingFileSaysSo() {
        var directory = assertThrows(UncheckedIOException.class, () -> Net.load(dir));
        assertEquals("load " + dir + ": " + dir + " is a directory, not a file", directory.getMessage());
        Path absent = dir.resolve("absent.safetensors");
        var missing = assertThrows(UncheckedIOException.class, () -> Net.load(absent));
        assertEquals("load " + absent + ": there is no file " + absent, missing.getMessage());
        Path nowhere = dir.resolve("no such dir").resolve("m.safetensors");
        var noDirectory = assertThrows(UncheckedIOException.class, () -> Net.load(nowhere));
        assertEquals("load " + nowhere + ": directory " + nowhere.getParent() + " does not exist", noDirectory.getMessage());
    }

    @Test
    void loadingANameWithoutTheEndingSaveWasGivenNamesTheFileThatIsThere() {
        // save writes the name as given: save("m") then load("m.safetensors") said only "there is no file"
        net().dense(2, 3).softmax().save(dir.resolve("plain"));
        net().dense(2, 3).softmax().save(dir.resolve("run.safetensors"));
        Path withEnding = dir.resolve("plain.safetensors");
        assertEquals("load " + withEnding + ": there is no file " + withEnding + "; there is " + dir.resolve("plain")
                + " (save writes the name as given, adding no ending)",
                assertThrows(UncheckedIOException.class, () -> Net.load(withEnding)).getMessage());
        Path withoutEnding = dir.resolve("run");
        assertEquals("load " + withoutEnding + ": there is no file " + withoutEnding + "; there is "
                + dir.resolve("run.safetensors") + " (save writes the name as given, adding no ending)",
                assertThrows(UncheckedIOException.class, () -> Net.load(withoutEnding)).getMessage());
        assertEquals(3, Net.load(dir.resolve("plain")).forward(Matrix.zeros(1, 2)).cols());
    }

    static Stream<Arguments> inconsistentFiles() {
        return Stream.of(
                Arguments.of("a missing bias", (Consumer<Forgery>) f -> f.tensors.remove("layers.0.biases"),
                        "the architecture's layer 0 (dense(2, 3)) needs a tensor \"layers.0.biases\", which the file does not have"),
                Arguments.of("a weight of the wrong shape", (Consumer<Forgery>) f -> f.tensors.put("layers.0.weights", Matrix.zeros(3, 3)),
                        "tensor \"layers.0.weights\" is (3, 3) but the architecture's layer 0 (dense(2, 3)) needs (2, 3)"),
                Arguments.of("a bias stored 1-D", (Consumer<Forgery>) f -> f.tensors.put("layers.0.biases", Matrix.vector(0, 0, 0)),
                        "tensor \"layers.0.biases\" is (3,) but the architecture's layer 0 (dense(2, 3)) needs (1, 3)"),
                Arguments.of("a tensor no layer uses", (Consumer<Forgery>) f -> f.tensors.put("layers.1.weights", Matrix.zeros(3, 3)),
                        "tensor \"layers.1.weights\" belongs to no layer of the architecture"),
                Arguments.of("half an optimizer state", (Consumer<Forgery>) f -> f.tensors.remove("optimizer.layers.3.biases.cache"),
                        "the adam state of \"layers.3.biases\" is incomplete: tensor \"optimizer.layers.3.biases.cache\" is missing"),
                Arguments.of("optimizer state without an optimizer", (Consumer<Forgery>) f -> f.metadata.remove("optimizer"),
                        "tensor \"optimizer.layers.0.biases.cache\" belongs to no layer of the architecture (and there is no optimizer)"),
                Arguments.of("an unknown activation", (Consumer<Forgery>) f -> f.replace("architecture", "\"relu\"", "\"swish\""),
                        "architecture layer 1: unknown activation \"swish\""),
                Arguments.of("an unknown kind of layer", (Consumer<Forgery>) f -> f.replace("architecture", "\"dropout\"", "\"conv\""),
                        "architecture layer 2: unknown kind \"conv\" (expected dense, activation or dropout)"),
                Arguments.of("a dense layer without a field", (Consumer<Forgery>) f -> f.replace("architecture", "\"l2Biases\":0.0", "\"x\":0"),
                        "architecture layer 0 has an unknown field \"x\""),
                Arguments.of("a dropout rate out of range", (Consumer<Forgery>) f -> f.replace("architecture", "\"rate\":0.1", "\"rate\":1.5"),
                        "dropout #1: rate must be in [0, 1), got 1.5"),
                Arguments.of("a widths mismatch", (Consumer<Forgery>) f -> f.replace("architecture", "\"inputs\":3", "\"inputs\":4"),
                        "tensor \"layers.3.weights\" is (3, 2) but the architecture's layer 3 (dense(4, 2)) needs (4, 2)"),
                Arguments.of("an architecture that is not JSON", (Consumer<Forgery>) f -> f.metadata.put("architecture", "[{"),
                        "the architecture is not valid JSON: "),
                // Python's json.dumps writes an infinite float as Infinity; the message named Gson's exception class
                // and told the user to call JsonReader.setStrictness
                Arguments.of("an optimizer with Python's Infinity", (Consumer<Forgery>) f -> f.replace("optimizer", "\"decay\":0.0",
                        "\"decay\":Infinity"), "the optimizer is not valid JSON: malformed JSON at line 1 column "),
                Arguments.of("no layers", (Consumer<Forgery>) f -> f.metadata.put("architecture", "[]"),
                        "the architecture has no layers"),
                Arguments.of("an unknown optimizer", (Consumer<Forgery>) f -> f.replace("optimizer", "\"adam\"", "\"lion\""),
                        "unknown optimizer \"lion\" (expected sgd, adagrad, rmsprop or adam)"),
                Arguments.of("a bad hyper-parameter", (Consumer<Forgery>) f -> f.replace("optimizer", "\"beta1\":0.9", "\"beta1\":1.5"),
                        "adam: beta1 must be in [0, 1), got 1.5"),
                Arguments.of("a missing hyper-parameter", (Consumer<Forgery>) f -> f.replace("optimizer", "\"beta1\":0.9,", ""),
                        "the optimizer adam has no beta1"),
                Arguments.of("a fractional step count", (Consumer<Forgery>) f -> f.replace("optimizer", "\"iterations\":3", "\"iterations\":3.5"),
                        "the optimizer adam: iterations should be a non-negative integer, got 3.5"),
                Arguments.of("an unknown loss", (Consumer<Forgery>) f -> f.metadata.put("loss", "hinge"),
                        "unknown loss \"hinge\" (expected crossEntropy, nll, binaryCrossEntropy, mse or mae)"),
                Arguments.of("an unknown metadata entry", (Consumer<Forgery>) f -> f.metadata.put("author", "someone"),
                        "unexpected metadata entry \"author\""),
                Arguments.of("a newer format version", (Consumer<Forgery>) f -> f.metadata.put("version", "2"),
                        "format version 2 is not one this nnsh reads (1)"),
                Arguments.of("no checksum", (Consumer<Forgery>) f -> f.keepChecksumOut = true,
                        "the metadata has no checksum"));
    }

    /**
     * A saved file's contents to edit, re-checksummed when written: what a careless tool (or a deliberate
     * forger) might produce, so the checks after the checksum are what reject it.
     */
    static final class Forgery {
        final Map<String, Matrix> tensors;
        final Map<String, String> metadata;
        boolean keepChecksumOut;

        Forgery(SafeTensors contents) {
            tensors = new LinkedHashMap<>(contents.tensors());
            metadata = new LinkedHashMap<>(contents.metadata());
        }

        void replace(String key, String from, String to) {
            String value = metadata.get(key);
            assertTrue(value.contains(from), value);
            metadata.put(key, value.replace(from, to));
        }

        void write(Path file) throws IOException {
            metadata.remove("checksum");
            if (!keepChecksumOut) {
                metadata.put("checksum", NetFile.checksum(tensors, metadata));
            }
            new SafeTensors(tensors, metadata).write(file);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inconsistentFiles")
    void inconsistentFileIsRejectedWithItsReason(String description, Consumer<Forgery> edit, String reason) throws IOException {
        Path file = savedSmallNet();
        Forgery forgery = new Forgery(SafeTensors.read(file));
        edit.accept(forgery);
        forgery.write(file);
        var e = assertThrows(IllegalArgumentException.class, () -> Net.load(file));
        assertTrue(e.getMessage().startsWith("load " + file + ": " + reason), e.getMessage());
    }

    @Test
    void customActivationCannotBeSaved() {
        Activation custom = new Activation() {
            @Override
            public String name() {
                return "cube";
            }

            @Override
            public void forward(double[][] x, double[][] y, int rows) {
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < x[i].length; j++) {
                        y[i][j] = x[i][j] * x[i][j] * x[i][j];
                    }
                }
            }

            @Override
            public void backward(double[][] x, double[][] y, double[][] dY, double[][] dX, int rows) {
                throw new UnsupportedOperationException("not needed to save");
            }
        };
        Path file = dir.resolve("custom.safetensors");
        Net model = net().dense(2, 2).activation(custom);
        var e = assertThrows(IllegalArgumentException.class, () -> model.save(file));
        assertEquals("save " + file + ": cube #1 uses the activation cube, which is not one of nnsh's own;"
                + " only those can be saved and rebuilt by name", e.getMessage());
        assertTrue(Files.notExists(file));
    }

    @Test
    void emptyNetCannotBeSaved() {
        var e = assertThrows(IllegalStateException.class, () -> net().save(dir.resolve("empty.safetensors")));
        assertEquals("save: the net has no layers yet; add some, e.g. net().dense(2, 3).softmax()", e.getMessage());
    }

    /** A 2-3-relu-dropout-2-softmax net after 3 Adam steps. */
    private Path savedSmallNet() {
        seed(0);
        Net model = net().dense(2, 3).relu().dropout(0.1).dense(2).softmax();
        model.fit(spiral(5, 2), 3, adam(0.05), quiet());
        Path file = dir.resolve("small.safetensors");
        model.save(file);
        return file;
    }

    /** A safetensors file of {@code entries}, whose byte ranges must all be empty, as a forger would write it. */
    private static void writeHeaderOnly(Path file, List<SafeTensorsHeader.Entry> entries, Map<String, String> metadata)
            throws IOException {
        writeHeaderAndData(file, entries, metadata, List.of());
    }

    /** A safetensors file of the given header and, after it, the values of {@code data} in order. */
    private static void writeHeaderAndData(Path file, List<SafeTensorsHeader.Entry> entries, Map<String, String> metadata,
            List<Matrix> data) throws IOException {
        byte[] header = new SafeTensorsHeader(entries, metadata).toJson().getBytes(StandardCharsets.UTF_8);
        int values = data.stream().mapToInt(Matrix::size).sum();
        ByteBuffer bytes = ByteBuffer.allocate(8 + header.length + 8 * values).order(ByteOrder.LITTLE_ENDIAN);
        bytes.putLong(header.length).put(header);
        for (Matrix m : data) {
            for (double[] row : m.toArray()) {
                for (double v : row) {
                    bytes.putDouble(v);
                }
            }
        }
        Files.write(file, bytes.array());
    }

    private static void assertLoadFails(Path file, String reason) {
        var e = assertThrows(IllegalArgumentException.class, () -> Net.load(file));
        assertEquals("load " + file + ": " + reason, e.getMessage());
    }
}
